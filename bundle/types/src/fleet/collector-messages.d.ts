/**
 * collector.v1.CollectorService messages (fleet-api.md §4) in proto3 JSON:
 * `Collector`, the `Collectors` list ListCollectors answers with, and the
 * requests the emulator serves. Read in camelCase or snake_case, like the
 * pipeline messages. The v1 service answers with one list; a `nextPageToken`
 * is followed when a server pages.
 */
import type { CollectorRecord } from "../match/fleet.js";
import { type JsonObject } from "./messages.js";
export declare const COLLECTOR_SERVICE = "collector.v1.CollectorService";
export declare const COLLECTOR_TYPES: readonly ["COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"];
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
export declare function decodeCollector(value: unknown): CollectorMessage;
export declare function decodeCollectorsPage(value: unknown): CollectorsPage;
export declare function decodeListCollectorsRequest(value: unknown): ListCollectorsRequest;
export declare function encodeCollector(collector: CollectorMessage): JsonObject;
