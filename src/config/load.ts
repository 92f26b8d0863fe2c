/**
 * Reads, validates and resolves the configuration file (SPEC §1.2). YAML and
 * JSON files (and package.json) all go through the yaml parser, so every
 * problem has a line and column; defaults are filled in here so nothing
 * downstream has to know them.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import schema from "../../schemas/config.schema.json" with { type: "json" };
import { RULE_IDS, isRuleId } from "../../rules/index.js";
import { SourceText, type TextRange } from "../core/source.js";
import { ConfigError, type ConfigProblem } from "./errors.js";
import { findConfigFile } from "./discover.js";
import { validateConfig } from "./validator.js";
import { describeSchemaProblem, nodeRange, schemaProblems, suggest, type YamlNode } from "./yaml-schema.js";
import { scalarText } from "./yaml-scalar.js";
import type { ConfigSource, ConfigTargetSource, CredentialsEnv, MatcherEntry, OverrideConfig, ResolvedConfig, RuleSetting, StabilityLevel, TargetConfig } from "./types.js";

export const DEFAULT_STACK = "default";
export const DEFAULT_PIPELINE_LIMIT = 200;
export const DEFAULT_STABILITY_LEVEL: StabilityLevel = "generally-available";

export interface LoadConfigOptions {
  cwd: string;
  /** `--config`: used instead of searching; relative to cwd. */
  configPath?: string;
}

/** The configuration as written (after schema validation). */
interface RawTarget {
  name?: string;
  root?: string;
  namespace?: string;
  stack?: string;
  url?: string;
  credentials?: CredentialsEnv;
  globalMatchers?: string[];
  pipelineLimit?: number;
  compat?: "sync-action";
  stabilityLevel?: StabilityLevel;
}
interface RawConfig {
  targets?: RawTarget[];
  rules?: Record<string, RuleSetting>;
  overrides?: { files: string[]; rules?: Record<string, RuleSetting> }[];
  ignore?: string[];
  alloyScope?: "auto" | "folder" | "file";
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = resolve(options.cwd);
  let file: string | undefined;
  if (options.configPath !== undefined) {
    file = resolve(cwd, options.configPath);
    if (!existsSync(file)) throw new ConfigError([{ file: options.configPath, line: 1, column: 1, message: "Config file not found" }]);
  } else file = findConfigFile(cwd);
  if (!file) return resolveConfig({}, null, cwd);
  return readConfigFile(file, cwd);
}

function readConfigFile(path: string, cwd: string): ResolvedConfig {
  const shown = displayName(path, cwd);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError([{ file: shown, line: 1, column: 1, message: `Cannot read config file: ${(error as Error).message}` }]);
  }
  const source = new SourceText(path, text);
  const problem = (range: TextRange, message: string): ConfigProblem => ({ file: shown, ...source.positionAt(range.start), message });

  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  const language = path.endsWith(".json") ? "JSON" : "YAML";
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => problem({ start: e.pos[0], end: e.pos[1] }, `Invalid ${language}: ${firstLine(e.message)}`)));
  }

  let root: YamlNode = doc.contents;
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses to expand an alias bomb; say where, instead of an internal error.
    const at = text.search(/\*[^\s,\]}]/);
    throw new ConfigError([problem({ start: Math.max(at, 0), end: Math.max(at, 0) + 1 }, `Invalid ${language}: ${error instanceof Error ? error.message : String(error)} (too many alias expansions)`)]);
  }
  if (basename(path) === "package.json") {
    root = fleetlintNode(doc);
    data = (data as Record<string, unknown> | null)?.fleetlint;
    if (root === undefined) throw new ConfigError([problem({ start: 0, end: 0 }, 'Expected a "fleetlint" key in package.json')]);
  }
  data ??= {};

  const problems = schemaProblems(root, data, validateConfig, schema).map((p) => problem(p.range, describeSchemaProblem(p)));
  if (problems.length === 0) problems.push(...unknownRuleIds(root, data as RawConfig).map((p) => problem(p.range, p.message)));
  if (problems.length > 0) throw new ConfigError(problems);

  const config = resolveConfig(data as RawConfig, path, cwd);
  config.source = configSource(source, root);
  return config;
}

