/**
 * Collectors as Fleet Management sees them when it composes a configuration
 * (fleet-api.md §4): effective attributes are the local ones overridden by
 * the remote ones, except that `collector.*` keys stay the service's, plus
 * `collector.ID`. A disabled collector receives an empty configuration, and a
 * pipeline reaches only collectors of its own config type.
 */
import type { Collector, CollectorKind } from "../core/collector.js";
import type { Attributes } from "./index.js";
export type { Collector, CollectorKind } from "../core/collector.js";
export type ConfigKind = "alloy" | "otel";
/** A collector as ListCollectors returns it (field names of the proto3 JSON form). */
export interface CollectorRecord {
    id: string;
    name?: string;
    /** Absent means enabled: the service only disables on request. */
    enabled?: boolean;
    collectorType?: string;
    localAttributes?: Readonly<Record<string, string>>;
    remoteAttributes?: Readonly<Record<string, string>>;
}
export declare const COLLECTOR_ID_ATTRIBUTE = "collector.ID";
export declare function effectiveAttributes(record: Pick<CollectorRecord, "id" | "localAttributes" | "remoteAttributes">): Attributes;
export declare function collectorKind(collectorType: string | undefined): CollectorKind;
export declare function collectorFromRecord(record: CollectorRecord): Collector;
/** A bare attribute map, as `--collector k=v` and the original collectors file give it. */
export declare function collectorFromAttributes(attributes: Attributes): Collector;
/** Whether a collector of this kind runs pipelines of that config type. */
export declare function runs(collector: Pick<Collector, "type">, configType: ConfigKind): boolean;
/** How a collector is named in output: its name and id, its id, else its position. */
export declare function collectorLabel(collector: Collector, index: number): string;
/** The stable key of a collector in impact lists: its id, else its name, else its position. */
export declare function collectorKey(collector: Collector, index: number): string;
