/**
 * Pipeline definitions that no target covers, and targets that cover no
 * definition. A definition outside every target root is never linted as a
 * pipeline nor sent by `sync`, so passing it explicitly (a hook, an editor)
 * must not end in silence; a target root without definitions is usually a
 * wrong path in the config. The loader (src/repo) finds both while deciding
 * what each file is; this rule reports them.
 */
import { defineRule } from "../src/engine/types.js";
import type { TargetProblem } from "../src/repo/types.js";

export default defineRule({
  meta: {
    id: "pipeline-untargeted",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "warn",
    docs: { description: "Pipeline definitions lie under a target root, and every target root has files to lint" },
    messages: {
      // One message per loader finding (TargetProblem codes).
      untargeted:
        "This looks like a pipeline definition, but it is outside every target ({{roots}}): fleetlint does not lint it as a pipeline and sync never sends it. Move it under a target root or add a target for its folder",
      rootEmpty: 'Target root "{{root}}" matches no files to lint: no pipeline definitions (*.yaml, *.yml) and no .alloy files',
    } satisfies Record<TargetProblem["code"], string>,
    schema: [],
  },
  create(context) {
    return {
      project(project) {
        for (const problem of project.targetProblems ?? []) {
          // An empty root is a problem of the config file, reported whatever files were given.
          if (problem.code !== "rootEmpty" && !context.isLinted(problem.file.path)) continue;
          context.report({ messageId: problem.code, data: problem.data, loc: { file: problem.file, range: problem.range } });
        }
      },
    };
  },
});
