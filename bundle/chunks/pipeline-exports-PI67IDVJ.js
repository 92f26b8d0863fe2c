import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  declaredExports,
  pipelineExportUses
} from "./chunk-5KCVTPFH.js";
import "./chunk-KMV6JNXK.js";
import {
  contentsLinted,
  loadAlloy
} from "./chunk-OO7CAYSI.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import {
  fleetReach,
  members
} from "./chunk-4W7P2XDW.js";
import {
  collectorKey
} from "./chunk-XXFPFKBW.js";
import {
  matches,
  parseMatcher
} from "./chunk-JKUQAI7V.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/src/alloy-semantics/matcher-implication.js
function matcherImplied(wanted, given) {
  for (const m of given) {
    if (m.canonical === wanted.canonical)
      return true;
    if (m.name !== wanted.name)
      continue;
    if (m.op === "=" && matches(wanted, m.value))
      return true;
    if (m.op === "!~" && wanted.op === "!=" && matches({ op: "=~", value: m.value }, wanted.value))
      return true;
  }
  return wanted.op === "=~" && (wanted.value === ".*" || wanted.value === "(?s:.*)");
}
function firstNotImplied(wanted, given) {
  return wanted.find((w) => !matcherImplied(w, given));
}

// dist/rules/pipeline-exports.js
function effectiveMatchers(p) {
  const out = [];
  for (const text of [...p.matchers.map((m) => m.text), ...p.target.globalMatchers]) {
    const { matcher } = parseMatcher(text);
    if (!matcher)
      return null;
    out.push(matcher);
  }
  return out;
}
function definedHere(p) {
  const def = p.definition;
  const range = def.keys.get("name")?.value ?? { start: def.range.start, end: def.range.start };
  return { file: def.file, range, message: `pipeline "${p.name}" is defined here` };
}
function reachable(p) {
  return { enabled: p.enabled, matchers: [...p.matchers.map((m) => m.text), ...p.target.globalMatchers], configType: p.configType };
}
async function collectorsWithout(context, reader, provider) {
  const collectors = await context.online?.collectors?.(reader.target);
  if (!collectors)
    return void 0;
  const fleet = fleetReach(collectors);
  return members(fleet.reach(reachable(reader)), fleet.reach(reachable(provider))).map((i) => collectorKey(collectors[i], i));
}
async function checkUse(context, reader, use, stack) {
  const loc = context.contentsLocation(reader, use.range);
  const provider = stack.find((p) => p.name === use.pipeline);
  if (!provider) {
    context.report({ messageId: "unknownPipeline", data: { pipeline: use.pipeline, stack: reader.target.stack }, loc });
    return;
  }
  const related = [definedHere(provider)];
  if (reader.enabled === true && provider.enabled !== true) {
    const enabled = provider.enabled === false ? "false" : "omitted, so synced as false";
    context.report({ messageId: "providerDisabled", data: { pipeline: use.pipeline, enabled }, loc, related });
    return;
  }
  if (use.exportName !== void 0) {
    const ast = provider.configType === "alloy" ? loadAlloy(provider)?.parse().ast : void 0;
    if (ast === null)
      return;
    if (!ast || !declaredExports(ast).has(use.exportName)) {
      context.report({ messageId: "missingExport", data: { pipeline: use.pipeline, export: use.exportName }, loc, related });
      return;
    }
  }
  const readerMatchers = effectiveMatchers(reader);
  const providerMatchers = effectiveMatchers(provider);
  if (!readerMatchers || !providerMatchers)
    return;
  const stranded = await collectorsWithout(context, reader, provider);
  if (stranded && stranded.length > 0) {
    const shown = stranded.slice(0, 3).join(", ") + (stranded.length > 3 ? ` and ${stranded.length - 3} more` : "");
    context.report({ messageId: "notOnCollectors", data: { pipeline: use.pipeline, count: String(stranded.length), collectors: shown }, loc, related });
    return;
  }
  const missing = firstNotImplied(providerMatchers, readerMatchers);
  if (missing) {
    context.report({ messageId: "notImplied", data: { pipeline: use.pipeline, matcher: missing.canonical }, loc, related });
  }
}
var pipeline_exports_default = defineRule({
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
      notOnCollectors: 'Expected every collector of this pipeline to also receive pipeline "{{pipeline}}", but {{count}} collectors of the inventory do not: {{collectors}}',
      notImplied: `Expected every collector of this pipeline to also receive pipeline "{{pipeline}}", but its matcher {{matcher}} does not follow from this pipeline's matchers; add it here or relax it there`
    },
    schema: []
  },
  create(context) {
    return {
      async project(project) {
        const stacks = /* @__PURE__ */ new Map();
        for (const p of project.pipelines) {
          const list = stacks.get(p.target.stack);
          if (list)
            list.push(p);
          else
            stacks.set(p.target.stack, [p]);
        }
        for (const reader of project.pipelines) {
          if (!contentsLinted(reader, project.lintedFiles) || !reader.alloy)
            continue;
          const ast = reader.alloy.parse().ast;
          if (!ast)
            continue;
          const stack = stacks.get(reader.target.stack) ?? [];
          for (const use of pipelineExportUses(ast))
            await checkUse(context, reader, use, stack);
        }
      }
    };
  }
});
export {
  pipeline_exports_default as default
};
