/**
 * The Fleet Management API messages (fleet-api.md §2.2, proto v1.3.0) in their
 * proto3 JSON form: lowerCamelCase field names, enums as value names,
 * timestamps as RFC 3339 strings. We always send camelCase; when reading we
 * accept the proto (snake_case) names too, because which one the server emits
 * for every message is not confirmed (fleet-api.md §14.8).
 */
export declare const CONFIG_TYPES: readonly ["CONFIG_TYPE_UNSPECIFIED", "CONFIG_TYPE_ALLOY", "CONFIG_TYPE_OTEL"];
export type ConfigTypeName = (typeof CONFIG_TYPES)[number];
export declare const SOURCE_TYPES: readonly ["SOURCE_TYPE_UNSPECIFIED", "SOURCE_TYPE_GIT", "SOURCE_TYPE_TERRAFORM", "SOURCE_TYPE_GRAFANA"];
export type SourceTypeName = (typeof SOURCE_TYPES)[number];
export interface PipelineSource {
    type: SourceTypeName;
    namespace: string;
}
export type JsonValue = string | number | boolean | null | JsonValue[] | {
    [key: string]: JsonValue;
};
export type JsonObject = {
    [key: string]: JsonValue;
};
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
export declare const PIPELINE_SERVICE = "pipeline.v1.PipelineService";
export declare const TENANT_SERVICE = "tenant.v1.TenantService";
export declare const PIPELINE_METHODS: readonly ["ListPipelines", "GetPipeline", "GetPipelineID", "CreatePipeline", "UpdatePipeline", "UpsertPipeline", "DeletePipeline", "BulkDeletePipelines", "SyncPipelines"];
export type PipelineMethod = (typeof PIPELINE_METHODS)[number];
export type DecodeMode = "response" | "request";
/** Thrown when a JSON body does not have the shape a message needs. */
export declare class MessageShapeError extends Error {
    constructor(message: string);
}
/**
 * Unknown keys are fine (a newer API); a known field in another spelling
 * (`Pipelines`, `PIPELINES`) is not: it means something between us and the
 * API rewrote the body, and ignoring it would read as "no pipelines".
 */
export declare function checkSpelling(obj: Record<string, unknown>, known: readonly string[], what: string): void;
export declare function decodeSource(value: unknown, mode?: DecodeMode): PipelineSource | undefined;
export declare function decodePipeline(value: unknown, mode?: DecodeMode): PipelineMessage;
/** One page of ListPipelines. proto3 JSON leaves out an empty list, so `{}` is an empty page. */
export declare function decodePipelines(value: unknown): PipelinesMessage;
export declare function decodeWriteRequest(value: unknown): WritePipelineRequest;
export declare function decodeListRequest(value: unknown): ListPipelinesRequest;
export declare function decodeSyncRequest(value: unknown): SyncPipelinesRequest;
export declare function decodeIdRequest(value: unknown): {
    id: string;
};
export declare function decodeNameRequest(value: unknown): {
    name: string;
};
export declare function decodeBulkDeleteRequest(value: unknown): BulkDeletePipelinesRequest;
/** GetPipelineID's answer: the id is the whole point of the call, so it must be there. */
export declare function decodeIdResponse(value: unknown): string;
export declare function decodeLimits(value: unknown): LimitsMessage;
/** The pipeline as we send it: camelCase, unset optional fields left out. */
export declare function encodePipeline(pipeline: PipelineMessage): JsonObject;
/** Source of a pipeline as one readable token: `SOURCE_TYPE_GIT:repo`, `SOURCE_TYPE_UNSPECIFIED`. */
export declare function describeSource(source: PipelineSource | undefined): string;
