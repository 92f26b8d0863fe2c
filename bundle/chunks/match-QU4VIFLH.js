import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import {
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/match.js
import { readFileSync } from "node:fs";
function collect(value, previous) {
  return [...previous, value];
}
function register(program) {
  program.command("match").description("list the pipelines each collector would receive, from its attributes").option("--collector <attributes>", "a collector's attributes as k=v,k2=v2 (repeatable)", collect, []).option("--collectors <file>", "a YAML or JSON list of attribute maps").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("-c, --config <path>", "configuration file (default: searched from the working directory up)").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, match, collectors, render] = await Promise.all([
      import("./config-QHZZOWSL.js"),
      import("./repo-3TSTR76Z.js"),
      import("./match-VBIZKFYX.js"),
      import("./collectors-TKYKFOYC.js"),
      import("./render-FYHX4ICO.js")
    ]);
    const given = [];
    try {
      for (const spec of flags.collector)
        given.push(collectors.parseCollectorFlag(spec));
      if (flags.collectors)
        given.push(...collectors.parseCollectorsFile(readText(flags.collectors), flags.collectors));
    } catch (error) {
      if (error instanceof collectors.CollectorSpecError)
        throw new UsageError(error.message);
      throw error;
    }
    if (given.length === 0)
      throw new UsageError("Expected at least one --collector k=v,... or --collectors FILE");
    const cwd = process.cwd();
    const config = await loadConfig({ cwd, configPath: flags.config });
    const project = await loadProject(config, { cwd });
    const report = match.matchCollectors(given, project.pipelines.map(match.matchablePipeline));
    for (const bad of report.invalid) {
      process.stderr.write(`fleetlint: pipeline '${bad.pipeline}' reaches no collector: invalid matcher '${bad.matcher}': ${bad.message}
`);
    }
    process.stdout.write(flags.format === "json" ? render.renderJson(report.collectors) : render.renderText(report.collectors));
    process.exitCode = 0;
  });
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
export {
  register
};
