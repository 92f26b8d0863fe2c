import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  describeLocation,
  pipelineLocation
} from "./chunk-ZTDGCM4A.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/pipeline-unique-name.js
function byStack(pipelines) {
  const stacks = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const p of pipelines) {
    const key = `${p.target.stack}\0${p.definition.file.path}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    const list = stacks.get(p.target.stack);
    if (list)
      list.push(p);
    else
      stacks.set(p.target.stack, [p]);
  }
  return stacks;
}
function collisions(pipelines) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of pipelines) {
    const key = p.name.toLowerCase();
    const group = groups.get(key);
    if (group)
      group.push(p);
    else
      groups.set(key, [p]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
var pipeline_unique_name_default = defineRule({
  meta: {
    id: "pipeline-unique-name",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Pipeline names are unique within a stack" },
    messages: {
      duplicate: "Duplicate pipeline name '{{name}}' in stack '{{stack}}' (also defined at {{where}})",
      caseOnly: "Pipeline name '{{name}}' differs only in case from '{{other}}' in stack '{{stack}}' (defined at {{where}})"
    },
    help: {
      duplicate: "Rename one of them: a sync sends both and one overwrites the other",
      caseOnly: "Use one spelling, or make the names clearly different"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    const { cwd } = context.project;
    const report = (pipeline, other, relation) => {
      const otherLoc = pipelineLocation(other);
      const where = describeLocation(cwd, otherLoc.file, otherLoc.range.start);
      const exact = pipeline.name === other.name;
      context.report({
        messageId: exact ? "duplicate" : "caseOnly",
        data: exact ? { name: pipeline.name, stack: pipeline.target.stack, where } : { name: pipeline.name, other: other.name, stack: pipeline.target.stack, where },
        loc: pipelineLocation(pipeline),
        related: [{ ...otherLoc, message: `'${other.name}' ${relation} defined here` }],
        ...exact ? {} : { maxSeverity: "warn" }
      });
    };
    return {
      project(project) {
        for (const pipelines of byStack(project.pipelines).values()) {
          for (const group of collisions(pipelines)) {
            let reported = false;
            group.forEach((p, i) => {
              if (i === 0 || !context.isLinted(p.definition.file.path))
                return;
              const sameSpelling = group.find((q) => q.name === p.name);
              report(p, sameSpelling && sameSpelling !== p ? sameSpelling : group[0], "previously");
              reported = true;
            });
            if (!reported && context.isLinted(group[0].definition.file.path))
              report(group[0], group[1], "also");
          }
        }
      }
    };
  }
});
export {
  pipeline_unique_name_default as default
};