function fleetlintNode(doc: Document.Parsed): YamlNode {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "fleetlint");
  return pair ? ((pair.value as YamlNode) ?? (pair.key as YamlNode)) : undefined;
}

/** Rule ids are checked against the registry, not the schema, so a new rule needs no schema change. */
function unknownRuleIds(root: YamlNode, data: RawConfig): { range: TextRange; message: string }[] {
  const found: { range: TextRange; message: string }[] = [];
  const check = (rulesNode: YamlNode) => {
    if (!isMap(rulesNode)) return;
    for (const pair of rulesNode.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const id = String(pair.key.value);
      if (isRuleId(id)) continue;
      const near = suggest(id, RULE_IDS);
      found.push({ range: nodeRange(pair.key), message: `Unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}` });
    }
  };
  if (!isMap(root)) return found;
  if (data.rules) check(root.get("rules", true) as YamlNode);
  const overrides = root.get("overrides", true);
  if (isSeq(overrides)) for (const item of overrides.items) if (isMap(item)) check(item.get("rules", true) as YamlNode);
  return found;
}

/** Fills every default; `path` null means no config file was found. */
export function resolveConfig(data: RawConfig, path: string | null, cwd: string): ResolvedConfig {
  const baseDir = path ? resolve(path, "..") : cwd;
  const targets = (data.targets ?? [{}]).map((t): TargetConfig => {
    // Keys in the order the schema documents them, so --print-config reads like the file.
    return {
      ...(t.name !== undefined ? { name: t.name } : {}),
      root: resolve(baseDir, t.root ?? "."),
      ...(t.namespace !== undefined ? { namespace: t.namespace } : {}),
      stack: t.stack ?? DEFAULT_STACK,
      ...(t.url !== undefined ? { url: t.url } : {}),
      ...(t.credentials !== undefined ? { credentials: { ...t.credentials } } : {}),
      globalMatchers: t.globalMatchers ?? [],
      pipelineLimit: t.pipelineLimit ?? DEFAULT_PIPELINE_LIMIT,
      ...(t.compat !== undefined ? { compat: t.compat } : {}),
      stabilityLevel: t.stabilityLevel ?? DEFAULT_STABILITY_LEVEL,
    };
  });
  const overrides = (data.overrides ?? []).map((o): OverrideConfig => ({ files: o.files, rules: o.rules ?? {} }));
  return {
    path,
    baseDir,
    targets,
    rules: data.rules ?? {},
    overrides,
    ignore: data.ignore ?? [],
    ...(data.alloyScope !== undefined ? { alloyScope: data.alloyScope } : {}),
  };
}

function configSource(file: SourceText, root: YamlNode): ConfigSource {
  const targets: ConfigTargetSource[] = [];
  const targetsNode = isMap(root) ? root.get("targets", true) : undefined;
  if (isSeq(targetsNode)) {
    for (const item of targetsNode.items) {
      const entry: ConfigTargetSource = { range: nodeRange(item as YamlNode), globalMatchers: [] };
      if (isMap(item)) {
        for (const key of ["root", "namespace", "stack"] as const) {
          const value = item.get(key, true);
          if (value) entry[key] = nodeRange(value as YamlNode);
        }
        const matchers = item.get("globalMatchers", true);
        if (isSeq(matchers)) entry.globalMatchers = matchers.items.filter(isScalar).map((node) => matcherEntry(file.text, node));
      }
      targets.push(entry);
    }
  }
  return { file, range: nodeRange(root), targets };
}

/**
 * A YAML scalar holding a matcher, with its offset mapping (shared with definition files).
 * @internal Its parameter is a yaml node type, which the published declarations leave out.
 */
export function matcherEntry(text: string, node: Parameters<typeof scalarText>[1]): MatcherEntry {
  const scalar = scalarText(text, node);
  return { text: scalar.text, range: scalar.range, toFileOffset: scalar.toFileOffset };
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function firstLine(message: string): string {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
