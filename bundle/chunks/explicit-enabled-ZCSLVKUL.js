import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  pipelineLocation
} from "./chunk-ZTDGCM4A.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/explicit-enabled.js
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function enabledInsertion(pipeline) {
  const { file, keys } = pipeline.definition;
  const text = file.text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const name = keys.get("name");
  let anchor = name?.key;
  if (!anchor) {
    for (const k of keys.values())
      if (!anchor || k.key.start < anchor.start)
        anchor = k.key;
  }
  if (!anchor)
    return void 0;
  const lineStart = file.lineStart(file.positionAt(anchor.start).line);
  const indent = text.slice(lineStart, anchor.start);
  if (!/^[ \t]*$/.test(indent))
    return void 0;
  if (!name)
    return { range: { start: lineStart, end: lineStart }, text: `${indent}enabled: true${eol}` };
  const lineEnd = text.indexOf("\n", name.value.end);
  if (lineEnd === -1)
    return { range: { start: text.length, end: text.length }, text: `${eol}${indent}enabled: true` };
  return { range: { start: lineEnd + 1, end: lineEnd + 1 }, text: `${indent}enabled: true${eol}` };
}
var explicit_enabled_default = defineRule({
  meta: {
    id: "explicit-enabled",
    type: "suggestion",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "Definitions say whether the pipeline is enabled (the sync sends false when omitted)" },
    messages: {
      missing: "Expected `enabled` in the definition of '{{name}}': without it the pipeline is synced disabled"
    },
    help: {
      missing: "Add `enabled: true`, or `enabled: false` to keep it off on purpose"
    },
    fixable: false,
    hasSuggestions: true,
    schema: []
  },
  create(context) {
    return {
      pipeline(pipeline) {
        const { definition } = pipeline;
        if (pipeline.enabled !== void 0 || definition.keys.has("enabled") || !isMapping(definition.data))
          return;
        if (!context.isLinted(definition.file.path))
          return;
        const insertion = enabledInsertion(pipeline);
        context.report({
          messageId: "missing",
          data: { name: pipeline.name },
          loc: pipelineLocation(pipeline),
          ...insertion ? { suggestions: [{ desc: "Add `enabled: true`", fix: insertion }] } : {}
        });
      }
    };
  }
});
export {
  explicit_enabled_default as default,
  enabledInsertion
};
