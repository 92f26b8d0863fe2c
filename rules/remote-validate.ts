/**
 * The server's own verdict on each linted pipeline: UpsertPipeline with
 * `validate_only: true`, which checks without writing (fleet-api.md §2.1).
 * Network rule: runs only with --online, in plan and in sync. Pipelines whose
 * Alloy does not parse locally are skipped: alloy-syntax already reports them,
 * and each request counts against the 3 requests per second.
 */
import { defineRule } from "../src/engine/types.js";
import type { SourceText, TextRange } from "../src/core/source.js";
import type { Pipeline } from "../src/repo/types.js";

export default defineRule({
  meta: {
    id: "remote-validate",
    type: "problem",
    category: "network",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Fleet Management accepts the pipeline (server-side validation, nothing written)" },
    messages: {
      rejected: "Invalid pipeline '{{name}}' according to Fleet Management: {{reason}}",
    },
    fixable: false,
    schema: [],
  },
  create(context) {
    /** The pipeline's `name` in its definition, or the start of its contents when only those are linted. */
    const where = (p: Pipeline): { file: SourceText; range: TextRange } => {
      const definition = p.definition;
      if (context.isLinted(definition.file.path) || p.contents === null) {
        const nameKey = definition.keys.get("name");
        return { file: definition.file, range: nameKey ? nameKey.value : definition.range };
      }
      const firstLine = p.contents.file.lineText(1).length;
      return { file: p.contents.file, range: { start: 0, end: firstLine } };
    };
    const linted = (p: Pipeline): boolean =>
      context.isLinted(p.definition.file.path) || (p.contents !== null && context.isLinted(p.contents.file.path));
    return {
      async project(project) {
        const online = context.online;
        if (!online) return;
        for (const pipeline of project.pipelines) {
          if (!linted(pipeline) || pipeline.contents === null) continue;
          if (pipeline.alloy && pipeline.alloy.parse().diagnostics.length > 0) continue;
          const verdict = await online.validate(pipeline);
          if (verdict.ok) continue;
          context.report({ messageId: "rejected", data: { name: pipeline.name, reason: verdict.message }, loc: where(pipeline) });
        }
      },
    };
  },
});
