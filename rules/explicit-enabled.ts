/**
 * The sync action sends `enabled: false` when a definition leaves it out, so
 * a new pipeline without `enabled` reaches Fleet Management switched off and
 * no collector runs it. Saying it explicitly avoids the surprise.
 *
 * The remedy is a suggestion, not a fix: whether the pipeline should run is
 * the author's call, and `--fix` must not switch pipelines on.
 */
import type { TextRange } from "../src/core/source.js";
import type { Pipeline } from "../src/repo/types.js";
import { defineRule } from "../src/engine/types.js";
import { pipelineLocation } from "../src/engine/locations.js";

function isMapping(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Where `enabled: true` goes in a block mapping: on the line after `name`, else
 * before the first key, with the same indentation. None for flow mappings.
 */
export function enabledInsertion(pipeline: Pipeline): { range: TextRange; text: string } | undefined {
  const { file, keys } = pipeline.definition;
  const text = file.text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const name = keys.get("name");
  let anchor = name?.key;
  if (!anchor) for (const k of keys.values()) if (!anchor || k.key.start < anchor.start) anchor = k.key;
  if (!anchor) return undefined;
  const lineStart = file.lineStart(file.positionAt(anchor.start).line);
  const indent = text.slice(lineStart, anchor.start);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  if (!name) return { range: { start: lineStart, end: lineStart }, text: `${indent}enabled: true${eol}` };
  const lineEnd = text.indexOf("\n", name.value.end);
  if (lineEnd === -1) return { range: { start: text.length, end: text.length }, text: `${eol}${indent}enabled: true` };
  return { range: { start: lineEnd + 1, end: lineEnd + 1 }, text: `${indent}enabled: true${eol}` };
}

export default defineRule({
  meta: {
    id: "explicit-enabled",
    type: "suggestion",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "Definitions say whether the pipeline is enabled (the sync sends false when omitted)" },
    messages: {
      missing: "Expected `enabled` in the definition of '{{name}}': without it the pipeline is synced disabled",
    },
    help: {
      missing: "Add `enabled: true`, or `enabled: false` to keep it off on purpose",
    },
    fixable: false,
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    return {
      pipeline(pipeline) {
        const { definition } = pipeline;
        if (pipeline.enabled !== undefined || definition.keys.has("enabled") || !isMapping(definition.data)) return;
        if (!context.isLinted(definition.file.path)) return;
        const insertion = enabledInsertion(pipeline);
        context.report({
          messageId: "missing",
          data: { name: pipeline.name },
          loc: pipelineLocation(pipeline),
          ...(insertion ? { suggestions: [{ desc: "Add `enabled: true`", fix: insertion }] } : {}),
        });
      },
    };
  },
});
