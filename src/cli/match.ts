/**
 * `fleetlint match`: which pipelines each given collector would receive.
 * Argument parsing only; the matching is src/match.
 */
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { UsageError } from "./errors.js";

interface MatchFlags {
  collector: string[];
  collectors?: string;
  format: "text" | "json";
  config?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function register(program: Command): void {
  program
    .command("match")
    .description("list the pipelines each collector would receive, from its attributes")
    .option("--collector <attributes>", "a collector's attributes as k=v,k2=v2 (repeatable)", collect, [])
    .option("--collectors <file>", "a YAML or JSON list of attribute maps")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .action(async (flags: MatchFlags) => {
      const [{ loadConfig }, { loadProject }, match, collectors, render] = await Promise.all([
        import("../config/index.js"),
        import("../repo/index.js"),
        import("../match/index.js"),
        import("../match/collectors.js"),
        import("../match/render.js"),
      ]);
      const given: ReturnType<typeof collectors.parseCollectorFlag>[] = [];
      try {
        for (const spec of flags.collector) given.push(collectors.parseCollectorFlag(spec));
        if (flags.collectors) given.push(...collectors.parseCollectorsFile(readText(flags.collectors), flags.collectors));
      } catch (error) {
        if (error instanceof collectors.CollectorSpecError) throw new UsageError(error.message);
        throw error;
      }
      if (given.length === 0) throw new UsageError("Expected at least one --collector k=v,... or --collectors FILE");
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      const report = match.matchCollectors(given, project.pipelines.map(match.matchablePipeline));
      for (const bad of report.invalid) {
        process.stderr.write(`fleetlint: pipeline '${bad.pipeline}' reaches no collector: invalid matcher '${bad.matcher}': ${bad.message}\n`);
      }
      process.stdout.write(flags.format === "json" ? render.renderJson(report.collectors) : render.renderText(report.collectors));
      process.exitCode = 0;
    });
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
