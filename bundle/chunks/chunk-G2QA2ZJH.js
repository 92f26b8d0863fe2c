import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FileStore
} from "./chunk-LZRMTJOQ.js";
import {
  walkFiles
} from "./chunk-LLODODTP.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  article,
  matcherEntry,
  nodeRange,
  scalarText,
  schemaProblems,
  validatePipeline
} from "./chunk-AEVJZFKY.js";
import {
  SourceText
} from "./chunk-5VRL6YA5.js";
import {
  contentsLinted,
  contentsPath,
  deferContents
} from "./chunk-OO7CAYSI.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/repo/index.js
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename as basename3, dirname as dirname2, isAbsolute as isAbsolute2, join, relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";

// dist/src/repo/alloy-grammar.js
var loading;
function loadAlloyGrammar() {
  loading ??= Promise.all([import("./source-AYXTVCQE.js"), import("./parse-E3IGOXQK.js")]).then(([source, parse]) => ({
    decode: source.decodeSource,
    parse: parse.parseFile
  }));
  return loading;
}

// dist/src/repo/definition.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/schemas/pipeline.schema.json
var pipeline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/fleetlint/fleetlint/v0.1.0/schemas/pipeline.schema.json",
  title: "Fleet Management pipeline definition",
  description: "A Grafana Fleet Management pipeline kept in Git: the YAML file next to the pipeline's NAME.alloy contents (grafana/fleet-management-sync-action format, plus fleetlint's extension keys).",
  type: "object",
  additionalProperties: false,
  properties: {
    name: {
      description: "Pipeline name, unique in the stack. Default: the YAML file name without its extension.",
      type: "string",
      minLength: 1
    },
    enabled: {
      description: "Whether collectors run the pipeline. Default false: a definition without `enabled: true` is synced disabled.",
      type: "boolean"
    },
    matchers: {
      description: "Matchers choosing which collectors receive the pipeline (Prometheus/Alertmanager syntax: key=value, key!=value, key=~regex, key!~regex). Every matcher must hold. No matchers: no collector receives it.",
      type: "array",
      items: {
        description: 'A matcher such as "env=prod" or "collector.os=~linux|darwin".',
        type: "string"
      }
    },
    contents: {
      description: "fleetlint extension: the pipeline's contents inline (usually a `|` block scalar), instead of the sibling NAME.alloy file.",
      type: "string"
    },
    contents_file: {
      description: "fleetlint extension: path of the file holding the contents, instead of the sibling NAME.alloy. Resolved as an absolute path, then relative to this file, then relative to the target root.",
      type: "string",
      minLength: 1
    },
    config_type: {
      description: 'fleetlint extension: the contents\' language, "alloy" (default) or "otel" (OpenTelemetry Collector YAML; needs `contents` or `contents_file`).',
      type: "string",
      enum: ["alloy", "otel"]
    },
    metadata: {
      description: "fleetlint extension: free-form data sent as the pipeline's `metadata`.",
      type: "object"
    }
  }
};

