import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  article,
  nodeRange,
  schemaProblems,
  validatePipeline
} from "./chunk-BSHLBPPD.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

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

export {
  pipeline_schema_default,
  EXTENSION_KEYS,
  parseDefinition
};
