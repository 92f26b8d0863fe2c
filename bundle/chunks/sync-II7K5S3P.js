import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import {
  exitCodeOf
} from "./chunk-5UJ3XWX7.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import {
  repeatable,
  wholeNumber
} from "./chunk-IRIUP5YS.js";
import {
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/sync.js
function register(program) {
  program.command("sync").description("check, plan and send every target to Fleet Management with SyncPipelines, then confirm").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").option("--dry-run", "stop after the plan and the guards; send nothing").option("--allow-empty", "allow syncing a target with no pipelines (deletes the whole namespace)").option("--max-deletes <n>", "allow up to this many deletions per target (default: 5, and at most half the namespace)", wholeNumber).option("--adopt", "take over pipelines of the same name owned by another source (never Grafana-managed ones)").addOption(new Option("-f, --format <format>", "plan output format").choices(["text", "json", "markdown"]).default("text")).option("--target <name>", "sync only this target (its name, else its namespace; repeatable)", repeatable).option("--online", "also run the network rules (remote-validate, online source and limit checks) before sending").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, { lintProject }, { syncProject }, { renderPlans }, support, { createOnlineState }, { selectTargets }, places] = await Promise.all([
      import("./config-NWYMU7HS.js"),
      import("./repo-2SXK723F.js"),
      import("./engine-5HKN7AMZ.js"),
      import("./flows-4GDIJFIQ.js"),
      import("./render-JHRGVB4B.js"),
      import("./fleet-session-BEQWKC34.js"),
      import("./online-XKC7NEEF.js"),
      import("./targets-FOAZWZHY.js"),
      import("./locations-ZVBYVXMD.js")
    ]);
    let stopReported = false;
    let session;
    const inFlight = { sending: void 0, applied: [] };
    const track = (event) => {
      if (event.type === "sending")
        inFlight.sending = event.plan;
      if (event.type === "applied") {
        inFlight.sending = void 0;
        inFlight.applied.push(event.plan);
      }
      if (event.type === "stopped")
        inFlight.sending = void 0;
    };
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const loaded = await loadProject(config, { cwd });
      const selection = selectTargets(loaded, flags.target);
      const project = selection.project;
      const fleet = support.createSession(flags);
      session = fleet;
      const stopWatching = watchSignals(inFlight);
      const describe = {
        refusal: (plan, violation) => places.violationLine(project, config, plan, violation),
        stop(error) {
          stopReported = true;
          const cli = support.toCliError(error, fleet);
          const reason = neutralize(cli instanceof Error ? cli.message : String(cli));
          const refused = error instanceof Error && "plan" in error ? error : void 0;
          return places.stopLine(project, config, reason, refused?.plan, refused?.pipeline);
        }
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
          const online = flags.online ? createOnlineState(project, { env: process.env, session: fleet }) : void 0;
          return selection.results((await lintProject({ cwd, config, project: loaded, online })).results);
        },
        onEvent: (event) => {
          track(event);
          renderEvent(event, flags, renderPlans, (text) => fleet.scrub(text), describe);
        }
      }).finally(stopWatching);
      if (result.status === "lint-failed" || result.status === "refused")
        process.exitCode = 1;
    }).catch((error) => {
      if (stopReported && error instanceof FleetlintError) {
        process.exitCode = exitCodeOf(error);
        return;
      }
      throw error;
    });
  });
}
var names = (plans) => plans.map((p) => `'${neutralize(p.namespace)}'`).join(", ") || "none";
function watchSignals(state) {
  const handler = (signal) => {
    const code = signal === "SIGINT" ? 130 : 143;
    const done = state.applied.length > 0 ? ` Applied and confirmed before that: ${names(state.applied)}.` : "";
    const text = state.sending ? `fleetlint: interrupted (${signal}) while SyncPipelines for namespace '${neutralize(state.sending.namespace)}' was in flight: the outcome is unknown, the server may or may not have applied it.${done} Next: run \`fleetlint plan\` to see what the server holds, then sync again.
` : `fleetlint: interrupted (${signal}): ${state.applied.length > 0 ? `nothing more was sent.${done}` : "nothing was sent."}
`;
    process.stderr.write(text, () => process.exit(code));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
function renderEvent(event, flags, renderPlans, scrub, describe) {
  const say = (line) => void process.stderr.write(`fleetlint: ${line}
`);
  switch (event.type) {
    case "lint":
      process.stderr.write(event.gate.text);
      return;
    case "planned":
      process.stdout.write(scrub(renderPlans(event.plans, flags.format)));
      return;
    case "refused":
      for (const { plan, violations } of event.refused)
        for (const v of violations)
          process.stderr.write(`${describe.refusal(plan, v)}
`);
      say(event.dryRun ? "the sync would be refused; nothing was sent" : "not sent: a guard refused the plan; nothing was sent");
      return;
    case "dry-run":
      say("dry run: nothing was sent");
      return;
    case "sending":
      return;
    case "applied": {
      const plan = event.plan;
      say(`applied namespace '${neutralize(plan.namespace)}' (stack '${neutralize(plan.stack)}'): ${plan.create.length} created, ${plan.update.length} updated, ${plan.delete.length} deleted, ${plan.takeover.length} taken over; server confirmed`);
      return;
    }
    case "stopped": {
      const reason = neutralize(scrub(event.error instanceof Error ? event.error.message : String(event.error)));
      process.stderr.write(`${describe.stop(event.error)}
`);
      say(`sync stopped; applied and confirmed: ${names(event.applied)}; not sent: ${names(event.notApplied)}${event.unknown.length > 0 ? `; sent, outcome unknown: ${names(event.unknown)}` : ""}${event.notAsPlanned.length > 0 ? `; sent, but the server does not match the plan: ${names(event.notAsPlanned)}` : ""}`);
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
export {
  register
};