// dist/src/repo/simple-definition.js
var import_yaml = __toESM(require_dist(), 1);
var KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/;
var ITEM_LINE = /^( +)- +(.*)$/;
var OUTSIDE_SUBSET = /[^\x20-\x7e\n]/;
var NON_STRING_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.?[0-9].*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
function readSimpleDefinition(text) {
  if (text.length === 0 || OUTSIDE_SUBSET.test(text))
    return null;
  const data = {};
  const keys = /* @__PURE__ */ new Map();
  const items = /* @__PURE__ */ new Map();
  const scalars = /* @__PURE__ */ new Map();
  let sequence;
  const closeSequence = () => {
    if (!sequence)
      return true;
    if (sequence.nodes.length === 0)
      return false;
    const last = sequence.nodes[sequence.nodes.length - 1].range;
    keys.get(sequence.key).value = { start: sequence.start, end: last[2] };
    data[sequence.key] = sequence.values;
    items.set(sequence.key, sequence.nodes);
    sequence = void 0;
    return true;
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const nodeEnd = newline === -1 ? lineEnd : lineEnd + 1;
    if (line === "" || line.startsWith("#")) {
    } else if (line.startsWith(" ")) {
      const item = ITEM_LINE.exec(line);
      if (!item || !sequence)
        return null;
      if (sequence.nodes.length === 0)
        sequence.indent = item[1].length;
      else if (item[1].length !== sequence.indent)
        return null;
      const valueStart = lineStart + line.length - item[2].length;
      const node = scalarNode(item[2], valueStart, nodeEnd);
      if (!node || typeof node.value !== "string")
        return null;
      if (sequence.nodes.length === 0)
        sequence.start = lineStart + item[1].length;
      sequence.values.push(node.value);
      sequence.nodes.push(node);
    } else {
      if (!closeSequence())
        return null;
      const pair = KEY_LINE.exec(line);
      if (!pair || keys.has(pair[1]))
        return null;
      const key = pair[1];
      const keyRange = { start: lineStart, end: lineStart + key.length };
      const raw = pair[2];
      if (raw === void 0 || raw === "") {
        keys.set(key, { key: keyRange, value: keyRange });
        sequence = { key, start: 0, indent: 0, values: [], nodes: [] };
      } else {
        const valueStart = lineStart + line.length - raw.length;
        if (raw === "[]") {
          keys.set(key, { key: keyRange, value: { start: valueStart, end: valueStart + 2 } });
          data[key] = [];
          items.set(key, []);
        } else {
          const node = scalarNode(raw, valueStart, nodeEnd);
          if (!node)
            return null;
          keys.set(key, { key: keyRange, value: { start: valueStart, end: node.range[1] } });
          data[key] = node.value;
          scalars.set(key, node);
        }
      }
    }
    lineStart = nodeEnd;
  }
  if (!closeSequence() || keys.size === 0)
    return null;
  return { data, keys, items, scalars };
}
function scalarNode(raw, start, nodeEnd) {
  const end = start + raw.length;
  let node;
  if (raw === "true" || raw === "false") {
    node = new import_yaml.Scalar(raw === "true");
    node.type = import_yaml.Scalar.PLAIN;
    node.source = raw;
  } else if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'")) {
    const quote = raw[0];
    const inner = raw.slice(1, -1);
    if (raw[raw.length - 1] !== quote || inner.includes(quote) || quote === '"' && inner.includes("\\"))
      return null;
    node = new import_yaml.Scalar(inner);
    node.type = quote === '"' ? import_yaml.Scalar.QUOTE_DOUBLE : import_yaml.Scalar.QUOTE_SINGLE;
  } else {
    if (!isSafePlain(raw))
      return null;
    node = new import_yaml.Scalar(raw);
    node.type = import_yaml.Scalar.PLAIN;
    node.source = raw;
  }
  node.range = [start, end, nodeEnd];
  return node;
}
function isSafePlain(raw) {
  return !INDICATOR_START.test(raw) && !NON_STRING_PLAIN.test(raw) && !raw.endsWith(" ") && !raw.endsWith(":") && !raw.includes(": ") && !raw.includes(" #");
}

