/**
 * The pipelines a target sends, as API messages (SPEC §5): global matchers
 * appended, `enabled` explicit (false when omitted, as the sync action sends
 * it), `config_type` always set.
 */
import type { Pipeline, Target } from "../repo/types.js";
import type { PipelineMessage } from "./messages.js";
export interface DesiredTarget {
    target: Target;
    pipelines: PipelineMessage[];
    /** Pipelines that cannot be sent because their contents could not be read. */
    unreadable: Pipeline[];
}
export declare function toMessage(pipeline: Pipeline, globalMatchers: readonly string[]): PipelineMessage;
export declare function desiredTarget(target: Target, pipelines: readonly Pipeline[]): DesiredTarget;
