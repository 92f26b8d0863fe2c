import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/remote-validate.js
var remote_validate_default = defineRule({
  meta: {
    id: "remote-validate",
    type: "problem",
    category: "network",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Fleet Management accepts the pipeline (server-side validation, nothing written)" },
    messages: {
      rejected: "Invalid pipeline '{{name}}' according to Fleet Management: {{reason}}"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    const where = (p) => {
      const definition = p.definition;
      if (context.isLinted(definition.file.path) || p.contents === null) {
        const nameKey = definition.keys.get("name");
        return { file: definition.file, range: nameKey ? nameKey.value : definition.range };
      }
      const firstLine = p.contents.file.lineText(1).length;
      return { file: p.contents.file, range: { start: 0, end: firstLine } };
    };
    const linted = (p) => context.isLinted(p.definition.file.path) || p.contents !== null && context.isLinted(p.contents.file.path);
    return {
      async project(project) {
        const online = context.online;
        if (!online)
          return;
        for (const pipeline of project.pipelines) {
          if (!linted(pipeline) || pipeline.contents === null)
            continue;
          if (pipeline.alloy && pipeline.alloy.parse().diagnostics.length > 0)
            continue;
          const verdict = await online.validate(pipeline);
          if (verdict.ok)
            continue;
          context.report({ messageId: "rejected", data: { name: pipeline.name, reason: verdict.message }, loc: where(pipeline) });
        }
      }
    };
  }
});
export {
  remote_validate_default as default
};