// dist/src/repo/definition.js
var SYNC_ACTION_KEYS = ["name", "enabled", "matchers", "config_type", "contents"];
var DEFINITION_KEYS = Object.keys(pipeline_schema_default.properties);
var EXTENSION_KEYS = DEFINITION_KEYS.filter((k) => !SYNC_ACTION_KEYS.includes(k));
function parseDefinition(file) {
  return simpleDefinition(file) ?? parseDefinitionWithYaml(file);
}
function simpleDefinition(file) {
  const simple = readSimpleDefinition(file.text);
  if (!simple || !validatePipeline(simple.data))
    return null;
  const range = { start: 0, end: file.text.length };
  const contents = simple.scalars.get("contents");
  return {
    definition: { file, keys: simple.keys, range, data: simple.data },
    matcherNodes: simple.items.get("matchers") ?? [],
    contentsNode: typeof contents?.value === "string" ? contents : void 0,
    fields: simple.data,
    problems: []
  };
}
function parseDefinitionWithYaml(file) {
  const doc = (0, import_yaml2.parseDocument)(file.text, { prettyErrors: false, uniqueKeys: true });
  const range = { start: 0, end: file.text.length };
  const problems = [];
  const problem = (r, code, data2) => problems.push({ file, range: r, code, ...data2 ? { data: data2 } : {} });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      problem(errorRange(file.text, error), "yamlError", { message: yamlMessage(error.message) });
    return { definition: { file, keys: /* @__PURE__ */ new Map(), range, data: void 0 }, ...nodesOf(doc), fields: void 0, problems };
  }
  let data;
  try {
    data = doc.toJS();
  } catch (error) {
    problem(firstAliasRange(doc) ?? { start: 0, end: 0 }, "yamlError", { message: `${error instanceof Error ? error.message : String(error)} (too many alias expansions)` });
    return { definition: { file, keys: /* @__PURE__ */ new Map(), range, data: void 0 }, ...nodesOf(doc), fields: void 0, problems };
  }
  const keys = /* @__PURE__ */ new Map();
  if (!(0, import_yaml2.isMap)(doc.contents)) {
    problem(doc.contents ? nodeRange(doc.contents) : { start: 0, end: 0 }, "notMapping", { found: describeNonMapping(doc.contents) });
    return { definition: { file, keys, range, data }, ...nodesOf(doc), fields: void 0, problems };
  }
  for (const pair of doc.contents.items) {
    if (!(0, import_yaml2.isScalar)(pair.key))
      continue;
    const key = nodeRange(pair.key);
    keys.set(String(pair.key.value), { key, value: pair.value ? nodeRange(pair.value) : { start: key.end, end: key.end } });
  }
  for (const p of schemaProblems(doc.contents, data, validatePipeline, pipeline_schema_default)) {
    switch (p.kind) {
      case "unknownKey":
        if (p.suggestion)
          problem(p.range, "unknownKeySuggestion", { key: p.key, suggestion: p.suggestion });
        else
          problem(p.range, "unknownKey", { key: p.key, allowed: DEFINITION_KEYS.join(", ") });
        break;
      case "wrongType":
        problem(p.range, "wrongType", { path: p.path, expected: article(p.expected), found: article(p.found) });
        break;
      case "invalidValue":
        problem(p.range, "invalidValue", { path: p.path, expected: p.expected });
        break;
      case "missingKey":
        problem(p.range, "invalidValue", { path: p.path, expected: `the key "${p.key}"` });
        break;
    }
  }
  const metadata = doc.contents.get("metadata", true);
  for (const path of nonFiniteNumbers(data.metadata, "metadata")) {
    problem(metadata ? nodeRange(metadata) : range, "invalidValue", { path, expected: "a finite number (proto JSON cannot carry .nan or .inf)" });
  }
  return { definition: { file, keys, range, data }, ...nodesOf(doc), fields: data, problems };
}
function nonFiniteNumbers(value, path, out = []) {
  if (typeof value === "number" && !Number.isFinite(value))
    out.push(path);
  else if (Array.isArray(value))
    value.forEach((v, i) => nonFiniteNumbers(v, `${path}[${i}]`, out));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value))
      nonFiniteNumbers(v, `${path}.${k}`, out);
  return out;
}
function firstAliasRange(doc) {
  let found;
  (0, import_yaml2.visit)(doc, {
    Alias(_, node) {
      if (node.range)
        found = { start: node.range[0], end: node.range[1] };
      return import_yaml2.visit.BREAK;
    }
  });
  return found;
}
function nodesOf(doc) {
  return { matcherNodes: matcherNodes(doc), contentsNode: contentsNode(doc) };
}
function matcherNodes(doc) {
  const node = (0, import_yaml2.isMap)(doc.contents) ? doc.contents.get("matchers", true) : void 0;
  if (!(0, import_yaml2.isSeq)(node))
    return [];
  return node.items.filter((item) => (0, import_yaml2.isScalar)(item) && typeof item.value === "string");
}
function contentsNode(doc) {
  const node = (0, import_yaml2.isMap)(doc.contents) ? doc.contents.get("contents", true) : void 0;
  return (0, import_yaml2.isScalar)(node) && typeof node.value === "string" ? node : void 0;
}
function describeNonMapping(node) {
  if (!node)
    return "an empty document";
  if ((0, import_yaml2.isSeq)(node))
    return "a sequence";
  if ((0, import_yaml2.isScalar)(node))
    return node.value === null ? "null" : `the scalar ${JSON.stringify(String(node.value).slice(0, 40))}`;
  return "a non-mapping value";
}
function errorRange(text, error) {
  const start = Math.min(error.pos[0], text.length);
  let end = Math.max(start, Math.min(error.pos[1], text.length));
  if (error.code === "DUPLICATE_KEY")
    while (end < text.length && !/[\s:]/.test(text[end]))
      end++;
  return { start, end };
}
function yamlMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

