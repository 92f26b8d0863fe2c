import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/plan.js
import { writeFileSync } from "node:fs";
function register(program) {
  program.command("plan").description("compare the repository with Fleet Management: what a sync would create, update, delete or take over").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-o, --output-file <path>", "write the plan to a file instead of stdout").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").option("--collectors <file>", "blast radius from this collectors file instead of the live inventory (ListCollectors)").option("--no-collectors", "skip the blast radius: do not read the collector inventory").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, { planTargets }, { renderPlans }, support] = await Promise.all([
      import("./config-7W6OTV5Z.js"),
      import("./repo-G362IK7F.js"),
      import("./flows-V3SAXSC5.js"),
      import("./render-XQNFAAFP.js"),
      import("./fleet-session-EHZVXLAN.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      session = support.createSession(flags);
      const collectors = await collectorSource(flags.collectors, session);
      const planned = await planTargets({ session, project, collectors });
      const output = session.scrub(renderPlans(planned.map((p) => p.plan), flags.format));
      if (flags.outputFile)
        writeFileSync(flags.outputFile, output);
      else
        process.stdout.write(output);
    });
  });
}
async function collectorSource(flag, session) {
  if (flag === false)
    return { kind: "none" };
  if (flag === void 0)
    return { kind: "inventory", session };
  const { readCollectorsFile } = await import("./match-AEI4B5O7.js");
  return { kind: "file", path: flag, collectors: await readCollectorsFile(flag) };
}
export {
  register
};
