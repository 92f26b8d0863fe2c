/**
 * The Fleet Management API messages (fleet-api.md §2.2, proto v1.3.0) in their
 * proto3 JSON form: lowerCamelCase field names, enums as value names,
 * timestamps as RFC 3339 strings. We always send camelCase; when reading we
 * accept the proto (snake_case) names too, because which one the server emits
 * for every message is not confirmed (fleet-api.md §14.8).
 */

export const CONFIG_TYPES = ["CONFIG_TYPE_UNSPECIFIED", "CONFIG_TYPE_ALLOY", "CONFIG_TYPE_OTEL"] as const;
export type ConfigTypeName = (typeof CONFIG_TYPES)[number];

export const SOURCE_TYPES = ["SOURCE_TYPE_UNSPECIFIED", "SOURCE_TYPE_GIT", "SOURCE_TYPE_TERRAFORM", "SOURCE_TYPE_GRAFANA"] as const;
export type SourceTypeName = (typeof SOURCE_TYPES)[number];

export interface PipelineSource {
  type: SourceTypeName;
  namespace: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** `Pipeline`: every field of the current proto. */
export interface PipelineMessage {
  name: string;
  contents: string;
  matchers: string[];
  createdAt?: string;
  updatedAt?: string;
  /** Explicit presence: sync always sends it. */
  enabled?: boolean;
  id?: string;
  /** google.protobuf.Struct: any JSON object. */
  metadata?: JsonObject;
  source?: PipelineSource;
  configType?: ConfigTypeName;
}

export interface ListPipelinesRequest {
  localAttributes?: Record<string, string>;
  remoteAttributes?: Record<string, string>;
  configType?: ConfigTypeName;
  enabled?: boolean;
  /** The next page of a paged listing. */
  pageToken?: string;
}

export interface PipelinesMessage {
  pipelines: PipelineMessage[];
  /** Set when the server pages the listing: ask again with it as `pageToken`. */
  nextPageToken?: string;
}

export interface GetPipelineRequest {
  id: string;
}

export interface GetPipelineIDRequest {
  name: string;
}

export interface GetPipelineIDResponse {
  id: string;
}

/** CreatePipelineRequest, UpdatePipelineRequest and UpsertPipelineRequest share this shape. */
export interface WritePipelineRequest {
  pipeline: PipelineMessage;
  validateOnly?: boolean;
}

export interface DeletePipelineRequest {
  id: string;
}

export interface BulkDeletePipelinesRequest {
  ids: string[];
}

export interface SyncPipelinesRequest {
  source: PipelineSource;
  pipelines: PipelineMessage[];
}

/** tenant.v1 GetLimits; field spelling from gcx (fleet-api.md §1.4). */
export interface LimitsMessage {
  collectors?: number;
  pipelines?: number;
  requestsPerSecondCollector?: number;
  requestsPerSecondApi?: number;
}

/** The procedures fleetlint calls (and the emulator serves). */
export const PIPELINE_SERVICE = "pipeline.v1.PipelineService";
export const TENANT_SERVICE = "tenant.v1.TenantService";
export const PIPELINE_METHODS = [
  "ListPipelines",
  "GetPipeline",
  "GetPipelineID",
  "CreatePipeline",
  "UpdatePipeline",
  "UpsertPipeline",
  "DeletePipeline",
  "BulkDeletePipelines",
  "SyncPipelines",
] as const;
export type PipelineMethod = (typeof PIPELINE_METHODS)[number];

// ---- decoding ----
//
// Responses are decoded forward-compatibly but strictly (issue #11): unknown
// fields are ignored and unknown enum names or numbers become UNSPECIFIED, as
// an official Connect client does; but a field of the wrong type, a known
// field spelled in another case, or a null where the API sends a list is a
// protocol error, because a proxy or a broken server that answers that way
// must not look like an empty stack. Requests (the emulator's side) are
// decoded as a protojson server would: unknown fields ignored, unknown enum
// spellings rejected.

export type DecodeMode = "response" | "request";

/** Thrown when a JSON body does not have the shape a message needs. */
export class MessageShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MessageShapeError";
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `camel` or its proto name `snake` (proto3 JSON parsers accept both). */
function field(obj: Record<string, unknown>, camel: string, snake?: string): unknown {
  if (obj[camel] !== undefined) return obj[camel];
  return snake === undefined ? undefined : obj[snake];
}

const fold = (key: string): string => key.toLowerCase().replace(/_/g, "");

/**
 * Unknown keys are fine (a newer API); a known field in another spelling
 * (`Pipelines`, `PIPELINES`) is not: it means something between us and the
 * API rewrote the body, and ignoring it would read as "no pipelines".
 */
function checkSpelling(obj: Record<string, unknown>, known: readonly string[], what: string): void {
  const folded = new Map(known.map((k) => [fold(k), k]));
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const meant = folded.get(fold(key));
    if (meant !== undefined) throw new MessageShapeError(`${what} has a field spelled '${key}' where the API sends '${meant}'`);
  }
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new MessageShapeError(`${what} must be a string`);
  return value;
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new MessageShapeError(`${what} must be a list of strings`);
  }
  return value as string[];
}

