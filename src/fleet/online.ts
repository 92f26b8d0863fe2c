/**
 * What the network rules may ask the server (OnlineState, src/engine/types.ts),
 * for `check --online`, plan and sync. The engine receives plain functions and
 * never imports the client.
 */
import type { OnlineState, RemotePipelineSummary } from "../engine/types.js";
import type { Pipeline, Target } from "../repo/types.js";
import { FleetLoader } from "./collector-source.js";
import { toMessage } from "./desired.js";
import { FleetApiError } from "./errors.js";
import { isVerdict } from "./sender.js";
import { FleetSession, type SessionOptions, type TargetLike } from "./session.js";

export interface OnlineOptions extends SessionOptions {
  /** Reuse a session (plan/sync share theirs so the stack is listed once). */
  session?: FleetSession;
}

/**
 * Builds the online state for the given targets. Credentials are resolved for
 * every target up front, so a missing token fails before any linting work.
 */
export function createOnlineState(scope: { targets: readonly TargetLike[] }, options: OnlineOptions): OnlineState {
  const session = options.session ?? new FleetSession(options);
  for (const target of scope.targets) session.clientFor(target);
  const fleets = new FleetLoader({ kind: "inventory", session });
  // Targets left out of the scope (`--target`) are not asked about: their stacks may have other credentials.
  const roots = new Set(scope.targets.map((t) => t.root));
  const inScope = (target: Target): boolean => roots.has(undefined) || roots.has(target.root);
  return {
    async collectors(target: Target) {
      if (!inScope(target)) return undefined;
      const fleet = await fleets.fleet(target);
      return fleet?.ok ? fleet.reach.collectors : undefined;
    },
    async remotePipelines(target: Target): Promise<RemotePipelineSummary[]> {
      if (!inScope(target)) return [];
      const pipelines = await session.remotePipelines(target);
      return pipelines.map((p) => {
        const summary: RemotePipelineSummary = { name: p.name, sourceType: p.source?.type ?? "SOURCE_TYPE_UNSPECIFIED" };
        if (p.source?.namespace) summary.namespace = p.source.namespace;
        return summary;
      });
    },
    async pipelineLimit(target: Target): Promise<number | undefined> {
      if (!inScope(target)) return undefined;
      const limits = await session.stackLimits(target);
      return limits.pipelines !== undefined && limits.pipelines > 0 ? limits.pipelines : undefined;
    },
    async validate(pipeline: Pipeline): Promise<{ ok: true } | { ok: false; message: string }> {
      if (!inScope(pipeline.target)) return { ok: true };
      const message = toMessage(pipeline, pipeline.target.globalMatchers);
      try {
        await session.clientFor(pipeline.target).upsertPipeline(message, true);
        return { ok: true };
      } catch (error) {
        // A verdict on the pipeline is the answer; anything else (auth, network) fails the run.
        if (error instanceof FleetApiError && isVerdict(error)) return { ok: false, message: error.serverMessage };
        throw error;
      }
    },
  };
}
