/**
 * `fleetlint sync`: check (fast rules), plan, guards, then one SyncPipelines
 * per target and a read-back that confirms the server matches (SPEC §2, §5).
 * Exit 1 when the check fails, a guard refuses or the server refuses; 2 for
 * setup, credentials and network failures.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import type { SyncEvent } from "../fleet/flows.js";
import type { TargetPlan } from "../fleet/plan.js";
import type { FleetSession } from "../fleet/session.js";

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
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}

export function register(program: Command): void {
  program
    .command("sync")
    .description("check, plan and send every target to Fleet Management with SyncPipelines, then confirm")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .option("--dry-run", "stop after the plan and the guards; send nothing")
    .option("--allow-empty", "allow syncing a target with no pipelines (deletes the whole namespace)")
    .option("--max-deletes <n>", "allow up to this many deletions per target (default: 5, and at most half the namespace)", count)
    .option("--adopt", "take over pipelines of the same name owned by another source (never Grafana-managed ones)")
    .addOption(new Option("-f, --format <format>", "plan output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--online", "also run the network rules (remote-validate, online source and limit checks) before sending")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: SyncFlags) => {
      const [{ loadConfig }, { loadProject }, { lintProject }, { syncProject }, { renderPlans }, support, { createOnlineState }] = await Promise.all([
        import("../config/index.js"),
        import("../repo/index.js"),
        import("../engine/index.js"),
        import("../fleet/flows.js"),
        import("../fleet/render.js"),
        import("../fleet/cli-support.js"),
        import("../fleet/online.js"),
      ]);
      let session: FleetSession | undefined;
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const config = await loadConfig({ cwd, configPath: flags.config });
          const project = await loadProject(config, { cwd });
          const fleet = support.createSession(flags);
          session = fleet;
          const result = await syncProject({
            cwd,
            project,
            session: fleet,
            dryRun: flags.dryRun,
            allowEmpty: flags.allowEmpty ?? false,
            maxDeletes: flags.maxDeletes,
            adopt: flags.adopt ?? false,
            async lint() {
              const online = flags.online ? createOnlineState(project, { env: process.env, session: fleet }) : undefined;
              return (await lintProject({ cwd, config, project, online })).results;
            },
            onEvent: (event) => renderEvent(event, flags, renderPlans),
          });
          if (result.status === "lint-failed" || result.status === "refused") process.exitCode = 1;
        },
      );
    });
}

/** Prints one sync event: the plan on stdout, progress and verdicts on stderr. */
function renderEvent(event: SyncEvent, flags: SyncFlags, renderPlans: (plans: TargetPlan[], format: SyncFlags["format"]) => string): void {
  const say = (line: string): void => void process.stderr.write(`fleetlint: ${line}\n`);
  switch (event.type) {
    case "lint":
      process.stderr.write(event.gate.text);
      return;
    case "planned":
      process.stdout.write(renderPlans(event.plans, flags.format));
      return;
    case "refused":
      for (const { violations } of event.refused) for (const v of violations) say(v.message);
      say(event.dryRun ? "the sync would be refused" : "nothing was sent");
      return;
    case "dry-run":
      say("dry run: nothing was sent");
      return;
    case "applied": {
      const plan = event.plan;
      say(
        `applied namespace '${plan.namespace}' (stack '${plan.stack}'): ${plan.create.length} created, ${plan.update.length} updated, ${plan.delete.length} deleted, ${plan.takeover.length} taken over; server confirmed`,
      );
      return;
    }
    case "stopped":
      say(
        `sync stopped; applied: ${event.applied.map((p) => `'${p.namespace}'`).join(", ") || "none"}; not applied: ${event.notApplied.map((p) => `'${p.namespace}'`).join(", ") || "none"}`,
      );
      return;
    case "nothing-to-sync":
      say("nothing to sync: the server already matches the repository");
      return;
  }
}
