/**
 * Where plan, match and check get the fleet from: the live inventory
 * (ListCollectors, once per stack per run through the session's cache), a
 * collectors file (the same fleet for every target), or nowhere
 * (`--no-collectors`).
 */
import { collectorFromRecord, type Collector } from "../match/fleet.js";
import { FleetReach } from "../match/reach.js";
import { FleetApiError, FleetSetupError } from "./errors.js";
import type { FleetSession, TargetLike } from "./session.js";

export type CollectorSource = { kind: "inventory"; session: FleetSession } | { kind: "file"; path: string; collectors: readonly Collector[] } | { kind: "none" };

/** The fleet of one target's stack, or why there is none to show. */
export type Fleet = { ok: true; reach: FleetReach } | { ok: false; reason: string };

export class FleetLoader {
  private readonly byStack = new Map<string, Promise<Fleet>>();
  private fileFleet: FleetReach | undefined;

  constructor(readonly source: CollectorSource) {}

  /** Undefined with `--no-collectors`. */
  async fleet(target: TargetLike): Promise<Fleet | undefined> {
    const source = this.source;
    if (source.kind === "none") return undefined;
    if (source.kind === "file") {
      this.fileFleet ??= new FleetReach(source.collectors);
      return { ok: true, reach: this.fileFleet };
    }
    const key = `${target.stack}\u0000${target.url ?? ""}`;
    let pending = this.byStack.get(key);
    if (!pending) {
      pending = source.session.collectors(target).then(
        (records): Fleet => ({ ok: true, reach: new FleetReach(records.map(collectorFromRecord)) }),
        (error: unknown): Fleet => {
          // A token without collector read access still plans; the plan says why it has no blast radius.
          if (error instanceof FleetApiError && (error.code === "permission_denied" || error.code === "unimplemented")) {
            return { ok: false, reason: `the collector inventory is not available (${error.code}: ${error.serverMessage})` };
          }
          throw error;
        },
      );
      this.byStack.set(key, pending);
    }
    return pending;
  }

  /** The plain collectors of a target's stack, for `match`. */
  async collectors(target: TargetLike): Promise<readonly Collector[]> {
    const fleet = await this.fleet(target);
    if (!fleet) return [];
    if (!fleet.ok) throw new FleetUnavailableError(fleet.reason);
    return fleet.reach.collectors;
  }
}

/** No inventory to match against (a token without collector access); the CLI exits 2. */
export class FleetUnavailableError extends FleetSetupError {
  constructor(message: string) {
    super(message);
    this.name = "FleetUnavailableError";
  }
}
