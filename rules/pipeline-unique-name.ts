/**
 * Fleet Management keys pipelines by name within a stack, so two definitions
 * with one name (in any of the stack's targets) overwrite each other on sync.
 * Names that differ only in case are reported as a warning (`caseOnly`, its
 * severity capped at warn): legal, but one typo away from a collision.
 *
 * The later definition is reported, pointing at the first. When only the
 * first is being linted (a hook passed that one file), it is reported instead,
 * pointing at the next, so a partial file list never hides a collision.
 */
import type { Pipeline } from "../src/repo/types.js";
import { defineRule } from "../src/engine/types.js";
import { describeLocation, pipelineLocation } from "../src/engine/locations.js";

/** Pipelines of each stack, one per definition file (overlapping roots load a file twice). */
function byStack(pipelines: readonly Pipeline[]): Map<string, Pipeline[]> {
  const stacks = new Map<string, Pipeline[]>();
  const seen = new Set<string>();
  for (const p of pipelines) {
    const key = `${p.target.stack}\0${p.definition.file.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = stacks.get(p.target.stack);
    if (list) list.push(p);
    else stacks.set(p.target.stack, [p]);
  }
  return stacks;
}

/** Definitions whose names are equal ignoring case, in load order. */
function collisions(pipelines: readonly Pipeline[]): Pipeline[][] {
  const groups = new Map<string, Pipeline[]>();
  for (const p of pipelines) {
    const key = p.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export default defineRule({
  meta: {
    id: "pipeline-unique-name",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Pipeline names are unique within a stack" },
    messages: {
      duplicate: "Duplicate pipeline name '{{name}}' in stack '{{stack}}' (also defined at {{where}})",
      caseOnly: "Pipeline name '{{name}}' differs only in case from '{{other}}' in stack '{{stack}}' (defined at {{where}})",
    },
    help: {
      duplicate: "Rename one of them: a sync sends both and one overwrites the other",
      caseOnly: "Use one spelling, or make the names clearly different",
    },
    fixable: false,
    schema: [],
  },
  create(context) {
    const { cwd } = context.project;
    const report = (pipeline: Pipeline, other: Pipeline, relation: "previously" | "also"): void => {
      const otherLoc = pipelineLocation(other);
      const where = describeLocation(cwd, otherLoc.file, otherLoc.range.start);
      const exact = pipeline.name === other.name;
      context.report({
        messageId: exact ? "duplicate" : "caseOnly",
        data: exact
          ? { name: pipeline.name, stack: pipeline.target.stack, where }
          : { name: pipeline.name, other: other.name, stack: pipeline.target.stack, where },
        loc: pipelineLocation(pipeline),
        related: [{ ...otherLoc, message: `'${other.name}' ${relation} defined here` }],
        ...(exact ? {} : { maxSeverity: "warn" as const }),
      });
    };

    return {
      project(project) {
        for (const pipelines of byStack(project.pipelines).values()) {
          for (const group of collisions(pipelines)) {
            let reported = false;
            group.forEach((p, i) => {
              if (i === 0 || !context.isLinted(p.definition.file.path)) return;
              // An exact duplicate points at the first of its own spelling, if earlier.
              const sameSpelling = group.find((q) => q.name === p.name);
              report(p, sameSpelling && sameSpelling !== p ? sameSpelling : group[0], "previously");
              reported = true;
            });
            if (!reported && context.isLinted(group[0].definition.file.path)) report(group[0], group[1], "also");
          }
        }
      },
    };
  },
});