function stringMap(value: unknown, what: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== "string")) {
    throw new MessageShapeError(`${what} must be a map of strings`);
  }
  return value as Record<string, string>;
}

function optionalBool(value: unknown, what: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw new MessageShapeError(`${what} must be a boolean`);
  return value;
}

/**
 * proto3 JSON enums: the value name or its number. In a response an unknown
 * name or number (a value added after this release) is UNSPECIFIED, the
 * first value; in a request it is rejected, as protojson does.
 */
function enumValue<T extends string>(values: readonly T[], value: unknown, what: string, mode: DecodeMode): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) {
    if (value >= 0 && value < values.length) return values[value];
    if (mode === "response") return values[0];
  }
  if (typeof value === "string") {
    if ((values as readonly string[]).includes(value)) return value as T;
    if (mode === "response") return values[0];
  }
  if (mode === "response" && typeof value !== "number") throw new MessageShapeError(`${what} must be an enum name or number`);
  throw new MessageShapeError(`${what} must be one of ${values.join(", ")}`);
}

export function decodeSource(value: unknown, mode: DecodeMode = "response"): PipelineSource | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new MessageShapeError("source must be an object");
  if (mode === "response") checkSpelling(value, ["type", "namespace"], "source");
  return {
    type: enumValue(SOURCE_TYPES, value.type, "source.type", mode) ?? "SOURCE_TYPE_UNSPECIFIED",
    namespace: optionalString(value.namespace, "source.namespace") ?? "",
  };
}

const PIPELINE_FIELDS = ["name", "contents", "matchers", "createdAt", "created_at", "updatedAt", "updated_at", "enabled", "id", "metadata", "source", "configType", "config_type"];

export function decodePipeline(value: unknown, mode: DecodeMode = "response"): PipelineMessage {
  if (!isObject(value)) throw new MessageShapeError("pipeline must be an object");
  if (mode === "response") checkSpelling(value, PIPELINE_FIELDS, "pipeline");
  const pipeline: PipelineMessage = {
    name: optionalString(value.name, "pipeline.name") ?? "",
    contents: optionalString(value.contents, "pipeline.contents") ?? "",
    matchers: stringList(value.matchers, "pipeline.matchers"),
  };
  const createdAt = optionalString(field(value, "createdAt", "created_at"), "pipeline.createdAt");
  const updatedAt = optionalString(field(value, "updatedAt", "updated_at"), "pipeline.updatedAt");
  const enabled = optionalBool(value.enabled, "pipeline.enabled");
  const id = optionalString(value.id, "pipeline.id");
  const metadata = field(value, "metadata");
  const source = decodeSource(value.source, mode);
  const configType = enumValue(CONFIG_TYPES, field(value, "configType", "config_type"), "pipeline.configType", mode);
  if (createdAt !== undefined) pipeline.createdAt = createdAt;
  if (updatedAt !== undefined) pipeline.updatedAt = updatedAt;
  if (enabled !== undefined) pipeline.enabled = enabled;
  if (id !== undefined) pipeline.id = id;
  if (metadata !== undefined && metadata !== null) {
    if (!isObject(metadata)) throw new MessageShapeError("pipeline.metadata must be an object");
    pipeline.metadata = metadata as JsonObject;
  }
  if (source !== undefined) pipeline.source = source;
  if (configType !== undefined) pipeline.configType = configType;
  return pipeline;
}

/** A pipeline as a response must carry it: with its name (the key of everything fleetlint does). */
function listedPipeline(value: unknown, index: number): PipelineMessage {
  const pipeline = decodePipeline(value, "response");
  if (pipeline.name === "") throw new MessageShapeError(`pipelines[${index}] has no name`);
  return pipeline;
}

/** One page of ListPipelines. proto3 JSON leaves out an empty list, so `{}` is an empty page. */
export function decodePipelines(value: unknown): PipelinesMessage {
  if (!isObject(value)) throw new MessageShapeError("response must be an object");
  checkSpelling(value, ["pipelines", "nextPageToken", "next_page_token"], "response");
  const list = value.pipelines;
  if (list === null) throw new MessageShapeError("pipelines is null (the API leaves an empty list out; it never sends null)");
  const message: PipelinesMessage = { pipelines: [] };
  if (list !== undefined) {
    if (!Array.isArray(list)) throw new MessageShapeError("pipelines must be a list");
    message.pipelines = list.map(listedPipeline);
  }
  const next = optionalString(field(value, "nextPageToken", "next_page_token"), "nextPageToken");
  if (next) message.nextPageToken = next;
  return message;
}

