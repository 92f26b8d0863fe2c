/**
 * `argument.pipeline_exports.value["P"]["E"]` reads the `export "E"` block of
 * pipeline P. Fleet Management resolves it per collector, so P must exist in
 * the same stack, be enabled, export E, and reach every collector the reading
 * pipeline reaches: P's matchers (and its target's global matchers) must each
 * follow from the reader's.
 */
import { defineRule, type RelatedReport, type RuleContext } from "../src/engine/types.js";
import { contentsLinted, loadAlloy } from "../src/repo/deferred.js";
import type { Pipeline, Project } from "../src/repo/types.js";
import { parseMatcher, type Matcher } from "../grammar/matchers/index.js";
import { declaredExports, pipelineExportUses, type PipelineExportUse } from "../src/alloy-semantics/pipeline-exports.js";
import { firstNotImplied } from "../src/alloy-semantics/matcher-implication.js";

/** Parsed matchers of a pipeline plus its target's globals; null when one does not parse (matcher-valid reports it). */
function effectiveMatchers(p: Pipeline): Matcher[] | null {
  const out: Matcher[] = [];
  for (const text of [...p.matchers.map((m) => m.text), ...p.target.globalMatchers]) {
    const { matcher } = parseMatcher(text);
    if (!matcher) return null;
    out.push(matcher);
  }
  return out;
}

function definedHere(p: Pipeline): RelatedReport {
  const def = p.definition;
  const range = def.keys.get("name")?.value ?? { start: def.range.start, end: def.range.start };
  return { file: def.file, range, message: `pipeline "${p.name}" is defined here` };
}

function checkUse(context: RuleContext, reader: Pipeline, use: PipelineExportUse, stack: Pipeline[]): void {
  const loc = context.contentsLocation(reader, use.range);
  const provider = stack.find((p) => p.name === use.pipeline);
  if (!provider) {
    context.report({ messageId: "unknownPipeline", data: { pipeline: use.pipeline, stack: reader.target.stack }, loc });
    return;
  }
  const related = [definedHere(provider)];
  // A disabled pipeline reaches no collector, so an enabled reader finds nothing to read.
  if (reader.enabled === true && provider.enabled !== true) {
    const enabled = provider.enabled === false ? "false" : "omitted, so synced as false";
    context.report({ messageId: "providerDisabled", data: { pipeline: use.pipeline, enabled }, loc, related });
    return;
  }
  if (use.exportName !== undefined) {
    const ast = provider.configType === "alloy" ? loadAlloy(provider)?.parse().ast : undefined;
    // Contents that do not parse are alloy-syntax's to report; their exports are unknown.
    if (ast === null) return;
    if (!ast || !declaredExports(ast).has(use.exportName)) {
      context.report({ messageId: "missingExport", data: { pipeline: use.pipeline, export: use.exportName }, loc, related });
      return;
    }
  }
  const readerMatchers = effectiveMatchers(reader);
  const providerMatchers = effectiveMatchers(provider);
  if (!readerMatchers || !providerMatchers) return;
  const missing = firstNotImplied(providerMatchers, readerMatchers);
  if (missing) {
    context.report({ messageId: "notImplied", data: { pipeline: use.pipeline, matcher: missing.canonical }, loc, related });
  }
}

export default defineRule({
  meta: {
    id: "pipeline-exports",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Pipeline exports read by a pipeline exist and reach the same collectors" },
    messages: {
      unknownPipeline: 'Unknown pipeline "{{pipeline}}" in argument.pipeline_exports: stack "{{stack}}" has no pipeline of that name',
      missingExport: 'Unknown export "{{export}}": pipeline "{{pipeline}}" has no export "{{export}}" block',
      providerDisabled: 'Expected pipeline "{{pipeline}}" to be enabled (enabled is {{enabled}}): collectors do not load it, so its exports are missing',
      notImplied:
        'Expected every collector of this pipeline to also receive pipeline "{{pipeline}}", but its matcher {{matcher}} does not follow from this pipeline\'s matchers; add it here or relax it there',
    },
    schema: [],
  },
  create(context) {
    return {
      project(project: Project) {
        const stacks = new Map<string, Pipeline[]>();
        for (const p of project.pipelines) {
          const list = stacks.get(p.target.stack);
          if (list) list.push(p);
          else stacks.set(p.target.stack, [p]);
        }
        for (const reader of project.pipelines) {
          // Asking about the file first leaves the contents of pipelines that are not linted unread.
          if (!contentsLinted(reader, project.lintedFiles) || !reader.alloy) continue;
          const ast = reader.alloy.parse().ast;
          if (!ast) continue;
          const stack = stacks.get(reader.target.stack) ?? [];
          for (const use of pipelineExportUses(ast)) checkUse(context, reader, use, stack);
        }
      },
    };
  },
});
