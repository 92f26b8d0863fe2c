import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/pipeline-untargeted.js
var pipeline_untargeted_default = defineRule({
  meta: {
    id: "pipeline-untargeted",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "warn",
    docs: { description: "Pipeline definitions lie under a target root, and every target root has files to lint" },
    messages: {
      // One message per loader finding (TargetProblem codes).
      untargeted: "This looks like a pipeline definition, but it is outside every target ({{roots}}): fleetlint does not lint it as a pipeline and sync never sends it. Move it under a target root or add a target for its folder",
      rootEmpty: 'Target root "{{root}}" matches no files to lint: no pipeline definitions (*.yaml, *.yml) and no .alloy files'
    },
    schema: []
  },
  create(context) {
    return {
      project(project) {
        for (const problem of project.targetProblems ?? []) {
          if (problem.code !== "rootEmpty" && !context.isLinted(problem.file.path))
            continue;
          context.report({ messageId: problem.code, data: problem.data, loc: { file: problem.file, range: problem.range } });
        }
      }
    };
  }
});
export {
  pipeline_untargeted_default as default
};
