/**
 * Collector descriptions for `fleetlint match` and `plan`: `--collector
 * k=v,k2=v2` flags and `--collectors FILE`, a YAML or JSON list whose items
 * are bare attribute maps or collector records as ListCollectors returns them
 * (`id`, `name`, `enabled`, `collector_type`, `local_attributes`,
 * `remote_attributes`; a saved `{"collectors": [...]}` response works too).
 * Failures throw CollectorSpecError with the file, line and column and the
 * expected form.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { collectorFromAttributes, collectorFromRecord, type Collector, type CollectorRecord } from "./fleet.js";
import type { Attributes } from "./index.js";

export class CollectorSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CollectorSpecError";
  }
}

/** `key=value,key2=value2`: the value runs to the next comma and may contain `=`. */
export function parseCollectorFlag(spec: string): Attributes {
  const attributes: Record<string, string> = {};
  const usage = "expected key=value pairs separated by commas, such as collector.os=linux,env=prod";
  if (spec.trim() === "") throw new CollectorSpecError(`Invalid --collector '': ${usage}`);
  for (const pair of spec.split(",")) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (key === "") throw new CollectorSpecError(`Invalid --collector '${spec}': '${pair}' has no key; ${usage}`);
    // `collector.os` alone names an attribute but not its value (`key=` is an explicit empty value).
    if (eq < 0) throw new CollectorSpecError(`Invalid --collector '${spec}': '${key}' has no value; ${usage}`);
    if (Object.hasOwn(attributes, key)) throw new CollectorSpecError(`Invalid --collector '${spec}': attribute '${key}' is given twice`);
    attributes[key] = pair.slice(eq + 1).trim();
  }
  return attributes;
}

/** A `--collector k=v,...` flag as a collector that may run either kind of pipeline. */
export function collectorFromFlag(spec: string): Collector {
  return collectorFromAttributes(parseCollectorFlag(spec));
}

/** Keys that make an item a collector record rather than a bare attribute map (either spelling). */
const RECORD_KEYS = new Set(["local_attributes", "localAttributes", "remote_attributes", "remoteAttributes", "collector_type", "collectorType"]);
const COLLECTOR_TYPES = ["COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"];

/**
 * Every scalar is read as a string (YAML's failsafe schema), so
 * `version: 1.10` stays "1.10" and `enabled: false` is checked by hand.
 */
export function parseCollectorsFile(text: string, path: string): Collector[] {
  return parseCollectorEntries(text, path).map((entry) => ("record" in entry ? collectorFromRecord(entry.record) : collectorFromAttributes(entry.attributes)));
}

/** One item of a collectors file: a collector record, or a bare attribute map. */
export type CollectorEntry = { record: CollectorRecord } | { attributes: Attributes };

/** The items of a collectors file as written (the emulator serves the records as they are). */
export function parseCollectorEntries(text: string, path: string): CollectorEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: "failsafe", lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new CollectorSpecError(`Invalid collectors file ${at(node)}: ${message}`);
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lines.linePos(firstError.pos[0]);
    throw new CollectorSpecError(`Invalid collectors file ${path}:${line}:${col}: ${firstError.message.split("\n")[0]}`);
  }
  let list: Node | null = doc.contents;
  // A saved ListCollectors response, {"collectors": [...]}: every item is a record, even one without attributes.
  let allRecords = false;
  if (isMap(list) && list.items.length === 1 && isScalar(list.items[0].key) && list.items[0].key.value === "collectors") {
    list = list.items[0].value as Node | null;
    allRecords = true;
  }
  if (list === null && text.trim() === "") return [];
  if (!isSeq(list)) return fail(list, "expected a list of attribute maps or collector records");
  return list.items.map((item, index): CollectorEntry => {
    const node = item as Node | null;
    if (!isMap(node)) return fail(node, `item ${index + 1} is not a map of attributes`);
    const entries = node.items.map((pair) => ({ key: String(isScalar(pair.key) ? pair.key.value : ""), keyNode: pair.key as Node, value: pair.value as Node | null }));
    const isRecord = allRecords || entries.some((e) => RECORD_KEYS.has(e.key));
    if (!isRecord) {
      const attributes: Record<string, string> = {};
      for (const e of entries) {
        if (!isScalar(e.value)) fail(e.value ?? e.keyNode, `attribute '${e.key}' of item ${index + 1} is not a single value`);
        attributes[e.key] = String((e.value as { value: unknown }).value);
      }
      return { attributes };
    }
    const record: CollectorRecord = { id: "" };
    const scalar = (e: (typeof entries)[number]): string => {
      if (!isScalar(e.value)) return fail(e.value ?? e.keyNode, `'${e.key}' of item ${index + 1} must be a single value`);
      return String(e.value.value);
    };
    const map = (e: (typeof entries)[number]): Record<string, string> => {
      if (isScalar(e.value) && (e.value.value === "" || e.value.value === "null")) return {};
      if (!isMap(e.value)) return fail(e.value ?? e.keyNode, `'${e.key}' of item ${index + 1} must be a map of attributes`);
      const out: Record<string, string> = {};
      for (const pair of e.value.items) {
        const key = String(isScalar(pair.key) ? pair.key.value : "");
        if (!isScalar(pair.value)) fail((pair.value as Node | null) ?? (pair.key as Node), `attribute '${key}' in '${e.key}' of item ${index + 1} is not a single value`);
        out[key] = String((pair.value as { value: unknown }).value);
      }
      return out;
    };
    let legacyLocal: Record<string, string> | undefined;
    let legacyRemote: Record<string, string> | undefined;
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
          if (value !== "true" && value !== "false") fail(e.value, `'enabled' of item ${index + 1} must be true or false, not '${value}'`);
          record.enabled = value === "true";
          break;
        }
        case "collector_type":
        case "collectorType": {
          const value = scalar(e);
          const byNumber = /^[0-2]$/.test(value) ? COLLECTOR_TYPES[Number(value)] : undefined;
          const known = byNumber ?? (COLLECTOR_TYPES.includes(value) ? value : undefined);
          if (!known) fail(e.value, `'${e.key}' of item ${index + 1} must be one of ${COLLECTOR_TYPES.join(", ")}, not '${value}'`);
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
          // created_at, updated_at, marked_inactive_at: not needed to match.
          break;
      }
    }
    record.localAttributes ??= legacyLocal;
    record.remoteAttributes ??= legacyRemote;
    return { record };
  });
}
