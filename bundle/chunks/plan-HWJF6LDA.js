import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/plan.js
import { writeFileSync } from "node:fs";
function register(program) {
  program.command("plan").description("compare the repository with Fleet Management: what a sync would create, update, delete or take over").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text")).option("-o, --output-file <path>", "write the plan to a file instead of stdout").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, { loadLanguages }, { planProject }, { renderPlans }, support] = await Promise.all([
      import("./config-JURESGA5.js"),
      import("./repo-MMYPGMSX.js"),
      import("./languages-XLNYX2ON.js"),
      import("./sender-ZLGR44MA.js"),
      import("./render-KDQOTXXJ.js"),
      import("./fleet-session-MGPBOV5E.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      session = support.createSession(flags);
      const planned = await planProject(session, await loadLanguages(), project);
      const output = renderPlans(planned.map((p) => p.plan), flags.format);
      if (flags.outputFile)
        writeFileSync(flags.outputFile, output);
      else
        process.stdout.write(output);
    });
  });
}
export {
  register
};
