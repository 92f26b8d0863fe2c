import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  MessageShapeError,
  checkSpelling
} from "./chunk-NIL3DZS3.js";

// dist/src/fleet/collector-messages.js
var COLLECTOR_SERVICE = "collector.v1.CollectorService";
var COLLECTOR_TYPES = ["COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"];
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function read(obj, camel, snake) {
  return obj[camel] !== void 0 ? obj[camel] : obj[snake];
}
function text(value, what) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value !== "string")
    throw new MessageShapeError(`${what} must be a string`);
  return value;
}
function attributes(value, what) {
  if (value === void 0 || value === null)
    return void 0;
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== "string"))
    throw new MessageShapeError(`${what} must be a map of strings`);
  return { ...value };
}
function collectorType(value) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value === "number" && Number.isInteger(value))
    return value >= 0 && value < COLLECTOR_TYPES.length ? COLLECTOR_TYPES[value] : COLLECTOR_TYPES[0];
  if (typeof value === "string")
    return COLLECTOR_TYPES.includes(value) ? value : COLLECTOR_TYPES[0];
  throw new MessageShapeError("collector.collectorType must be an enum name or number");
}
var COLLECTOR_FIELDS = [
  "id",
  "name",
  "enabled",
  "collectorType",
  "collector_type",
  "localAttributes",
  "local_attributes",
  "remoteAttributes",
  "remote_attributes",
  "attributes",
  "attributeOverrides",
  "attribute_overrides",
  "createdAt",
  "created_at",
  "updatedAt",
  "updated_at",
  "markedInactiveAt",
  "marked_inactive_at"
];
function decodeCollector(value) {
  if (!isObject(value))
    throw new MessageShapeError("collector must be an object");
  checkSpelling(value, COLLECTOR_FIELDS, "collector");
  const id = text(value.id, "collector.id") ?? "";
  const collector = { id };
  const name = text(value.name, "collector.name");
  if (name !== void 0)
    collector.name = name;
  if (value.enabled !== void 0 && value.enabled !== null) {
    if (typeof value.enabled !== "boolean")
      throw new MessageShapeError("collector.enabled must be a boolean");
    collector.enabled = value.enabled;
  }
  const type = collectorType(read(value, "collectorType", "collector_type"));
  if (type !== void 0)
    collector.collectorType = type;
  const local = attributes(read(value, "localAttributes", "local_attributes"), "collector.localAttributes") ?? attributes(value.attributes, "collector.attributes");
  const remote = attributes(read(value, "remoteAttributes", "remote_attributes"), "collector.remoteAttributes") ?? attributes(read(value, "attributeOverrides", "attribute_overrides"), "collector.attributeOverrides");
  if (local)
    collector.localAttributes = local;
  if (remote)
    collector.remoteAttributes = remote;
  for (const [camel, snake] of [
    ["createdAt", "created_at"],
    ["updatedAt", "updated_at"],
    ["markedInactiveAt", "marked_inactive_at"]
  ]) {
    const stamp = text(read(value, camel, snake), `collector.${camel}`);
    if (stamp !== void 0)
      collector[camel] = stamp;
  }
  return collector;
}
function decodeCollectorsPage(value) {
  if (!isObject(value))
    throw new MessageShapeError("response must be an object");
  checkSpelling(value, ["collectors", "nextPageToken", "next_page_token"], "ListCollectors response");
  const list = value.collectors;
  if (list === null)
    throw new MessageShapeError("collectors is null (the API leaves an empty list out; it never sends null)");
  if (list !== void 0 && !Array.isArray(list))
    throw new MessageShapeError("collectors must be a list");
  const page = { collectors: (list ?? []).map(decodeCollector) };
  const token = text(read(value, "nextPageToken", "next_page_token"), "nextPageToken");
  if (token)
    page.nextPageToken = token;
  return page;
}
function decodeListCollectorsRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  const matchers = value.matchers ?? [];
  if (!Array.isArray(matchers) || matchers.some((m) => typeof m !== "string"))
    throw new MessageShapeError("matchers must be a list of strings");
  const request = { matchers };
  const token = text(read(value, "pageToken", "page_token"), "pageToken");
  if (token)
    request.pageToken = token;
  return request;
}
function encodeCollector(collector) {
  const out = { id: collector.id };
  if (collector.name !== void 0)
    out.name = collector.name;
  if (collector.enabled !== void 0)
    out.enabled = collector.enabled;
  if (collector.collectorType !== void 0)
    out.collectorType = collector.collectorType;
  if (collector.localAttributes && Object.keys(collector.localAttributes).length > 0)
    out.localAttributes = { ...collector.localAttributes };
  if (collector.remoteAttributes && Object.keys(collector.remoteAttributes).length > 0)
    out.remoteAttributes = { ...collector.remoteAttributes };
  if (collector.createdAt !== void 0)
    out.createdAt = collector.createdAt;
  if (collector.updatedAt !== void 0)
    out.updatedAt = collector.updatedAt;
  if (collector.markedInactiveAt !== void 0)
    out.markedInactiveAt = collector.markedInactiveAt;
  return out;
}

export {
  COLLECTOR_SERVICE,
  COLLECTOR_TYPES,
  decodeCollector,
  decodeCollectorsPage,
  decodeListCollectorsRequest,
  encodeCollector
};
