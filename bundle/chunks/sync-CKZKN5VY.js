import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  InvalidArgumentError,
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/sync.js
function count(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}
function register(program) {
  program.command("sync").description("check, plan and send every target to Fleet Management with SyncPipelines, then confirm").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").option("--dry-run", "stop after the plan and the guards; send nothing").option("--allow-empty", "allow syncing a target with no pipelines (deletes the whole namespace)").option("--max-deletes <n>", "allow up to this many deletions per target (default: 5, and at most half the namespace)", count).option("--adopt", "take over pipelines of the same name owned by another source (never Grafana-managed ones)").addOption(new Option("-f, --format <format>", "plan output format").choices(["text", "json", "markdown"]).default("text")).option("--online", "also run the network rules (remote-validate, online source and limit checks) before sending").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, { lintProject }, { loadLanguages }, sender, { renderPlans }, { hasChanges }, support, { lintGate }, { createOnlineState }] = await Promise.all([
      import("./config-JURESGA5.js"),
      import("./repo-MMYPGMSX.js"),
      import("./engine-SH3HAXZP.js"),
      import("./languages-XLNYX2ON.js"),
      import("./sender-ZLGR44MA.js"),
      import("./render-KDQOTXXJ.js"),
      import("./plan-SLE7NL2Z.js"),
      import("./fleet-session-MGPBOV5E.js"),
      import("./lint-gate-EXDHRRRT.js"),
      import("./online-BJXCXUGU.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      session = support.createSession(flags);
      const online = flags.online ? createOnlineState(project, { env: process.env, session }) : void 0;
      const { results } = await lintProject({ cwd, config, project, online });
      const gate = lintGate(results, cwd);
      process.stderr.write(gate.text);
      if (gate.errorCount > 0) {
        process.exitCode = 1;
        return;
      }
      const languages = await loadLanguages();
      const planned = await sender.planProject(session, languages, project);
      const plans = planned.map((p) => p.plan);
      process.stdout.write(renderPlans(plans, flags.format));
      const refused = sender.guardProject(planned, { allowEmpty: flags.allowEmpty ?? false, maxDeletes: flags.maxDeletes, adopt: flags.adopt ?? false });
      for (const { violations } of refused)
        for (const v of violations)
          process.stderr.write(`fleetlint: ${v.message}
`);
      if (refused.length > 0) {
        process.stderr.write(`fleetlint: ${flags.dryRun ? "the sync would be refused" : "nothing was sent"}
`);
        process.exitCode = 1;
        return;
      }
      if (flags.dryRun) {
        process.stderr.write("fleetlint: dry run: nothing was sent\n");
        return;
      }
      const applied = /* @__PURE__ */ new Set();
      try {
        await sender.applyPlans(session, languages, planned, {
          applied(plan) {
            applied.add(plan);
            process.stderr.write(`fleetlint: applied namespace '${plan.namespace}' (stack '${plan.stack}'): ${plan.create.length} created, ${plan.update.length} updated, ${plan.delete.length} deleted, ${plan.takeover.length} taken over; server confirmed
`);
          }
        });
      } catch (error) {
        const notApplied = plans.filter((p) => hasChanges(p) && !applied.has(p));
        process.stderr.write(`fleetlint: sync stopped; applied: ${[...applied].map((p) => `'${p.namespace}'`).join(", ") || "none"}; not applied: ${notApplied.map((p) => `'${p.namespace}'`).join(", ") || "none"}
`);
        throw error;
      }
      if (!plans.some(hasChanges)) {
        process.stderr.write("fleetlint: nothing to sync: the server already matches the repository\n");
      }
    });
  });
}
export {
  register
};
