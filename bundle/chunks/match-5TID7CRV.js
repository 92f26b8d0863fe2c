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
  program.command("match").description("list the pipelines each collector would receive, from its attributes or the live inventory").option("--collector <attributes>", "a collector's attributes as k=v,k2=v2 (repeatable)", collect, []).option("--collectors <file>", "a YAML or JSON list of attribute maps or collector records (as ListCollectors returns them)").option("--online", "match the collectors of each target's stack, listed from Fleet Management (ListCollectors)").option("--collector-id <id>", "only the collector with this id, from --online or --collectors (repeatable)", collect, []).option("--token-file <path>", "with --online: read the Fleet Management token from this file").option("--verbose", "with --online: log every API request to stderr").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).option("-c, --config <path>", "configuration file (default: searched from the working directory up)").action(async (flags) => {
    const [{ loadConfig }, { loadProject }, match, collectors, render] = await Promise.all([
      import("./config-NWYMU7HS.js"),
      import("./repo-2SXK723F.js"),
      import("./match-Z4CC2IKJ.js"),
      import("./collectors-HEE7QAPE.js"),
      import("./render-SREEC74T.js")
    ]);
    const given = [];
    try {
      for (const spec of flags.collector)
        given.push(collectors.collectorFromFlag(spec));
    } catch (error) {
      if (error instanceof collectors.CollectorSpecError)
        throw new UsageError(error.message);
      throw error;
    }
    if (flags.collectors)
      given.push(...await readCollectorsFile(flags.collectors));
    if (flags.collectorId.length > 0 && !flags.online && !flags.collectors) {
      throw new UsageError("--collector-id picks collectors from --online or --collectors FILE; give one of them");
    }
    if (given.length === 0 && !flags.online)
      throw new UsageError("Expected at least one --collector k=v,..., --collectors FILE or --online");
    const cwd = process.cwd();
    const config = await loadConfig({ cwd, configPath: flags.config });
    const project = await loadProject(config, { cwd });
    if (flags.online)
      given.push(...await inventory(config.targets, flags));
    const chosen = flags.collectorId.length > 0 ? pickIds(given, flags.collectorId) : given;
    const report = match.matchCollectors(chosen, project.pipelines.map(match.matchablePipeline));
    for (const bad of report.invalid) {
      process.stderr.write(`fleetlint: pipeline '${bad.pipeline}' reaches no collector: invalid matcher '${bad.matcher}': ${bad.message}
`);
    }
    process.stdout.write(flags.format === "json" ? render.renderJson(report.collectors) : render.renderText(report.collectors));
    process.exitCode = 0;
  });
}
async function inventory(targets, flags) {
  const [support, { FleetLoader }] = await Promise.all([import("./fleet-session-BEQWKC34.js"), import("./collector-source-YG4QZKBZ.js")]);
  let session;
  const out = [];
  await support.withFleetErrors(() => session, async () => {
    const opened = support.createSession(flags);
    session = opened;
    const loader = new FleetLoader({ kind: "inventory", session: opened });
    const seen = /* @__PURE__ */ new Set();
    for (const target of targets) {
      const key = `${target.stack}\0${target.url ?? ""}`;
      if (seen.has(key))
        continue;
      seen.add(key);
      for (const collector of await loader.collectors(target))
        out.push({ ...collector, stack: target.stack });
    }
  });
  return out;
}
function pickIds(collectors, ids) {
  const wanted = new Set(ids);
  const found = new Set(collectors.flatMap((c) => c.id !== void 0 && wanted.has(c.id) ? [c.id] : []));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new UsageError(`Unknown collector id${missing.length === 1 ? "" : "s"} ${missing.map((id) => `'${id}'`).join(", ")}: not in the inventory`);
  return collectors.filter((c) => c.id !== void 0 && wanted.has(c.id));
}
async function readCollectorsFile(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { parseCollectorsFile, CollectorSpecError } = await import("./collectors-HEE7QAPE.js");
  try {
    return parseCollectorsFile(text, path);
  } catch (error) {
    if (error instanceof CollectorSpecError)
      throw new UsageError(error.message);
    throw error;
  }
}
export {
  readCollectorsFile,
  register
};
