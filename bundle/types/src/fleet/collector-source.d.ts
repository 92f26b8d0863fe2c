/**
 * Where plan, match and check get the fleet from: the live inventory
 * (ListCollectors, once per stack per run through the session's cache), a
 * collectors file (the same fleet for every target), or nowhere
 * (`--no-collectors`).
 */
import { type Collector } from "../match/fleet.js";
import { FleetReach } from "../match/reach.js";
import { FleetSetupError } from "./errors.js";
import type { FleetSession, TargetLike } from "./session.js";
export type CollectorSource = {
    kind: "inventory";
    session: FleetSession;
} | {
    kind: "file";
    path: string;
    collectors: readonly Collector[];
} | {
    kind: "none";
};
/** The fleet of one target's stack, or why there is none to show. */
export type Fleet = {
    ok: true;
    reach: FleetReach;
} | {
    ok: false;
    reason: string;
};
export declare class FleetLoader {
    readonly source: CollectorSource;
    private readonly byStack;
    private fileFleet;
    constructor(source: CollectorSource);
    /** Undefined with `--no-collectors`. */
    fleet(target: TargetLike): Promise<Fleet | undefined>;
    /** The plain collectors of a target's stack, for `match`. */
    collectors(target: TargetLike): Promise<readonly Collector[]>;
}
/** No inventory to match against (a token without collector access); the CLI exits 2. */
export declare class FleetUnavailableError extends FleetSetupError {
    constructor(message: string);
}
