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
    const [{ loadConfig }, { loadProject }, { planTargets }, { renderPlans }, support] = await Promise.all([
      import("./config-W24ORVT2.js"),
      import("./repo-A7SWCDE6.js"),
      import("./flows-VIB642JS.js"),
      import("./render-YT75T7T7.js"),
      import("./fleet-session-RR5GDFGK.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      session = support.createSession(flags);
      const planned = await planTargets({ session, project });
      const output = session.scrub(renderPlans(planned.map((p) => p.plan), flags.format));
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
