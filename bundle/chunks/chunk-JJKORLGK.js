import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetReach
} from "./chunk-4W7P2XDW.js";
import {
  collectorFromRecord
} from "./chunk-XXFPFKBW.js";
import {
  FleetApiError,
  FleetSetupError
} from "./chunk-LIZFXGBB.js";

// dist/src/fleet/collector-source.js
var FleetLoader = class {
  source;
  byStack = /* @__PURE__ */ new Map();
  fileFleet;
  constructor(source) {
    this.source = source;
  }
  /** Undefined with `--no-collectors`. */
  async fleet(target) {
    const source = this.source;
    if (source.kind === "none")
      return void 0;
    if (source.kind === "file") {
      this.fileFleet ??= new FleetReach(source.collectors);
      return { ok: true, reach: this.fileFleet };
    }
    const key = `${target.stack}\0${target.url ?? ""}`;
    let pending = this.byStack.get(key);
    if (!pending) {
      pending = source.session.collectors(target).then((records) => ({ ok: true, reach: new FleetReach(records.map(collectorFromRecord)) }), (error) => {
        if (error instanceof FleetApiError && (error.code === "permission_denied" || error.code === "unimplemented")) {
          return { ok: false, reason: `the collector inventory is not available (${error.code}: ${error.serverMessage})` };
        }
        throw error;
      });
      this.byStack.set(key, pending);
    }
    return pending;
  }
  /** The plain collectors of a target's stack, for `match`. */
  async collectors(target) {
    const fleet = await this.fleet(target);
    if (!fleet)
      return [];
    if (!fleet.ok)
      throw new FleetUnavailableError(fleet.reason);
    return fleet.reach.collectors;
  }
};
var FleetUnavailableError = class extends FleetSetupError {
  constructor(message) {
    super(message);
    this.name = "FleetUnavailableError";
  }
};

export {
  FleetLoader,
  FleetUnavailableError
};
