/**
 * collector.v1.CollectorService messages (fleet-api.md §4) in proto3 JSON:
 * `Collector`, the `Collectors` list ListCollectors answers with, and the
 * requests the emulator serves. Read in camelCase or snake_case, like the
 * pipeline messages. The v1 service answers with one list; a `nextPageToken`
 * is followed when a server pages.
 */
import type { CollectorRecord } from "../match/fleet.js";
import { MessageShapeError, checkSpelling, type JsonObject } from "./messages.js";

export const COLLECTOR_SERVICE = "collector.v1.CollectorService";
export const COLLECTOR_TYPES = ["COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"] as const;
export type CollectorTypeName = (typeof COLLECTOR_TYPES)[number];

export interface CollectorMessage extends CollectorRecord {
  collectorType?: CollectorTypeName;
  createdAt?: string;
  updatedAt?: string;
  markedInactiveAt?: string;
}

export interface CollectorsPage {
  collectors: CollectorMessage[];
  /** Set when the server has more collectors to send. */
  nextPageToken?: string;
}

export interface ListCollectorsRequest {
  matchers: string[];
  pageToken?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function read(obj: Record<string, unknown>, camel: string, snake: string): unknown {
  return obj[camel] !== undefined ? obj[camel] : obj[snake];
}

function text(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new MessageShapeError(`${what} must be a string`);
  return value;
}

function attributes(value: unknown, what: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== "string")) throw new MessageShapeError(`${what} must be a map of strings`);
  return { ...(value as Record<string, string>) };
}

/** A type from a newer API reads as unspecified (proto3's forward-compatible default), which counts as Alloy. */
function collectorType(value: unknown): CollectorTypeName | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) return value >= 0 && value < COLLECTOR_TYPES.length ? COLLECTOR_TYPES[value] : COLLECTOR_TYPES[0];
  if (typeof value === "string") return (COLLECTOR_TYPES as readonly string[]).includes(value) ? (value as CollectorTypeName) : COLLECTOR_TYPES[0];
  throw new MessageShapeError("collector.collectorType must be an enum name or number");
}

const COLLECTOR_FIELDS = [
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
  "marked_inactive_at",
];

export function decodeCollector(value: unknown): CollectorMessage {
  if (!isObject(value)) throw new MessageShapeError("collector must be an object");
  checkSpelling(value, COLLECTOR_FIELDS, "collector");
  const id = text(value.id, "collector.id") ?? "";
  const collector: CollectorMessage = { id };
  const name = text(value.name, "collector.name");
  if (name !== undefined) collector.name = name;
  if (value.enabled !== undefined && value.enabled !== null) {
    if (typeof value.enabled !== "boolean") throw new MessageShapeError("collector.enabled must be a boolean");
    collector.enabled = value.enabled;
  }
  const type = collectorType(read(value, "collectorType", "collector_type"));
  if (type !== undefined) collector.collectorType = type;
  // The deprecated `attributes` / `attribute_overrides` are what older collectors still carry.
  const local = attributes(read(value, "localAttributes", "local_attributes"), "collector.localAttributes") ?? attributes(value.attributes, "collector.attributes");
  const remote =
    attributes(read(value, "remoteAttributes", "remote_attributes"), "collector.remoteAttributes") ??
    attributes(read(value, "attributeOverrides", "attribute_overrides"), "collector.attributeOverrides");
  if (local) collector.localAttributes = local;
  if (remote) collector.remoteAttributes = remote;
  for (const [camel, snake] of [
    ["createdAt", "created_at"],
    ["updatedAt", "updated_at"],
    ["markedInactiveAt", "marked_inactive_at"],
  ] as const) {
    const stamp = text(read(value, camel, snake), `collector.${camel}`);
    if (stamp !== undefined) collector[camel] = stamp;
  }
  return collector;
}

export function decodeCollectorsPage(value: unknown): CollectorsPage {
  if (!isObject(value)) throw new MessageShapeError("response must be an object");
  // A mis-cased key would otherwise read as an empty fleet.
  checkSpelling(value, ["collectors", "nextPageToken", "next_page_token"], "ListCollectors response");
  const list = value.collectors;
  if (list === null) throw new MessageShapeError("collectors is null (the API leaves an empty list out; it never sends null)");
  if (list !== undefined && !Array.isArray(list)) throw new MessageShapeError("collectors must be a list");
  const page: CollectorsPage = { collectors: (list ?? []).map(decodeCollector) };
  const token = text(read(value, "nextPageToken", "next_page_token"), "nextPageToken");
  if (token) page.nextPageToken = token;
  return page;
}

export function decodeListCollectorsRequest(value: unknown): ListCollectorsRequest {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  const matchers = value.matchers ?? [];
  if (!Array.isArray(matchers) || matchers.some((m) => typeof m !== "string")) throw new MessageShapeError("matchers must be a list of strings");
  const request: ListCollectorsRequest = { matchers: matchers as string[] };
  const token = text(read(value, "pageToken", "page_token"), "pageToken");
  if (token) request.pageToken = token;
  return request;
}

export function encodeCollector(collector: CollectorMessage): JsonObject {
  const out: JsonObject = { id: collector.id };
  if (collector.name !== undefined) out.name = collector.name;
  if (collector.enabled !== undefined) out.enabled = collector.enabled;
  if (collector.collectorType !== undefined) out.collectorType = collector.collectorType;
  // proto3 JSON leaves empty maps out.
  if (collector.localAttributes && Object.keys(collector.localAttributes).length > 0) out.localAttributes = { ...collector.localAttributes };
  if (collector.remoteAttributes && Object.keys(collector.remoteAttributes).length > 0) out.remoteAttributes = { ...collector.remoteAttributes };
  if (collector.createdAt !== undefined) out.createdAt = collector.createdAt;
  if (collector.updatedAt !== undefined) out.updatedAt = collector.updatedAt;
  if (collector.markedInactiveAt !== undefined) out.markedInactiveAt = collector.markedInactiveAt;
  return out;
}
