import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  collectorFromAttributes,
  collectorFromRecord
} from "./chunk-XXFPFKBW.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/match/collectors.js
var import_yaml = __toESM(require_dist(), 1);
var CollectorSpecError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CollectorSpecError";
  }
};
function parseCollectorFlag(spec) {
  const attributes = {};
  const usage = "expected key=value pairs separated by commas, such as collector.os=linux,env=prod";
  if (spec.trim() === "")
    throw new CollectorSpecError(`Invalid --collector '': ${usage}`);
  for (const pair of spec.split(",")) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (key === "")
      throw new CollectorSpecError(`Invalid --collector '${spec}': '${pair}' has no key; ${usage}`);
    if (eq < 0)
      throw new CollectorSpecError(`Invalid --collector '${spec}': '${key}' has no value; ${usage}`);
    if (Object.hasOwn(attributes, key))
      throw new CollectorSpecError(`Invalid --collector '${spec}': attribute '${key}' is given twice`);
    attributes[key] = pair.slice(eq + 1).trim();
  }
  return attributes;
}
function collectorFromFlag(spec) {
  return collectorFromAttributes(parseCollectorFlag(spec));
}
var RECORD_KEYS = /* @__PURE__ */ new Set(["local_attributes", "localAttributes", "remote_attributes", "remoteAttributes", "collector_type", "collectorType"]);
var COLLECTOR_TYPES = ["COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"];
function parseCollectorsFile(text, path) {
  return parseCollectorEntries(text, path).map((entry) => "record" in entry ? collectorFromRecord(entry.record) : collectorFromAttributes(entry.attributes));
}
function parseCollectorEntries(text, path) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { schema: "failsafe", lineCounter: lines, prettyErrors: false });
  const at = (node) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const fail = (node, message) => {
    throw new CollectorSpecError(`Invalid collectors file ${at(node)}: ${message}`);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lines.linePos(firstError.pos[0]);
    throw new CollectorSpecError(`Invalid collectors file ${path}:${line}:${col}: ${firstError.message.split("\n")[0]}`);
  }
  let list = doc.contents;
  let allRecords = false;
  if ((0, import_yaml.isMap)(list) && list.items.length === 1 && (0, import_yaml.isScalar)(list.items[0].key) && list.items[0].key.value === "collectors") {
    list = list.items[0].value;
    allRecords = true;
  }
  if (list === null && text.trim() === "")
    return [];
  if (!(0, import_yaml.isSeq)(list))
    return fail(list, "expected a list of attribute maps or collector records");
  return list.items.map((item, index) => {
    const node = item;
    if (!(0, import_yaml.isMap)(node))
      return fail(node, `item ${index + 1} is not a map of attributes`);
    const entries = node.items.map((pair) => ({ key: String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : ""), keyNode: pair.key, value: pair.value }));
    const isRecord = allRecords || entries.some((e) => RECORD_KEYS.has(e.key));
    if (!isRecord) {
      const attributes = {};
      for (const e of entries) {
        if (!(0, import_yaml.isScalar)(e.value))
          fail(e.value ?? e.keyNode, `attribute '${e.key}' of item ${index + 1} is not a single value`);
        attributes[e.key] = String(e.value.value);
      }
      return { attributes };
    }
    const record = { id: "" };
    const scalar = (e) => {
      if (!(0, import_yaml.isScalar)(e.value))
        return fail(e.value ?? e.keyNode, `'${e.key}' of item ${index + 1} must be a single value`);
      return String(e.value.value);
    };
    const map = (e) => {
      if ((0, import_yaml.isScalar)(e.value) && (e.value.value === "" || e.value.value === "null"))
        return {};
      if (!(0, import_yaml.isMap)(e.value))
        return fail(e.value ?? e.keyNode, `'${e.key}' of item ${index + 1} must be a map of attributes`);
      const out = {};
      for (const pair of e.value.items) {
        const key = String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : "");
        if (!(0, import_yaml.isScalar)(pair.value))
          fail(pair.value ?? pair.key, `attribute '${key}' in '${e.key}' of item ${index + 1} is not a single value`);
        out[key] = String(pair.value.value);
      }
      return out;
    };
    let legacyLocal;
    let legacyRemote;
    for (const e of entries) {
      switch (e.key) {
        case "id":
          record.id = scalar(e);
          break;
        case "name":
          record.name = scalar(e);
          break;
        case "enabled": {
          const value = scalar(e);
          if (value !== "true" && value !== "false")
            fail(e.value, `'enabled' of item ${index + 1} must be true or false, not '${value}'`);
          record.enabled = value === "true";
          break;
        }
        case "collector_type":
        case "collectorType": {
          const value = scalar(e);
          const byNumber = /^[0-2]$/.test(value) ? COLLECTOR_TYPES[Number(value)] : void 0;
          const known = byNumber ?? (COLLECTOR_TYPES.includes(value) ? value : void 0);
          if (!known)
            fail(e.value, `'${e.key}' of item ${index + 1} must be one of ${COLLECTOR_TYPES.join(", ")}, not '${value}'`);
          record.collectorType = known;
          break;
        }
        case "local_attributes":
        case "localAttributes":
          record.localAttributes = map(e);
          break;
        case "remote_attributes":
        case "remoteAttributes":
          record.remoteAttributes = map(e);
          break;
        // The deprecated names ListCollectors still fills for old collectors.
        case "attributes":
          legacyLocal = map(e);
          break;
        case "attribute_overrides":
        case "attributeOverrides":
          legacyRemote = map(e);
          break;
        default:
          break;
      }
    }
    record.localAttributes ??= legacyLocal;
    record.remoteAttributes ??= legacyRemote;
    return { record };
  });
}
export {
  CollectorSpecError,
  collectorFromFlag,
  parseCollectorEntries,
  parseCollectorFlag,
  parseCollectorsFile
};
