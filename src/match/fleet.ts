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

export const COLLECTOR_ID_ATTRIBUTE = "collector.ID";

export function effectiveAttributes(record: Pick<CollectorRecord, "id" | "localAttributes" | "remoteAttributes">): Attributes {
  const attributes: Record<string, string> = { ...record.localAttributes };
  for (const [key, value] of Object.entries(record.remoteAttributes ?? {})) {
    // Remote attributes cannot override the service's reserved collector.* keys.
    if (key.startsWith("collector.") && Object.hasOwn(attributes, key)) continue;
    attributes[key] = value;
  }
  if (record.id) attributes[COLLECTOR_ID_ATTRIBUTE] = record.id;
  return attributes;
}

export function collectorKind(collectorType: string | undefined): CollectorKind {
  return collectorType === "COLLECTOR_TYPE_OTEL" || collectorType === "otel" ? "otel" : "alloy";
}

export function collectorFromRecord(record: CollectorRecord): Collector {
  const collector: Collector = {
    attributes: effectiveAttributes(record),
    id: record.id,
    enabled: record.enabled !== false,
    type: collectorKind(record.collectorType),
  };
  if (record.name) collector.name = record.name;
  return collector;
}

/** A bare attribute map, as `--collector k=v` and the original collectors file give it. */
export function collectorFromAttributes(attributes: Attributes): Collector {
  return { attributes, enabled: true };
}

/** Whether a collector of this kind runs pipelines of that config type. */
export function runs(collector: Pick<Collector, "type">, configType: ConfigKind): boolean {
  return collector.type === undefined || collector.type === configType;
}

/** How a collector is named in output: its name and id, its id, else its position. */
export function collectorLabel(collector: Collector, index: number): string {
  if (collector.id && collector.name && collector.name !== collector.id) return `${collector.name} (${collector.id})`;
  return collector.id ?? collector.name ?? `#${index + 1}`;
}

/** The stable key of a collector in impact lists: its id, else its name, else its position. */
export function collectorKey(collector: Collector, index: number): string {
  return collector.id ?? collector.name ?? `#${index + 1}`;
}
