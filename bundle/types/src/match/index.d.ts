import type { Pipeline } from "../repo/types.js";
import { type Collector, type ConfigKind } from "./fleet.js";
export type Attributes = Readonly<Record<string, string>>;
/** What matching needs to know about a pipeline. */
export interface MatchablePipeline {
    name: string;
    /** Undefined is synced as false. */
    enabled: boolean | undefined;
    /** The pipeline's own matchers followed by its target's global matchers, as written. */
    matchers: readonly string[];
    /** Alloy pipelines reach Alloy collectors, OTel pipelines OTel collectors; default alloy. */
    configType?: ConfigKind;
    /** The stack the pipeline is synced to; a collector from a stack's inventory only receives that stack's pipelines. */
    stack?: string;
}
export interface InvalidMatcher {
    pipeline: string;
    matcher: string;
    message: string;
}
export interface CollectorMatch {
    /** The collector's effective attributes (what the matchers see). */
    collector: Attributes;
    /** Present when the collector came from an inventory (`--online`, or a collectors file with records). */
    id?: string;
    name?: string;
    /** Present (false) only for a disabled collector, which receives nothing. */
    enabled?: false;
    /** Enabled pipelines the collector receives. */
    pipelines: string[];
    /** Disabled pipelines whose matchers select the collector. */
    disabled: string[];
}
export interface MatchReport {
    collectors: CollectorMatch[];
    /** Matchers that do not parse: their pipelines reach no collector (the server would reject them). */
    invalid: InvalidMatcher[];
}
export declare function matchablePipeline(pipeline: Pipeline): MatchablePipeline;
/** A collector with the stack whose inventory it came from (undefined: it may receive any stack's pipelines). */
export interface MatchableCollector extends Collector {
    stack?: string;
}
export declare function matchCollectors(collectors: readonly MatchableCollector[], pipelines: readonly MatchablePipeline[]): MatchReport;
