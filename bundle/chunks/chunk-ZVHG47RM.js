import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  describeSchemaProblem,
  nodeRange,
  scalarText,
  schemaProblems,
  suggest,
  validateConfig
} from "./chunk-BSHLBPPD.js";
import {
  SourceText
} from "./chunk-5VRL6YA5.js";
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  RULE_IDS,
  isRuleId
} from "./chunk-RVHLNHZV.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/config/errors.js
var ConfigError = class extends FleetlintError {
  problems;
  constructor(problems) {
    super("config", problems.map((p) => formatProblemLine({ path: p.file, line: p.line, column: p.column, severity: "error", message: p.message })).join("\n"));
    this.problems = problems;
    this.name = "ConfigError";
  }
};

// dist/src/config/discover.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var CONFIG_FILE_NAMES = [
  "fleetlint.config.yaml",
  "fleetlint.config.yml",
  "fleetlint.config.json",
  ".fleetlintrc.yaml",
  ".fleetlintrc.yml",
  ".fleetlintrc.json",
  "package.json"
];
function findConfigFile(cwd) {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate))
        continue;
      if (name !== "package.json" || hasFleetlintKey(candidate))
        return candidate;
    }
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir)
      return void 0;
  }
}
function hasFleetlintKey(file) {
  try {
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    return typeof pkg === "object" && pkg !== null && "fleetlint" in pkg;
  } catch {
    return false;
  }
}

// dist/src/config/load.js
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename, isAbsolute, relative, resolve } from "node:path";

// dist/schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/fleetlint/fleetlint/v0.1.0/schemas/config.schema.json",
  title: "fleetlint configuration",
  description: "Configuration of fleetlint: which folders hold Fleet Management pipelines (targets), how they are synced, and which rules run.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "JSON Schema this file follows (for editors); ignored by fleetlint.",
      type: "string"
    },
    targets: {
      description: 'One entry per sync unit: a folder of pipeline definitions synced into one source namespace. Default: one target with root ".".',
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/target" }
    },
    rules: {
      description: 'Rule severities by rule id: "off", "info", "warn" or "error" (or 0, 1, 2 for off, warn, error), or [severity, ...options].',
      type: "object",
      additionalProperties: { $ref: "#/definitions/ruleSetting" }
    },
    overrides: {
      description: "Rule severities for some files only; later entries win over earlier ones and over `rules`.",
      type: "array",
      items: {
        description: "Rule settings applied to the files matching `files`.",
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: {
          files: {
            description: "Glob patterns (picomatch), relative to the folder of this configuration file.",
            type: "array",
            items: { description: 'A glob pattern such as "pipelines/legacy/**".', type: "string", minLength: 1 }
          },
          rules: {
            description: "Rule severities for the matching files, in the same form as the top-level `rules`.",
            type: "object",
            additionalProperties: { $ref: "#/definitions/ruleSetting" }
          }
        }
      }
    },
    ignore: {
      description: "Glob patterns (picomatch), relative to the folder of this configuration file, of files and folders never read.",
      type: "array",
      items: { description: 'A glob pattern such as "**/drafts/**".', type: "string", minLength: 1 }
    },
    alloyScope: {
      description: 'How local `.alloy` files (those no pipeline uses) are scoped. "auto" (default): the files of one folder are one configuration, as `alloy run DIR` loads them, unless two of them declare the same block (then the folder is a collection of independent files, each its own scope). "folder": always one configuration per folder (duplicates across files are reported). "file": each file on its own.',
      type: "string",
      enum: ["auto", "folder", "file"],
      default: "auto"
    }
  },
  definitions: {
    target: {
      description: "A folder searched recursively for pipeline definitions, synced as one source namespace.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          description: "Name of the target for `--target NAME` and in messages. Default: the namespace, else the root as written.",
          type: "string",
          minLength: 1
        },
        root: {
          description: 'Folder searched recursively for definitions, relative to the folder of this configuration file. Default ".".',
          type: "string",
          minLength: 1
        },
        namespace: {
          description: "Source namespace of the target's pipelines (source type GIT); required by plan and sync.",
          type: "string",
          minLength: 1
        },
        stack: {
          description: 'Name of the Fleet Management stack; targets with the same stack share one stack (names and the pipeline limit). Default "default".',
          type: "string",
          minLength: 1
        },
        url: {
          description: "Fleet Management URL of the stack; when omitted the environment (FLEET_MANAGEMENT_URL) is used.",
          type: "string",
          pattern: "^https?://"
        },
        credentials: {
          description: `Where this target's Fleet Management credentials come from: names of environment variables, never the values. Without it, a stack other than "default" reads FLEET_MANAGEMENT_<STACK>_URL, _USERNAME and _TOKEN when any of them is set, else FLEET_MANAGEMENT_URL, _USERNAME and _TOKEN.`,
          type: "object",
          additionalProperties: false,
          properties: {
            urlEnv: {
              description: "Name of the environment variable holding the Fleet Management URL.",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            usernameEnv: {
              description: "Name of the environment variable holding the username (the Fleet Management instance ID).",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            tokenEnv: {
              description: "Name of the environment variable holding the access token.",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            }
          }
        },
        globalMatchers: {
          description: "Matchers appended to every pipeline of the target when it is synced.",
          type: "array",
          items: { description: 'A matcher such as "env=prod".', type: "string" }
        },
        pipelineLimit: {
          description: "Most pipelines the stack may hold. Default 200.",
          type: "integer",
          minimum: 1
        },
        compat: {
          description: '"sync-action": the target is synced by grafana/fleet-management-sync-action, so every extension key (contents, contents_file, config_type, metadata) is reported.',
          type: "string",
          enum: ["sync-action"]
        },
        stabilityLevel: {
          description: `Least stable Alloy component level the target's collectors run with (their --stability.level). Default "generally-available".`,
          type: "string",
          enum: ["generally-available", "public-preview", "experimental"]
        }
      }
    },
    severity: {
      description: '"off", "info" (reported, never fails a run), "warn" or "error" (or 0, 1, 2 for off, warn, error).',
      enum: ["off", "info", "warn", "error", 0, 1, 2]
    },
    ruleSetting: {
      description: 'a severity ("off", "info", "warn", "error", 0, 1 or 2) or an array [severity, ...options]',
      anyOf: [
        { $ref: "#/definitions/severity" },
        {
          description: "A severity followed by the rule's options.",
          type: "array",
          minItems: 1,
          items: [{ $ref: "#/definitions/severity" }]
        }
      ]
    }
  }
};

