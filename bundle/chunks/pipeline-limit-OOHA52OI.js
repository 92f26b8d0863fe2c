import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  pipelineLocation
} from "./chunk-ZTDGCM4A.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/pipeline-limit.js
function stacksOf(targets, pipelines) {
  const stacks = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const stack = stacks.get(target.stack) ?? { name: target.stack, targets: [], pipelines: [] };
    stack.targets.push(target);
    stacks.set(target.stack, stack);
  }
  const names = /* @__PURE__ */ new Map();
  for (const p of pipelines) {
    const stack = stacks.get(p.target.stack);
    if (!stack)
      continue;
    const seen = names.get(stack.name) ?? /* @__PURE__ */ new Set();
    names.set(stack.name, seen);
    if (seen.has(p.name))
      continue;
    seen.add(p.name);
    stack.pipelines.push(p);
  }
  return [...stacks.values()];
}
async function otherSources(context, stack) {
  if (!context.online)
    return 0;
  const own = new Set(stack.targets.flatMap((t) => t.namespace !== void 0 ? [t.namespace] : []));
  const local = new Set(stack.pipelines.map((p) => p.name));
  const remote = await context.online.remotePipelines(stack.targets[0]);
  return remote.filter((r) => !local.has(r.name) && !(r.sourceType === "SOURCE_TYPE_GIT" && r.namespace !== void 0 && own.has(r.namespace))).length;
}
function summaryLocation(context, stack) {
  const entry = context.config.source?.targets[stack.targets[0].index];
  return context.configLocation(entry?.stack ?? entry?.range);
}
var pipeline_limit_default = defineRule({
  meta: {
    id: "pipeline-limit",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "A stack holds no more pipelines than its limit (default 200)" },
    messages: {
      tooMany: "Too many pipelines in stack '{{stack}}': {{count}} exceeds the limit of {{limit}}",
      tooManyOnline: "Too many pipelines in stack '{{stack}}': {{count}} ({{local}} from this repository, {{others}} from other sources) exceeds the limit of {{limit}}"
    },
    help: {
      tooMany: "Remove or merge pipelines, move some to another stack, or raise `pipelineLimit` if the stack's limit is higher",
      tooManyOnline: "Remove or merge pipelines, or move some to another stack; the server rejects a sync over the limit"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    return {
      async project(project) {
        for (const stack of stacksOf(project.targets, project.pipelines)) {
          const configured = Math.min(...stack.targets.map((t) => t.pipelineLimit));
          const remoteLimit = context.online ? await context.online.pipelineLimit(stack.targets[0]) : void 0;
          const limit = remoteLimit ?? configured;
          const others = await otherSources(context, stack);
          const local = stack.pipelines.length;
          const count = local + others;
          if (count <= limit)
            continue;
          const crossing = stack.pipelines[Math.max(0, limit - others)];
          const loc = crossing && context.isLinted(crossing.definition.file.path) ? pipelineLocation(crossing) : summaryLocation(context, stack);
          context.report(context.online ? { messageId: "tooManyOnline", data: { stack: stack.name, count, local, others, limit }, loc } : { messageId: "tooMany", data: { stack: stack.name, count, limit }, loc });
        }
      }
    };
  }
});
export {
  pipeline_limit_default as default
};
