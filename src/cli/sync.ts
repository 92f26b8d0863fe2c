/**
 * `fleetlint sync`: check (fast rules), plan, guards, then one SyncPipelines
 * per target and a read-back that confirms the server matches (SPEC §2, §5).
 * Exit 1 when the check fails, a guard refuses or the server refuses; 2 for
 * setup, credentials and network failures.
 */
import { Command, Option } from "commander";
import { repeatable, wholeNumber } from "./options.js";
import { neutralize } from "../core/neutralize.js";
import type { SyncEvent } from "../fleet/flows.js";
import type { TargetPlan } from "../fleet/plan.js";
import type { FleetSession } from "../fleet/session.js";
import type { GuardViolation } from "../fleet/guards.js";
import { exitCodeOf, FleetlintError } from "./errors.js";

interface SyncFlags {
  config?: string;
  dryRun?: boolean;
  allowEmpty?: boolean;
  maxDeletes?: number;
  adopt?: boolean;
  online?: boolean;
  format: "text" | "json" | "markdown";
  tokenFile?: string;
  verbose?: boolean;
  target?: string[];
}


export function register(program: Command): void {
  program
    .command("sync")
    .description("check, plan and send every target to Fleet Management with SyncPipelines, then confirm")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .option("--dry-run", "stop after the plan and the guards; send nothing")
    .option("--allow-empty", "allow syncing a target with no pipelines (deletes the whole namespace)")
    .option("--max-deletes <n>", "allow up to this many deletions per target (default: 5, and at most half the namespace)", wholeNumber)
    .option("--adopt", "take over pipelines of the same name owned by another source (never Grafana-managed ones)")
    .addOption(new Option("-f, --format <format>", "plan output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--target <name>", "sync only this target (its name, else its namespace; repeatable)", repeatable)
    .option("--online", "also run the network rules (remote-validate, online source and limit checks) before sending")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: SyncFlags) => {
      const [{ loadConfig }, { loadProject }, { lintProject }, { syncProject }, { renderPlans }, support, { createOnlineState }, { selectTargets }, places] = await Promise.all([
        import("../config/index.js"),
        import("../repo/index.js"),
        import("../engine/index.js"),
        import("../fleet/flows.js"),
        import("../fleet/render.js"),
        import("./fleet-session.js"),
        import("../fleet/online.js"),
        import("../fleet/targets.js"),
        import("../fleet/locations.js"),
      ]);
      // Set once the reason a sync stopped is printed (first, at its file), so it is not printed again at exit.
      let stopReported = false;
      let session: FleetSession | undefined;
      // What a signal must report: the target whose SyncPipelines is out, and what is done.
      const inFlight: InFlight = { sending: undefined, applied: [] };
      const track = (event: SyncEvent): void => {
        if (event.type === "sending") inFlight.sending = event.plan;
        if (event.type === "applied") {
          inFlight.sending = undefined;
          inFlight.applied.push(event.plan);
        }
        if (event.type === "stopped") inFlight.sending = undefined;
      };
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const config = await loadConfig({ cwd, configPath: flags.config });
          const loaded = await loadProject(config, { cwd });
          const selection = selectTargets(loaded, flags.target);
          const project = selection.project;
          const fleet = support.createSession(flags);
          session = fleet;
          const stopWatching = watchSignals(inFlight);
          const describe: Describe = {
            refusal: (plan, violation) => places.violationLine(project, config, plan, violation),
            stop(error) {
              stopReported = true;
              const cli = support.toCliError(error, fleet);
              const reason = neutralize(cli instanceof Error ? cli.message : String(cli));
              const refused = error instanceof Error && "plan" in error ? (error as { plan: TargetPlan; pipeline?: string }) : undefined;
              return places.stopLine(project, config, reason, refused?.plan, refused?.pipeline);
            },
          };
          const result = await syncProject({
            cwd,
            project,
            session: fleet,
            dryRun: flags.dryRun,
            allowEmpty: flags.allowEmpty ?? false,
            maxDeletes: flags.maxDeletes,
            adopt: flags.adopt ?? false,
            async lint() {
              // The whole repository is linted (cross-target rules need it); the gate counts the chosen targets' files.
              const online = flags.online ? createOnlineState(project, { env: process.env, session: fleet }) : undefined;
              return selection.results((await lintProject({ cwd, config, project: loaded, online })).results);
            },
            onEvent: (event) => {
              track(event);
              renderEvent(event, flags, renderPlans, (text) => fleet.scrub(text), describe);
            },
          }).finally(stopWatching);
          if (result.status === "lint-failed" || result.status === "refused") process.exitCode = 1;
        },
      ).catch((error: unknown) => {
        // The reason was the first thing printed about the stop; keep its exit code, skip the repeat.
        if (stopReported && error instanceof FleetlintError) {
          process.exitCode = exitCodeOf(error);
          return;
        }
        throw error;
      });
    });
}