// dist/src/config/load.js
var DEFAULT_STACK = "default";
var DEFAULT_PIPELINE_LIMIT = 200;
var DEFAULT_STABILITY_LEVEL = "generally-available";
async function loadConfig(options) {
  const cwd = resolve(options.cwd);
  let file;
  if (options.configPath !== void 0) {
    file = resolve(cwd, options.configPath);
    if (!existsSync2(file))
      throw new ConfigError([{ file: options.configPath, line: 1, column: 1, message: "Config file not found" }]);
  } else
    file = findConfigFile(cwd);
  if (!file)
    return resolveConfig({}, null, cwd);
  return readConfigFile(file, cwd);
}
function readConfigFile(path, cwd) {
  const shown = displayName(path, cwd);
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    throw new ConfigError([{ file: shown, line: 1, column: 1, message: `Cannot read config file: ${error.message}` }]);
  }
  const source = new SourceText(path, text);
  const problem = (range, message) => ({ file: shown, ...source.positionAt(range.start), message });
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: new import_yaml.LineCounter(), prettyErrors: false, uniqueKeys: true });
  const language = path.endsWith(".json") ? "JSON" : "YAML";
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => problem({ start: e.pos[0], end: e.pos[1] }, `Invalid ${language}: ${firstLine(e.message)}`)));
  }
  let root = doc.contents;
  let data;
  try {
    data = doc.toJS();
  } catch (error) {
    const at = text.search(/\*[^\s,\]}]/);
    throw new ConfigError([problem({ start: Math.max(at, 0), end: Math.max(at, 0) + 1 }, `Invalid ${language}: ${error instanceof Error ? error.message : String(error)} (too many alias expansions)`)]);
  }
  if (basename(path) === "package.json") {
    root = fleetlintNode(doc);
    data = data?.fleetlint;
    if (root === void 0)
      throw new ConfigError([problem({ start: 0, end: 0 }, 'Expected a "fleetlint" key in package.json')]);
  }
  data ??= {};
  const problems = schemaProblems(root, data, validateConfig, config_schema_default).map((p) => problem(p.range, describeSchemaProblem(p)));
  if (problems.length === 0)
    problems.push(...unknownRuleIds(root, data).map((p) => problem(p.range, p.message)));
  if (problems.length > 0)
    throw new ConfigError(problems);
  const config = resolveConfig(data, path, cwd);
  config.source = configSource(source, root);
  return config;
}
function fleetlintNode(doc) {
  if (!(0, import_yaml.isMap)(doc.contents))
    return void 0;
  const pair = doc.contents.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "fleetlint");
  return pair ? pair.value ?? pair.key : void 0;
}
function unknownRuleIds(root, data) {
  const found = [];
  const check = (rulesNode) => {
    if (!(0, import_yaml.isMap)(rulesNode))
      return;
    for (const pair of rulesNode.items) {
      if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key))
        continue;
      const id = String(pair.key.value);
      if (isRuleId(id))
        continue;
      const near = suggest(id, RULE_IDS);
      found.push({ range: nodeRange(pair.key), message: `Unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}` });
    }
  };
  if (!(0, import_yaml.isMap)(root))
    return found;
  if (data.rules)
    check(root.get("rules", true));
  const overrides = root.get("overrides", true);
  if ((0, import_yaml.isSeq)(overrides)) {
    for (const item of overrides.items)
      if ((0, import_yaml.isMap)(item))
        check(item.get("rules", true));
  }
  return found;
}
function resolveConfig(data, path, cwd) {
  const baseDir = path ? resolve(path, "..") : cwd;
  const targets = (data.targets ?? [{}]).map((t) => {
    return {
      ...t.name !== void 0 ? { name: t.name } : {},
      root: resolve(baseDir, t.root ?? "."),
      ...t.namespace !== void 0 ? { namespace: t.namespace } : {},
      stack: t.stack ?? DEFAULT_STACK,
      ...t.url !== void 0 ? { url: t.url } : {},
      ...t.credentials !== void 0 ? { credentials: { ...t.credentials } } : {},
      globalMatchers: t.globalMatchers ?? [],
      pipelineLimit: t.pipelineLimit ?? DEFAULT_PIPELINE_LIMIT,
      ...t.compat !== void 0 ? { compat: t.compat } : {},
      stabilityLevel: t.stabilityLevel ?? DEFAULT_STABILITY_LEVEL
    };
  });
  const overrides = (data.overrides ?? []).map((o) => ({ files: o.files, rules: o.rules ?? {} }));
  return {
    path,
    baseDir,
    targets,
    rules: data.rules ?? {},
    overrides,
    ignore: data.ignore ?? [],
    ...data.alloyScope !== void 0 ? { alloyScope: data.alloyScope } : {}
  };
}
function configSource(file, root) {
  const targets = [];
  const targetsNode = (0, import_yaml.isMap)(root) ? root.get("targets", true) : void 0;
  if ((0, import_yaml.isSeq)(targetsNode)) {
    for (const item of targetsNode.items) {
      const entry = { range: nodeRange(item), globalMatchers: [] };
      if ((0, import_yaml.isMap)(item)) {
        for (const key of ["root", "namespace", "stack"]) {
          const value = item.get(key, true);
          if (value)
            entry[key] = nodeRange(value);
        }
        const matchers = item.get("globalMatchers", true);
        if ((0, import_yaml.isSeq)(matchers))
          entry.globalMatchers = matchers.items.filter(import_yaml.isScalar).map((node) => matcherEntry(file.text, node));
      }
      targets.push(entry);
    }
  }
  return { file, range: nodeRange(root), targets };
}
function matcherEntry(text, node) {
  const scalar = scalarText(text, node);
  return { text: scalar.text, range: scalar.range, toFileOffset: scalar.toFileOffset };
}
function displayName(path, cwd) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

export {
  ConfigError,
  CONFIG_FILE_NAMES,
  findConfigFile,
  DEFAULT_STACK,
  DEFAULT_PIPELINE_LIMIT,
  DEFAULT_STABILITY_LEVEL,
  loadConfig,
  resolveConfig,
  matcherEntry
};