// dist/src/repo/definition-like.js
import { basename, sep as sep2 } from "node:path";

// dist/src/repo/walk.js
import { relative, sep } from "node:path";
async function ignoreTest(patterns, baseDir) {
  if (patterns.length === 0)
    return () => false;
  const { default: picomatch } = await import("./picomatch-S3I6F5HE.js");
  const matches = picomatch([...patterns], { dot: true });
  return (path) => {
    const rel = relative(baseDir, path).split(sep).join("/");
    return matches(rel) || matches(`${rel}/`);
  };
}
var DEFINITION_EXTENSION = /\.ya?ml$/i;
function isDefinitionFileName(path) {
  return DEFINITION_EXTENSION.test(path);
}
function siblingAlloyPath(definitionPath) {
  return definitionPath.replace(DEFINITION_EXTENSION, ".alloy");
}
function isAlloyFileName(path) {
  return path.endsWith(".alloy");
}

// dist/src/repo/definition-like.js
var PIPELINE_KEYS = ["matchers", "enabled", "contents", "contents_file", "config_type"];
var PIPELINE_KEY_LINE = new RegExp(`^(?:\\{(?:.*[,{])?[ \\t]*)?(?:${PIPELINE_KEYS.join("|")})[ \\t]*:`, "m");
var KUBERNETES_KIND = /^kind[ \t]*:/m;
var KUBERNETES_API = /^apiVersion[ \t]*:/m;
var CI_FOLDERS = [".github", ".gitlab", ".circleci", ".buildkite", ".woodpecker", ".forgejo", ".gitea", ".azure-pipelines", ".tekton"];
var NEVER_DEFINITIONS = [
  /^\.gitlab-ci\.ya?ml$/,
  /^azure-pipelines\.ya?ml$/,
  /^bitbucket-pipelines\.ya?ml$/,
  /^\.travis\.ya?ml$/,
  /^\.drone\.ya?ml$/,
  /^cloudbuild\.ya?ml$/,
  /^buildspec\.ya?ml$/,
  /^appveyor\.ya?ml$/,
  /^action\.ya?ml$/,
  // a GitHub Action's metadata
  /^codecov\.ya?ml$/,
  /^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/,
  /\.compose\.ya?ml$/,
  /^\.pre-commit-(?:config|hooks)\.ya?ml$/,
  /^\.lintstagedrc(?:\.ya?ml)?$/,
  /^\.yamllint(?:\.ya?ml)?$/,
  /^\.golangci\.ya?ml$/,
  /^\.goreleaser\.ya?ml$/,
  /^dependabot\.ya?ml$/,
  /^mkdocs\.ya?ml$/,
  /^chart\.ya?ml$/,
  /^kustomization\.ya?ml$/,
  /^pnpm-(?:lock|workspace)\.yaml$/
];
function isNeverDefinition(path) {
  const name = basename(path).toLowerCase();
  if (NEVER_DEFINITIONS.some((re) => re.test(name)))
    return true;
  return path.split(sep2).some((segment) => CI_FOLDERS.includes(segment));
}
function looksLikeDefinition(path, store) {
  if (isNeverDefinition(path))
    return false;
  const file = store.read(path, "text");
  if (file instanceof Error)
    return true;
  if (KUBERNETES_KIND.test(file.text) && KUBERNETES_API.test(file.text))
    return false;
  return store.exists(siblingAlloyPath(path)) || PIPELINE_KEY_LINE.test(file.text);
}

