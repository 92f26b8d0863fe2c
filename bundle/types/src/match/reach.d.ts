import { type Collector, type ConfigKind } from "./fleet.js";
/** One bit per collector of the fleet, in fleet order. */
export type Reach = Uint32Array;
export interface ReachablePipeline {
    /** Undefined is synced as false. */
    enabled: boolean | undefined;
    /** Every matcher the pipeline is synced with (its own and its target's global ones). */
    matchers: readonly string[];
    configType: ConfigKind;
}
export declare class FleetReach {
    readonly collectors: readonly Collector[];
    readonly size: number;
    private readonly words;
    private readonly byMatcher;
    private readonly receiving;
    private readonly empty;
    constructor(collectors: readonly Collector[]);
    /** Enabled collectors that run pipelines of this config type. */
    ofType(configType: ConfigKind): Reach;
    /**
     * The collectors that receive the pipeline. A disabled pipeline, one without
     * matchers (Fleet Management deploys it nowhere) and one with a matcher that
     * does not parse (the server rejects it) reach none.
     */
    reach(pipeline: ReachablePipeline): Reach;
    private matcherSet;
    private select;
}
/** One FleetReach per fleet list, so rules that ask about the same stack share the matcher sets. */
export declare function fleetReach(collectors: readonly Collector[]): FleetReach;
export declare function count(set: Reach): number;
/** Positions of the collectors in `a` and not in `b` (`b` undefined: all of `a`). */
export declare function members(a: Reach, b?: Reach): number[];
export declare function union(into: Reach, from: Reach): void;
export declare function intersect(a: Reach, b: Reach): Reach;