export function decodeWriteRequest(value: unknown): WritePipelineRequest {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  const request: WritePipelineRequest = { pipeline: decodePipeline(value.pipeline ?? {}, "request") };
  const validateOnly = optionalBool(field(value, "validateOnly", "validate_only"), "validateOnly");
  if (validateOnly !== undefined) request.validateOnly = validateOnly;
  return request;
}

export function decodeListRequest(value: unknown): ListPipelinesRequest {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  const request: ListPipelinesRequest = {};
  const local = stringMap(field(value, "localAttributes", "local_attributes"), "localAttributes");
  const remote = stringMap(field(value, "remoteAttributes", "remote_attributes"), "remoteAttributes");
  const configType = enumValue(CONFIG_TYPES, field(value, "configType", "config_type"), "configType", "request");
  const enabled = optionalBool(value.enabled, "enabled");
  const pageToken = optionalString(field(value, "pageToken", "page_token"), "pageToken");
  if (local) request.localAttributes = local;
  if (remote) request.remoteAttributes = remote;
  if (configType !== undefined) request.configType = configType;
  if (enabled !== undefined) request.enabled = enabled;
  if (pageToken) request.pageToken = pageToken;
  return request;
}

export function decodeSyncRequest(value: unknown): SyncPipelinesRequest {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  const source = decodeSource(value.source, "request");
  if (!source) throw new MessageShapeError("source is required");
  const list = value.pipelines ?? [];
  if (!Array.isArray(list)) throw new MessageShapeError("pipelines must be a list");
  return { source, pipelines: list.map((p) => decodePipeline(p, "request")) };
}

export function decodeIdRequest(value: unknown): { id: string } {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  return { id: optionalString(value.id, "id") ?? "" };
}

export function decodeNameRequest(value: unknown): { name: string } {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  return { name: optionalString(value.name, "name") ?? "" };
}

export function decodeBulkDeleteRequest(value: unknown): BulkDeletePipelinesRequest {
  if (!isObject(value)) throw new MessageShapeError("request must be an object");
  return { ids: stringList(value.ids, "ids") };
}

/** GetPipelineID's answer: the id is the whole point of the call, so it must be there. */
export function decodeIdResponse(value: unknown): string {
  if (!isObject(value)) throw new MessageShapeError("response must be an object");
  checkSpelling(value, ["id"], "response");
  const id = optionalString(value.id, "id");
  if (!id) throw new MessageShapeError("response has no id");
  return id;
}

export function decodeLimits(value: unknown): LimitsMessage {
  if (!isObject(value)) throw new MessageShapeError("response must be an object");
  const limits: LimitsMessage = {};
  const read = (camel: string, snake: string): number | undefined => {
    const raw = field(value, camel, snake);
    // int64 fields arrive as JSON strings in proto3 JSON.
    const n = typeof raw === "string" ? Number(raw) : raw;
    return typeof n === "number" && Number.isFinite(n) ? n : undefined;
  };
  const collectors = read("collectors", "collectors");
  const pipelines = read("pipelines", "pipelines");
  const rpsCollector = read("requestsPerSecondCollector", "requests_per_second_collector");
  const rpsApi = read("requestsPerSecondApi", "requests_per_second_api");
  if (collectors !== undefined) limits.collectors = collectors;
  if (pipelines !== undefined) limits.pipelines = pipelines;
  if (rpsCollector !== undefined) limits.requestsPerSecondCollector = rpsCollector;
  if (rpsApi !== undefined) limits.requestsPerSecondApi = rpsApi;
  return limits;
}

/** The pipeline as we send it: camelCase, unset optional fields left out. */
export function encodePipeline(pipeline: PipelineMessage): JsonObject {
  const out: JsonObject = { name: pipeline.name, contents: pipeline.contents, matchers: [...pipeline.matchers] };
  if (pipeline.createdAt !== undefined) out.createdAt = pipeline.createdAt;
  if (pipeline.updatedAt !== undefined) out.updatedAt = pipeline.updatedAt;
  if (pipeline.enabled !== undefined) out.enabled = pipeline.enabled;
  if (pipeline.id !== undefined) out.id = pipeline.id;
  if (pipeline.metadata !== undefined) out.metadata = pipeline.metadata;
  if (pipeline.source !== undefined) out.source = { type: pipeline.source.type, namespace: pipeline.source.namespace };
  if (pipeline.configType !== undefined) out.configType = pipeline.configType;
  return out;
}

/** Source of a pipeline as one readable token: `SOURCE_TYPE_GIT:repo`, `SOURCE_TYPE_UNSPECIFIED`. */
export function describeSource(source: PipelineSource | undefined): string {
  const type = source?.type ?? "SOURCE_TYPE_UNSPECIFIED";
  return source?.namespace ? `${type}:${source.namespace}` : type;
}