// dist/src/repo/pipeline.js
import { basename as basename2, dirname, isAbsolute, relative as relative2, resolve } from "node:path";
function resolveContentsFile(value, definitionPath, root, store) {
  const tried = isAbsolute(value) ? [value] : [resolve(dirname(definitionPath), value), resolve(root, value)];
  const unique = [...new Set(tried)];
  return { tried: unique, found: unique.find((p) => store.exists(p)) };
}
function buildPipeline(parsed, target, store, problems, options) {
  const { definition } = parsed;
  const understood = parsed.fields !== void 0;
  const fields = parsed.fields ?? {};
  const file = definition.file;
  let into = problems;
  const problem = (range, code, data, on = file) => into.push({ file: on, range, code, ...data ? { data } : {} });
  const keyRange = (key) => definition.keys.get(key)?.key ?? { start: 0, end: 0 };
  const valueRange = (key) => definition.keys.get(key)?.value ?? { start: 0, end: 0 };
  const name = typeof fields.name === "string" && fields.name !== "" ? fields.name : basename2(file.path).replace(/\.ya?ml$/i, "");
  const configType = fields.config_type === "otel" ? "otel" : "alloy";
  const pipeline = {
    target,
    name,
    definition,
    enabled: typeof fields.enabled === "boolean" ? fields.enabled : void 0,
    matchers: parsed.matcherNodes.map((node) => matcherEntry(file.text, node)),
    configType,
    contents: null
  };
  if (isPlainObject(fields.metadata))
    pipeline.metadata = fields.metadata;
  if (target.compat === "sync-action") {
    for (const key of definition.keys.keys())
      if (EXTENSION_KEYS.includes(key))
        problem(keyRange(key), "extensionKey", { key });
  }
  const sources = [];
  const inline = parsed.contentsNode;
  if (inline) {
    sources.push({
      origin: "inline",
      label: "`contents`",
      load: () => {
        const scalar = scalarText(file.text, inline);
        return { origin: "inline", text: scalar.text, file, toFileOffset: scalar.toFileOffset };
      }
    });
  }
  if (typeof fields.contents_file === "string" && fields.contents_file !== "") {
    const value = fields.contents_file;
    sources.push({
      origin: "contents_file",
      label: "`contents_file`",
      load: () => {
        const lookup = resolveContentsFile(value, file.path, target.root, store);
        if (!lookup.found) {
          const tried = lookup.tried.map((p) => relativeTo(dirname(file.path), p)).join(", ");
          problem(valueRange("contents_file"), "contentsFileNotFound", { path: value, tried });
          return null;
        }
        return fileContents(lookup.found, "contents_file", configType, store, problem, valueRange("contents_file"));
      },
      path: () => resolveContentsFile(value, file.path, target.root, store).found
    });
  }
  const siblingPath = siblingAlloyPath(file.path);
  if (store.exists(siblingPath)) {
    sources.push({
      origin: "sibling",
      label: `the sibling file ${basename2(siblingPath)}`,
      load: () => fileContents(siblingPath, "sibling", configType, store, problem, { start: 0, end: 0 }),
      path: () => siblingPath
    });
  }
  if (sources.length > 1) {
    const at = sources.some((s) => s.origin === "contents_file") ? keyRange("contents_file") : keyRange("contents");
    problem(at, "contentsAmbiguous", { sources: sources.map((s) => s.label).join(" and ") });
  }
  if (target.compat === "sync-action" && configType === "alloy" && sources.length === 1 && sources[0].origin === "inline") {
    problem(keyRange("contents"), "siblingNotFound", { sibling: basename2(siblingPath) });
  }
  if (sources.length === 0) {
    if (!understood || definition.keys.has("contents") || definition.keys.has("contents_file"))
      return pipeline;
    if (configType === "otel")
      problem(keyRange("config_type"), "otelContentsMissing");
    else if (target.compat === "sync-action")
      problem(firstLine(file), "siblingNotFound", { sibling: basename2(siblingPath) });
    else
      problem(firstLine(file), "contentsMissing", { sibling: basename2(siblingPath) });
    return pipeline;
  }
  if (configType === "otel" && sources[0].origin === "sibling") {
    problem(keyRange("config_type"), "otelContentsMissing");
    return pipeline;
  }
  const chosen = sources[0];
  const read = () => {
    const contents = chosen.load();
    if (contents && contents.text.trim() === "") {
      if (contents.origin === "inline")
        problem(valueRange("contents"), "contentsEmpty", { source: "`contents`" });
      else
        problem({ start: 0, end: 0 }, "contentsEmpty", { source: basename2(contents.file.path) }, contents.file);
    }
    return contents;
  };
  const document = (contents) => configType === "alloy" ? options.document(pipeline, contents) : void 0;
  const deferredPath = options.defer ? chosen.path?.() : void 0;
  if (deferredPath !== void 0 && options.defer?.(deferredPath)) {
    deferContents(pipeline, deferredPath, () => {
      into = [];
      const contents = read();
      options.deferredProblems?.(into);
      return contents;
    }, document);
    return pipeline;
  }
  pipeline.contents = read();
  if (pipeline.contents) {
    const alloy = document(pipeline.contents);
    if (alloy)
      pipeline.alloy = alloy;
  }
  return pipeline;
}
function fileContents(path, origin, configType, store, problem, at) {
  const source = store.read(path, configType === "alloy" ? "alloy" : "text");
  if (source instanceof Error) {
    problem(at, "fileUnreadable", { path: basename2(path), reason: source.message });
    return null;
  }
  return { origin, text: source.text, file: source, toFileOffset: (offset) => offset };
}
function firstLine(file) {
  const nl = file.text.indexOf("\n");
  return { start: 0, end: nl === -1 ? file.text.length : nl };
}
function relativeTo(dir, path) {
  const rel = relative2(dir, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// dist/src/repo/index.js
var LazyAlloyDocument = class {
  contents;
  grammar;
  result;
  pipeline;
  target;
  /** The folder's documents when this one is a local config analysed with its folder. */
  folder;
  constructor(contents, grammar, owner) {
    this.contents = contents;
    this.grammar = grammar;
    if (owner.pipeline)
      this.pipeline = owner.pipeline;
    if (owner.target)
      this.target = owner.target;
  }
  parse() {
    this.result ??= this.grammar.parse(this.contents.text);
    return this.result;
  }
  get mode() {
    if (this.pipeline)
      return "pipeline";
    return isModuleFile(this.parse().ast) ? "module" : "config";
  }
  scope() {
    if (!this.folder || this.mode !== "config")
      return [this];
    return this.folder();
  }
};
function isModuleFile(ast) {
  return !!ast?.body.some((s) => s.type === "Block" && s.name.length === 1 && (s.name[0] === "argument" || s.name[0] === "export"));
}
async function loadProject(config, options) {
  const cwd = resolve2(options.cwd);
  const buffers = /* @__PURE__ */ new Map();
  for (const [path, text] of options.buffers ?? [])
    buffers.set(resolve2(cwd, path), text);
  const given = (options.paths ?? []).map((p) => ({ written: p, path: resolve2(cwd, p) }));
  for (const { written, path } of given) {
    if (!buffers.has(path) && !existsSync(path))
      throw new UsageError(`No such file or directory: ${written}`);
  }
  const grammar = await loadAlloyGrammar();
  const store = new FileStore(buffers, grammar.decode);
  const ignored = await ignoreTest(config.ignore, config.baseDir);
  const targets = config.targets.map((t, index) => ({ ...t, index }));
  for (const target of targets)
    checkRoot(config, target, cwd);
  const targetFiles = targets.map((target) => discover(target.root, buffers, ignored));
  for (const files2 of targetFiles)
    store.listed(files2);
  const guessed = config.path === null;
  const isDefinition = (path) => isDefinitionName(path) && (!guessed || looksLikeDefinition(path, store));
  const definitionsOf = targetFiles.map((files2) => files2.filter(isDefinition));
  const problems = new ProblemList();
  const parsed = parseDefinitions(definitionsOf.flat(), store, problems);
  const referenced = contentsFileTargets(targets, definitionsOf, parsed, store);
  const lintedFiles = /* @__PURE__ */ new Set();
  const unmatchedPaths = [];
  const lintable = (path) => isAlloyFileName(path) || isDefinition(path);
  for (const { path } of given) {
    const selected = expandPath(path, buffers, ignored).filter(lintable);
    if (selected.length === 0)
      unmatchedPaths.push(path);
    for (const file of selected)
      lintedFiles.add(file);
  }
  const targetProblems = [...untargetedDefinitions(config, targets, lintedFiles, store), ...emptyRoots(config, targets, definitionsOf, targetFiles)];
  const pipelines = [];
  const document = (target) => (pipeline, contents) => new LazyAlloyDocument(contents, grammar, { pipeline, target });
  targets.forEach((target, i) => {
    for (const path of definitionsOf[i]) {
      const definition = parsed.get(path);
      if (!definition || referenced.has(path))
        continue;
      problems.add(...definition.problems);
      const found = [];
      const defer = given.length > 0 && !lintedFiles.has(path) ? (contents) => !lintedFiles.has(contents) : void 0;
      const pipeline = buildPipeline(definition, target, store, found, {
        document: document(target),
        ...defer ? { defer, deferredProblems: (late) => problems.add(...late) } : {}
      });
      problems.add(...found);
      pipelines.push(pipeline);
    }
  });
  if (given.length === 0) {
    for (const files2 of targetFiles)
      for (const path of files2)
        if (lintable(path))
          lintedFiles.add(path);
    for (const pipeline of pipelines)
      if (pipeline.contents)
        lintedFiles.add(pipeline.contents.file.path);
  }
  const used = new Set(pipelines.flatMap((p) => contentsLinted(p, lintedFiles) ? [p.contents.file.path] : []));
  const contentsFiles = new Set(pipelines.flatMap((p) => contentsPath(p) ?? []));
  const standalone = new StandaloneFiles(store, grammar, targets, ignored, contentsFiles, config.alloyScope ?? "auto");
  const alloyFiles = [];
  for (const path of lintedFiles) {
    if (!isAlloyFileName(path) || used.has(path) || store.failures.has(path))
      continue;
    const doc = standalone.document(path);
    if (doc instanceof Error) {
      problems.add(unreadable(path, doc));
      continue;
    }
    alloyFiles.push(doc);
  }
  const files = new Map(store.files);
  if (config.source)
    files.set(config.source.file.path, config.source.file);
  const project = { cwd, targets, pipelines, alloyFiles, problems: problems.items, targetProblems, lintedFiles, files };
  if (given.length > 0)
    project.unmatchedPaths = unmatchedPaths;
  return project;
}
var StandaloneFiles = class {
  store;
  grammar;
  targets;
  ignored;
  contentsFiles;
  scope;
  documents = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  independentFolders = /* @__PURE__ */ new Map();
  constructor(store, grammar, targets, ignored, contentsFiles, scope) {
    this.store = store;
    this.grammar = grammar;
    this.targets = targets;
    this.ignored = ignored;
    this.contentsFiles = contentsFiles;
    this.scope = scope;
  }
  document(path) {
    const known = this.documents.get(path);
    if (known)
      return known;
    const file = this.store.read(path, "alloy");
    if (file instanceof Error)
      return file;
    const target = this.targets.find((t) => isUnder(path, t.root));
    const contents = { origin: "standalone", text: file.text, file, toFileOffset: (offset) => offset };
    const doc = new LazyAlloyDocument(contents, this.grammar, target ? { target } : {});
    if (this.scope !== "file")
      doc.folder = () => this.folderScope(dirname2(path), doc);
    this.documents.set(path, doc);
    return doc;
  }
  /** The local configs of the folder, or just `doc` when "auto" finds the folder's files independent. */
  folderScope(dir, doc) {
    const configs = this.folder(dir).filter((d) => d.mode === "config");
    if (this.scope === "auto" && this.independent(dir, configs))
      return [doc];
    return configs;
  }
  /** Two files declaring the same block cannot be one `alloy run DIR` config: they are separate examples. */
  independent(dir, configs) {
    let answer = this.independentFolders.get(dir);
    if (answer !== void 0)
      return answer;
    const owner = /* @__PURE__ */ new Map();
    answer = configs.some((d) => (d.parse().ast?.body ?? []).some((s) => {
      if (s.type !== "Block")
        return false;
      const id = s.label ? `${s.name.join(".")}.${s.label.value}` : s.name.join(".");
      const first = owner.get(id);
      if (!first)
        owner.set(id, d);
      return first !== void 0 && first !== d;
    }));
    this.independentFolders.set(dir, answer);
    return answer;
  }
  /** The folder's `.alloy` files that are not pipeline contents, sorted by path as Alloy merges them. */
  folder(dir) {
    let docs = this.folders.get(dir);
    if (docs)
      return docs;
    docs = [];
    for (const path of alloyFilesIn(dir)) {
      if (this.contentsFiles.has(path) || this.ignored(path))
        continue;
      const doc = this.document(path);
      if (!(doc instanceof Error))
        docs.push(doc);
    }
    for (const doc of this.documents.values())
      if (dirname2(doc.contents.file.path) === dir && !docs.includes(doc))
        docs.push(doc);
    docs.sort((a, b) => a.contents.file.path < b.contents.file.path ? -1 : a.contents.file.path > b.contents.file.path ? 1 : 0);
    this.folders.set(dir, docs);
    return docs;
  }
};
function alloyFilesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => (e.isFile() || e.isSymbolicLink()) && isAlloyFileName(e.name)).map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
function untargetedDefinitions(config, targets, linted, store) {
  const out = [];
  const roots = targets.map((t) => relative3(config.baseDir, t.root) || ".").join(", ");
  for (const path of linted) {
    if (!isDefinitionName(path) || targets.some((t) => isUnder(path, t.root)) || !looksLikeDefinition(path, store))
      continue;
    const file = store.read(path, "text");
    if (file instanceof Error)
      continue;
    const end = file.text.indexOf("\n");
    out.push({
      file,
      range: { start: 0, end: end < 0 ? file.text.length : end },
      code: "untargeted",
      data: { roots, count: targets.length }
    });
  }
  return out;
}
function emptyRoots(config, targets, definitionsOf, targetFiles) {
  const source = config.source;
  if (!source)
    return [];
  return targets.flatMap((target, i) => {
    if (definitionsOf[i].length > 0 || targetFiles[i].some(isAlloyFileName))
      return [];
    const entry = source.targets[target.index];
    const range = entry?.root ?? entry?.range ?? source.range;
    const root = relative3(config.baseDir, target.root) || ".";
    return [{ file: source.file, range, code: "rootEmpty", data: { root } }];
  });
}
function isDefinitionName(path) {
  return isDefinitionFileName(path) && !CONFIG_FILE_NAMES.includes(basename3(path));
}
function discover(root, buffers, ignored) {
  const files = walkFiles(root, { ignored });
  const seen = new Set(files);
  for (const path of buffers.keys())
    if (isUnder(path, root) && !seen.has(path) && !ignored(path))
      files.push(path);
  return files;
}
function parseDefinitions(paths, store, problems) {
  const parsed = /* @__PURE__ */ new Map();
  for (const path of paths) {
    if (parsed.has(path))
      continue;
    const file = store.read(path, "text");
    if (file instanceof Error)
      problems.add(unreadable(path, file));
    else
      parsed.set(path, parseDefinition(file));
  }
  return parsed;
}
function contentsFileTargets(targets, definitionsOf, parsed, store) {
  const referenced = /* @__PURE__ */ new Set();
  targets.forEach((target, i) => {
    for (const path of definitionsOf[i]) {
      const value = parsed.get(path)?.fields?.contents_file;
      if (typeof value !== "string" || value === "")
        continue;
      const found = resolveContentsFile(value, path, target.root, store).found;
      if (found && found !== path)
        referenced.add(found);
    }
  });
  return referenced;
}
var ProblemList = class {
  items = [];
  seen = /* @__PURE__ */ new Set();
  add(...problems) {
    for (const p of problems) {
      const key = `${p.file.path}\0${p.range.start}\0${p.range.end}\0${p.code}\0${JSON.stringify(p.data ?? {})}`;
      if (this.seen.has(key))
        continue;
      this.seen.add(key);
      this.items.push(p);
    }
  }
};
function unreadable(path, error) {
  const file = new SourceText(path, "");
  return { file, range: { start: 0, end: 0 }, code: "fileUnreadable", data: { path: basename3(path), reason: error.message } };
}
function checkRoot(config, target, cwd) {
  if (statSync(target.root, { throwIfNoEntry: false })?.isDirectory())
    return;
  const shownRoot = relative3(config.baseDir, target.root) || ".";
  const message = `Target root "${shownRoot}" is not a folder that exists`;
  const source = config.source;
  const range = source?.targets[target.index]?.root ?? source?.targets[target.index]?.range;
  if (!source || !config.path || !range)
    throw new UsageError(message);
  const shownFile = relative3(cwd, config.path);
  const file = shownFile.startsWith("..") || isAbsolute2(shownFile) ? config.path : shownFile;
  throw new ConfigError([{ file, ...source.file.positionAt(range.start), message }]);
}
function expandPath(path, buffers, ignored) {
  if (buffers.has(path))
    return [path];
  if (ignored(path))
    return [];
  if (statSync(path).isDirectory()) {
    const files = walkFiles(path, { ignored });
    for (const buffered of buffers.keys())
      if (isUnder(buffered, path) && !files.includes(buffered))
        files.push(buffered);
    return files;
  }
  return [path];
}
function isUnder(path, dir) {
  return path === dir || path.startsWith(dir.endsWith(sep3) ? dir : dir + sep3);
}

export {
  pipeline_schema_default,
  parseDefinition,
  isNeverDefinition,
  isModuleFile,
  loadProject,
  isDefinitionName
};
