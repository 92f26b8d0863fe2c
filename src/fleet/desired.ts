/**
 * The pipelines a target sends, as API messages (SPEC §5): global matchers
 * appended, `enabled` explicit (false when omitted, as the sync action sends
 * it), `config_type` always set.
 */
import type { Pipeline, Target } from "../repo/types.js";
import type { JsonObject, PipelineMessage } from "./messages.js";

export interface DesiredTarget {
  target: Target;
  pipelines: PipelineMessage[];
  /** Pipelines that cannot be sent because their contents could not be read. */
  unreadable: Pipeline[];
}

export function toMessage(pipeline: Pipeline, globalMatchers: readonly string[]): PipelineMessage {
  const matchers = pipeline.matchers.map((m) => m.text);
  for (const global of globalMatchers) if (!matchers.includes(global)) matchers.push(global);
  const message: PipelineMessage = {
    name: pipeline.name,
    contents: pipeline.contents?.text ?? "",
    matchers,
    enabled: pipeline.enabled ?? false,
    configType: pipeline.configType === "otel" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY",
  };
  if (pipeline.metadata !== undefined) message.metadata = pipeline.metadata as JsonObject;
  return message;
}

export function desiredTarget(target: Target, pipelines: readonly Pipeline[]): DesiredTarget {
  const mine = pipelines.filter((p) => p.target.index === target.index);
  return {
    target,
    pipelines: mine.filter((p) => p.contents !== null).map((p) => toMessage(p, target.globalMatchers)),
    unreadable: mine.filter((p) => p.contents === null),
  };
}
