import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetSession,
  isVerdict,
  toMessage
} from "./chunk-NYFW2TFG.js";
import "./chunk-LB65VTSV.js";
import {
  FleetApiError
} from "./chunk-LIZFXGBB.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-GHC3NUGM.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/online.js
function createOnlineState(scope, options) {
  const session = options.session ?? new FleetSession(options);
  for (const target of scope.targets)
    session.clientFor(target);
  return {
    async remotePipelines(target) {
      const pipelines = await session.remotePipelines(target);
      return pipelines.map((p) => {
        const summary = { name: p.name, sourceType: p.source?.type ?? "SOURCE_TYPE_UNSPECIFIED" };
        if (p.source?.namespace)
          summary.namespace = p.source.namespace;
        return summary;
      });
    },
    async pipelineLimit(target) {
      const limits = await session.stackLimits(target);
      return limits.pipelines !== void 0 && limits.pipelines > 0 ? limits.pipelines : void 0;
    },
    async validate(pipeline) {
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
