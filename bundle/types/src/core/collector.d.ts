/**
 * A collector as the rules and the fleet stage see it. Plain data, so the
 * engine's rule contract can carry the inventory without importing the
 * matching code (src/match builds these; see src/match/fleet.ts).
 */
/** `COLLECTOR_TYPE_UNSPECIFIED` is treated as Alloy, the only type before OTel collectors existed. */
export type CollectorKind = "alloy" | "otel";
export interface Collector {
    /** Attributes the matchers see. */
    attributes: Readonly<Record<string, string>>;
    id?: string;
    name?: string;
    /** Disabled collectors receive nothing. */
    enabled: boolean;
    /** Undefined for a bare attribute map (`--collector k=v`): it may run either kind of pipeline. */
    type?: CollectorKind;
}