interface InFlight {
  sending: TargetPlan | undefined;
  applied: TargetPlan[];
}

const names = (plans: readonly TargetPlan[]): string => plans.map((p) => `'${neutralize(p.namespace)}'`).join(", ") || "none";

/**
 * SIGINT/SIGTERM while a SyncPipelines is out: the server may apply it or
 * not, so say the outcome is unknown and what to do, and exit 130/143 as a
 * shell expects. Before any send, say that nothing was sent.
 */
function watchSignals(state: InFlight): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    const code = signal === "SIGINT" ? 130 : 143;
    const done = state.applied.length > 0 ? ` Applied and confirmed before that: ${names(state.applied)}.` : "";
    const text = state.sending
      ? `fleetlint: interrupted (${signal}) while SyncPipelines for namespace '${neutralize(state.sending.namespace)}' was in flight: the outcome is unknown, the server may or may not have applied it.${done} Next: run \`fleetlint plan\` to see what the server holds, then sync again.\n`
      : `fleetlint: interrupted (${signal}): ${state.applied.length > 0 ? `nothing more was sent.${done}` : "nothing was sent."}\n`;
    process.stderr.write(text, () => process.exit(code));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

/** Problem lines for refusals and stops, at the file they concern. */
interface Describe {
  refusal(plan: TargetPlan, violation: GuardViolation): string;
  stop(error: unknown): string;
}

/** Prints one sync event: the plan on stdout, progress and verdicts on stderr. */
function renderEvent(
  event: SyncEvent,
  flags: SyncFlags,
  renderPlans: (plans: TargetPlan[], format: SyncFlags["format"]) => string,
  scrub: (text: string) => string,
  describe: Describe,
): void {
  const say = (line: string): void => void process.stderr.write(`fleetlint: ${line}\n`);
  switch (event.type) {
    case "lint":
      process.stderr.write(event.gate.text);
      return;
    case "planned":
      process.stdout.write(scrub(renderPlans(event.plans, flags.format)));
      return;
    case "refused":
      for (const { plan, violations } of event.refused) for (const v of violations) process.stderr.write(`${describe.refusal(plan, v)}\n`);
      say(event.dryRun ? "the sync would be refused; nothing was sent" : "not sent: a guard refused the plan; nothing was sent");
      return;
    case "dry-run":
      say("dry run: nothing was sent");
      return;
    case "sending":
      return;
    case "applied": {
      const plan = event.plan;
      say(
        `applied namespace '${neutralize(plan.namespace)}' (stack '${neutralize(plan.stack)}'): ${plan.create.length} created, ${plan.update.length} updated, ${plan.delete.length} deleted, ${plan.takeover.length} taken over; server confirmed`,
      );
      return;
    }
    case "stopped": {
      const reason = neutralize(scrub(event.error instanceof Error ? event.error.message : String(event.error)));
      // The reason first, at the file it concerns; then what was and was not applied.
      process.stderr.write(`${describe.stop(event.error)}\n`);
      say(
        `sync stopped; applied and confirmed: ${names(event.applied)}; not sent: ${names(event.notApplied)}${event.unknown.length > 0 ? `; sent, outcome unknown: ${names(event.unknown)}` : ""}${event.notAsPlanned.length > 0 ? `; sent, but the server does not match the plan: ${names(event.notAsPlanned)}` : ""}`,
      );
      if (event.unknown.length > 0) {
        say(`outcome unknown (${reason}). Next: run \`fleetlint plan\` to see what the server holds now, then sync again`);
      }
      return;
    }
    case "nothing-to-sync":
      say("nothing to sync: the server already matches the repository; nothing was sent");
      return;
  }
}
