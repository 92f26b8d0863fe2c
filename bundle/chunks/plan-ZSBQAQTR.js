import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  repeatable,
  wholeNumber
} from "./chunk-IRIUP5YS.js";
import {
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/plan.js
import { writeFileSync } from "node:fs";
function register(program) {
  program.command("plan").description("compare the repository with Fleet Management: what a sync would create, update, delete, take over or refuse").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-o, --output-file <path>", "write the plan to a file instead of stdout").option("--target <name>", "plan only this target (its name, else its namespace; repeatable)", repeatable).option("--detailed-exitcode", "exit 0 when there are no changes, 1 on any error (or a sync that would be refused), 2 when there are changes").option("--allow-empty", "judge the plan as `sync --allow-empty` would").option("--max-deletes <n>", "judge the plan as `sync --max-deletes N` would", wholeNumber).option("--adopt", "judge the plan as `sync --adopt` would").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").option("--collectors <file>", "blast radius from this collectors file instead of the live inventory (ListCollectors)").option("--no-collectors", "skip the blast radius: do not read the collector inventory").action(async (flags) => {
    process.exitCode = await plan(flags);
  });
}
async function plan(flags) {
  const [{ loadConfig }, { loadProject }, { lintProject }, { planTargets }, { renderPlans }, { assessPlans, detailedExitCode }, { selectTargets }, support] = await Promise.all([
    import("./config-NWYMU7HS.js"),
    import("./repo-2SXK723F.js"),
    import("./engine-5HKN7AMZ.js"),
    import("./flows-4GDIJFIQ.js"),
    import("./render-JHRGVB4B.js"),
    import("./assess-BFBB4GK6.js"),
    import("./targets-FOAZWZHY.js"),
    import("./fleet-session-BEQWKC34.js")
  ]);
  let session;
  return support.withFleetErrors(() => session, async () => {
    const cwd = process.cwd();
    const config = await loadConfig({ cwd, configPath: flags.config });
    const project = await loadProject(config, { cwd });
    const selection = selectTargets(project, flags.target);
    const { results } = await lintProject({ cwd, config, project });
    const lint = selection.lintCounts(results);
    session = support.createSession(flags);
    const collectors = await collectorSource(flags.collectors, session);
    const planned = await planTargets({ session, project: selection.project, collectors });
    const plans = planned.map((p) => p.plan);
    assessPlans(plans, lint, { allowEmpty: flags.allowEmpty ?? false, maxDeletes: flags.maxDeletes, adopt: flags.adopt ?? false });
    const output = session.scrub(renderPlans(plans, flags.format, lint));
    if (flags.outputFile)
      writeFileSync(flags.outputFile, output);
    else
      process.stdout.write(output);
    return flags.detailedExitcode ? detailedExitCode(plans) : 0;
  });
}
async function collectorSource(flag, session) {
  if (flag === false)
    return { kind: "none" };
  if (flag === void 0)
    return { kind: "inventory", session };
  const { readCollectorsFile } = await import("./match-5TID7CRV.js");
  return { kind: "file", path: flag, collectors: await readCollectorsFile(flag) };
}
export {
  register
};
