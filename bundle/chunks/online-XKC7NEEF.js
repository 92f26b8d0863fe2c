import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetLoader
} from "./chunk-JJKORLGK.js";
import "./chunk-4W7P2XDW.js";
import "./chunk-XXFPFKBW.js";
import "./chunk-JKUQAI7V.js";
import {
  FleetSession,
  isVerdict,
  toMessage
} from "./chunk-426PQ5QP.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-MUIKWUQD.js";
import {
  FleetApiError
} from "./chunk-LIZFXGBB.js";
import "./chunk-GXBRFKVI.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-PWOCY44R.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/online.js
function createOnlineState(scope, options) {
  const session = options.session ?? new FleetSession(options);
  for (const target of scope.targets)
    session.clientFor(target);
  const fleets = new FleetLoader({ kind: "inventory", session });
  const roots = new Set(scope.targets.map((t) => t.root));
  const inScope = (target) => roots.has(void 0) || roots.has(target.root);
  return {
    async collectors(target) {
      if (!inScope(target))
        return void 0;
      const fleet = await fleets.fleet(target);
      return fleet?.ok ? fleet.reach.collectors : void 0;
    },
    async remotePipelines(target) {
      if (!inScope(target))
        return [];
      const pipelines = await session.remotePipelines(target);
      return pipelines.map((p) => {
        const summary = { name: p.name, sourceType: p.source?.type ?? "SOURCE_TYPE_UNSPECIFIED" };
        if (p.source?.namespace)
          summary.namespace = p.source.namespace;
        return summary;
      });
    },
    async pipelineLimit(target) {
      if (!inScope(target))
        return void 0;
      const limits = await session.stackLimits(target);
      return limits.pipelines !== void 0 && limits.pipelines > 0 ? limits.pipelines : void 0;
    },
    async validate(pipeline) {
      if (!inScope(pipeline.target))
        return { ok: true };
      const message = toMessage(pipeline, pipeline.target.globalMatchers);
      try {
        await session.clientFor(pipeline.target).upsertPipeline(message, true);
        return { ok: true };
      } catch (error) {
        if (error instanceof FleetApiError && isVerdict(error))
          return { ok: false, message: error.serverMessage };
        throw error;
      }
    }
  };
}
export {
  createOnlineState
};
