import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/fleet/messages.js
var CONFIG_TYPES = ["CONFIG_TYPE_UNSPECIFIED", "CONFIG_TYPE_ALLOY", "CONFIG_TYPE_OTEL"];
var SOURCE_TYPES = ["SOURCE_TYPE_UNSPECIFIED", "SOURCE_TYPE_GIT", "SOURCE_TYPE_TERRAFORM", "SOURCE_TYPE_GRAFANA"];
var PIPELINE_SERVICE = "pipeline.v1.PipelineService";
var TENANT_SERVICE = "tenant.v1.TenantService";
var MessageShapeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MessageShapeError";
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(obj, camel, snake) {
  if (obj[camel] !== void 0)
    return obj[camel];
  return snake === void 0 ? void 0 : obj[snake];
}
var fold = (key) => key.toLowerCase().replace(/_/g, "");
function checkSpelling(obj, known, what) {
  const folded = new Map(known.map((k) => [fold(k), k]));
  for (const key of Object.keys(obj)) {
    if (known.includes(key))
      continue;
    const meant = folded.get(fold(key));
    if (meant !== void 0)
      throw new MessageShapeError(`${what} has a field spelled '${key}' where the API sends '${meant}'`);
  }
}
function optionalString(value, what) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value !== "string")
    throw new MessageShapeError(`${what} must be a string`);
  return value;
}
function stringList(value, what) {
  if (value === void 0 || value === null)
    return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new MessageShapeError(`${what} must be a list of strings`);
  }
  return value;
}
function stringMap(value, what) {
  if (value === void 0 || value === null)
    return void 0;
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== "string")) {
    throw new MessageShapeError(`${what} must be a map of strings`);
  }
  return value;
}
function optionalBool(value, what) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value !== "boolean")
    throw new MessageShapeError(`${what} must be a boolean`);
  return value;
}
function enumValue(values, value, what, mode) {
  if (value === void 0 || value === null)
    return void 0;
  if (typeof value === "number" && Number.isInteger(value)) {
    if (value >= 0 && value < values.length)
      return values[value];
    if (mode === "response")
      return values[0];
  }
  if (typeof value === "string") {
    if (values.includes(value))
      return value;
    if (mode === "response")
      return values[0];
  }
  if (mode === "response" && typeof value !== "number")
    throw new MessageShapeError(`${what} must be an enum name or number`);
  throw new MessageShapeError(`${what} must be one of ${values.join(", ")}`);
}
function decodeSource(value, mode = "response") {
  if (value === void 0 || value === null)
    return void 0;
  if (!isObject(value))
    throw new MessageShapeError("source must be an object");
  if (mode === "response")
    checkSpelling(value, ["type", "namespace"], "source");
  return {
    type: enumValue(SOURCE_TYPES, value.type, "source.type", mode) ?? "SOURCE_TYPE_UNSPECIFIED",
    namespace: optionalString(value.namespace, "source.namespace") ?? ""
  };
}
var PIPELINE_FIELDS = ["name", "contents", "matchers", "createdAt", "created_at", "updatedAt", "updated_at", "enabled", "id", "metadata", "source", "configType", "config_type"];
function decodePipeline(value, mode = "response") {
  if (!isObject(value))
    throw new MessageShapeError("pipeline must be an object");
  if (mode === "response")
    checkSpelling(value, PIPELINE_FIELDS, "pipeline");
  const pipeline = {
    name: optionalString(value.name, "pipeline.name") ?? "",
    contents: optionalString(value.contents, "pipeline.contents") ?? "",
    matchers: stringList(value.matchers, "pipeline.matchers")
  };
  const createdAt = optionalString(field(value, "createdAt", "created_at"), "pipeline.createdAt");
  const updatedAt = optionalString(field(value, "updatedAt", "updated_at"), "pipeline.updatedAt");
  const enabled = optionalBool(value.enabled, "pipeline.enabled");
  const id = optionalString(value.id, "pipeline.id");
  const metadata = field(value, "metadata");
  const source = decodeSource(value.source, mode);
  const configType = enumValue(CONFIG_TYPES, field(value, "configType", "config_type"), "pipeline.configType", mode);
  if (createdAt !== void 0)
    pipeline.createdAt = createdAt;
  if (updatedAt !== void 0)
    pipeline.updatedAt = updatedAt;
  if (enabled !== void 0)
    pipeline.enabled = enabled;
  if (id !== void 0)
    pipeline.id = id;
  if (metadata !== void 0 && metadata !== null) {
    if (!isObject(metadata))
      throw new MessageShapeError("pipeline.metadata must be an object");
    pipeline.metadata = metadata;
  }
  if (source !== void 0)
    pipeline.source = source;
  if (configType !== void 0)
    pipeline.configType = configType;
  return pipeline;
}
function listedPipeline(value, index) {
  const pipeline = decodePipeline(value, "response");
  if (pipeline.name === "")
    throw new MessageShapeError(`pipelines[${index}] has no name`);
  return pipeline;
}
function decodePipelines(value) {
  if (!isObject(value))
    throw new MessageShapeError("response must be an object");
  checkSpelling(value, ["pipelines", "nextPageToken", "next_page_token"], "response");
  const list = value.pipelines;
  if (list === null)
    throw new MessageShapeError("pipelines is null (the API leaves an empty list out; it never sends null)");
  const message = { pipelines: [] };
  if (list !== void 0) {
    if (!Array.isArray(list))
      throw new MessageShapeError("pipelines must be a list");
    message.pipelines = list.map(listedPipeline);
  }
  const next = optionalString(field(value, "nextPageToken", "next_page_token"), "nextPageToken");
  if (next)
    message.nextPageToken = next;
  return message;
}
function decodeWriteRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  const request = { pipeline: decodePipeline(value.pipeline ?? {}, "request") };
  const validateOnly = optionalBool(field(value, "validateOnly", "validate_only"), "validateOnly");
  if (validateOnly !== void 0)
    request.validateOnly = validateOnly;
  return request;
}
function decodeListRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  const request = {};
  const local = stringMap(field(value, "localAttributes", "local_attributes"), "localAttributes");
  const remote = stringMap(field(value, "remoteAttributes", "remote_attributes"), "remoteAttributes");
  const configType = enumValue(CONFIG_TYPES, field(value, "configType", "config_type"), "configType", "request");
  const enabled = optionalBool(value.enabled, "enabled");
  const pageToken = optionalString(field(value, "pageToken", "page_token"), "pageToken");
  if (local)
    request.localAttributes = local;
  if (remote)
    request.remoteAttributes = remote;
  if (configType !== void 0)
    request.configType = configType;
  if (enabled !== void 0)
    request.enabled = enabled;
  if (pageToken)
    request.pageToken = pageToken;
  return request;
}
function decodeSyncRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  const source = decodeSource(value.source, "request");
  if (!source)
    throw new MessageShapeError("source is required");
  const list = value.pipelines ?? [];
  if (!Array.isArray(list))
    throw new MessageShapeError("pipelines must be a list");
  return { source, pipelines: list.map((p) => decodePipeline(p, "request")) };
}
function decodeIdRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  return { id: optionalString(value.id, "id") ?? "" };
}
function decodeNameRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  return { name: optionalString(value.name, "name") ?? "" };
}
function decodeBulkDeleteRequest(value) {
  if (!isObject(value))
    throw new MessageShapeError("request must be an object");
  return { ids: stringList(value.ids, "ids") };
}
function decodeIdResponse(value) {
  if (!isObject(value))
    throw new MessageShapeError("response must be an object");
  checkSpelling(value, ["id"], "response");
  const id = optionalString(value.id, "id");
  if (!id)
    throw new MessageShapeError("response has no id");
  return id;
}
function decodeLimits(value) {
  if (!isObject(value))
    throw new MessageShapeError("response must be an object");
  const limits = {};
  const read = (camel, snake) => {
    const raw = field(value, camel, snake);
    const n = typeof raw === "string" ? Number(raw) : raw;
    return typeof n === "number" && Number.isFinite(n) ? n : void 0;
  };
  const collectors = read("collectors", "collectors");
  const pipelines = read("pipelines", "pipelines");
  const rpsCollector = read("requestsPerSecondCollector", "requests_per_second_collector");
  const rpsApi = read("requestsPerSecondApi", "requests_per_second_api");
  if (collectors !== void 0)
    limits.collectors = collectors;
  if (pipelines !== void 0)
    limits.pipelines = pipelines;
  if (rpsCollector !== void 0)
    limits.requestsPerSecondCollector = rpsCollector;
  if (rpsApi !== void 0)
    limits.requestsPerSecondApi = rpsApi;
  return limits;
}
function encodePipeline(pipeline) {
  const out = { name: pipeline.name, contents: pipeline.contents, matchers: [...pipeline.matchers] };
  if (pipeline.createdAt !== void 0)
    out.createdAt = pipeline.createdAt;
  if (pipeline.updatedAt !== void 0)
    out.updatedAt = pipeline.updatedAt;
  if (pipeline.enabled !== void 0)
    out.enabled = pipeline.enabled;
  if (pipeline.id !== void 0)
    out.id = pipeline.id;
  if (pipeline.metadata !== void 0)
    out.metadata = pipeline.metadata;
  if (pipeline.source !== void 0)
    out.source = { type: pipeline.source.type, namespace: pipeline.source.namespace };
  if (pipeline.configType !== void 0)
    out.configType = pipeline.configType;
  return out;
}
function describeSource(source) {
  const type = source?.type ?? "SOURCE_TYPE_UNSPECIFIED";
  return source?.namespace ? `${type}:${source.namespace}` : type;
}

export {
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  MessageShapeError,
  decodePipeline,
  decodePipelines,
  decodeWriteRequest,
  decodeListRequest,
  decodeSyncRequest,
  decodeIdRequest,
  decodeNameRequest,
  decodeBulkDeleteRequest,
  decodeIdResponse,
  decodeLimits,
  encodePipeline,
  describeSource
};
