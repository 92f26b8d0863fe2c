/**
 * `fleetlint match`: which pipelines each given collector would receive.
 * Argument parsing only; the matching is src/match, the inventory
 * (`--online`) src/fleet/collector-source.
 */
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import type { FleetSession } from "../fleet/session.js";
import type { Collector } from "../match/fleet.js";
import type { MatchableCollector } from "../match/index.js";
import { UsageError } from "./errors.js";

interface MatchFlags {
  collector: string[];
  collectors?: string;
  collectorId: string[];
  online?: boolean;
  tokenFile?: string;
  verbose?: boolean;
  format: "text" | "json";
  config?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function register(program: Command): void {
  program
    .command("match")
    .description("list the pipelines each collector would receive, from its attributes or the live inventory")
    .option("--collector <attributes>", "a collector's attributes as k=v,k2=v2 (repeatable)", collect, [])
    .option("--collectors <file>", "a YAML or JSON list of attribute maps or collector records (as ListCollectors returns them)")
    .option("--online", "match the collectors of each target's stack, listed from Fleet Management (ListCollectors)")
    .option("--collector-id <id>", "only the collector with this id, from --online or --collectors (repeatable)", collect, [])
    .option("--token-file <path>", "with --online: read the Fleet Management token from this file")
    .option("--verbose", "with --online: log every API request to stderr")
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
      const given: MatchableCollector[] = [];
      try {
        for (const spec of flags.collector) given.push(collectors.collectorFromFlag(spec));
      } catch (error) {
        if (error instanceof collectors.CollectorSpecError) throw new UsageError(error.message);
        throw error;
      }
      if (flags.collectors) given.push(...(await readCollectorsFile(flags.collectors)));
      if (flags.collectorId.length > 0 && !flags.online && !flags.collectors) {
        throw new UsageError("--collector-id picks collectors from --online or --collectors FILE; give one of them");
      }
      if (given.length === 0 && !flags.online) throw new UsageError("Expected at least one --collector k=v,..., --collectors FILE or --online");
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      if (flags.online) given.push(...(await inventory(config.targets, flags)));
      const chosen = flags.collectorId.length > 0 ? pickIds(given, flags.collectorId) : given;
      const report = match.matchCollectors(chosen, project.pipelines.map(match.matchablePipeline));
      for (const bad of report.invalid) {
        process.stderr.write(`fleetlint: pipeline '${bad.pipeline}' reaches no collector: invalid matcher '${bad.matcher}': ${bad.message}\n`);
      }
      process.stdout.write(flags.format === "json" ? render.renderJson(report.collectors) : render.renderText(report.collectors));
      process.exitCode = 0;
    });
}

/** The collectors of every stack the config's targets sync to, each marked with its stack (one listing per stack). */
async function inventory(targets: readonly { stack: string; url?: string }[], flags: MatchFlags): Promise<MatchableCollector[]> {
  const [support, { FleetLoader }] = await Promise.all([import("./fleet-session.js"), import("../fleet/collector-source.js")]);
  let session: FleetSession | undefined;
  const out: MatchableCollector[] = [];
  await support.withFleetErrors(
    () => session,
    async () => {
      const opened = support.createSession(flags);
      session = opened;
      const loader = new FleetLoader({ kind: "inventory", session: opened });
      const seen = new Set<string>();
      for (const target of targets) {
        const key = `${target.stack}\u0000${target.url ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const collector of await loader.collectors(target)) out.push({ ...collector, stack: target.stack });
      }
    },
  );
  return out;
}

function pickIds(collectors: readonly MatchableCollector[], ids: readonly string[]): MatchableCollector[] {
  const wanted = new Set(ids);
  const found = new Set(collectors.flatMap((c) => (c.id !== undefined && wanted.has(c.id) ? [c.id] : [])));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new UsageError(`Unknown collector id${missing.length === 1 ? "" : "s"} ${missing.map((id) => `'${id}'`).join(", ")}: not in the inventory`);
  return collectors.filter((c) => c.id !== undefined && wanted.has(c.id));
}

/** A collectors file for `match` and `plan`; bad files are usage errors with the file, line and column. */
export async function readCollectorsFile(path: string): Promise<Collector[]> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Loaded here rather than at the top: --version and other commands never parse YAML.
  const { parseCollectorsFile, CollectorSpecError } = await import("../match/collectors.js");
  try {
    return parseCollectorsFile(text, path);
  } catch (error) {
    if (error instanceof CollectorSpecError) throw new UsageError(error.message);
    throw error;
  }
}
