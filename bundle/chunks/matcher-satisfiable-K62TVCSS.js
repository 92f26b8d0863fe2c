import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  globalMatchers,
  pipelineMatchers
} from "./chunk-PEAJP73Z.js";
import {
  parseMatcher,
  satisfy
} from "./chunk-JKUQAI7V.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/matcher-satisfiable.js
function parsedOnly(list) {
  const out = [];
  for (const located of list) {
    const { matcher } = parseMatcher(located.text);
    if (matcher)
      out.push({ located, matcher });
  }
  return out;
}
function isSatisfiable(matchers) {
  return satisfy(matchers.map((p) => p.matcher)).satisfiable !== false;
}
function analyse(matchers) {
  const findings = [];
  const firstByForm = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const p of matchers) {
    const first = firstByForm.get(p.matcher.canonical);
    if (first) {
      findings.push({ kind: "duplicate", at: p, first });
      continue;
    }
    firstByForm.set(p.matcher.canonical, p);
    if (!isSatisfiable([p])) {
      findings.push({ kind: "neverMatches", at: p });
      continue;
    }
    const group = byName.get(p.matcher.name) ?? [];
    if (group.length > 0 && !isSatisfiable([...group, p])) {
      const other = group.find((g) => !isSatisfiable([g, p])) ?? group[0];
      findings.push({ kind: "conflict", at: p, other });
      continue;
    }
    group.push(p);
    byName.set(p.matcher.name, group);
  }
  return findings;
}
function describe(p) {
  return p.located.origin === "global" ? `'${p.located.text}' (a global matcher of the target)` : `'${p.located.text}'`;
}
function report(context, finding) {
  const at = finding.at;
  const loc = at.located.location;
  switch (finding.kind) {
    case "duplicate":
      context.report({
        messageId: "duplicate",
        data: { matcher: at.located.text, other: describe(finding.first) },
        loc,
        related: [{ ...finding.first.located.location, message: "first written here" }]
      });
      return;
    case "neverMatches":
      context.report({ messageId: "neverMatches", data: { matcher: at.located.text, name: at.matcher.name }, loc });
      return;
    case "conflict":
      context.report({
        messageId: "conflict",
        data: { matcher: at.located.text, other: describe(finding.other), name: at.matcher.name },
        loc,
        related: [{ ...finding.other.located.location, message: "conflicting matcher" }]
      });
      return;
  }
}
function noMatchersLocation(pipeline) {
  const file = pipeline.definition.file;
  const key = pipeline.definition.keys.get("matchers");
  return { file, range: key ? key.key : { start: 0, end: file.lineText(1).length } };
}
var matcher_satisfiable_default = defineRule({
  meta: {
    id: "matcher-satisfiable",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "A pipeline's matchers can all hold at once, are not repeated, and exist" },
    messages: {
      conflict: "Unsatisfiable matcher '{{matcher}}': no value of {{name}} also satisfies {{other}}, so the pipeline reaches no collector",
      neverMatches: "Unsatisfiable matcher '{{matcher}}': no value of {{name}} satisfies it, so the pipeline reaches no collector",
      duplicate: "Duplicate matcher '{{matcher}}': same as {{other}}",
      noMatchers: "Expected at least one matcher: pipeline '{{name}}' has none, so it reaches no collector"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    return {
      pipeline(pipeline) {
        if (pipeline.definition.data === void 0)
          return;
        const global = globalMatchers(context, pipeline.target);
        const own = pipelineMatchers(pipeline);
        if (own.length === 0 && global.length === 0) {
          context.report({ messageId: "noMatchers", data: { name: pipeline.name }, loc: noMatchersLocation(pipeline) });
          return;
        }
        for (const finding of analyse(parsedOnly([...global, ...own]))) {
          if (finding.at.located.origin === "pipeline")
            report(context, finding);
        }
      },
      target(target) {
        for (const finding of analyse(parsedOnly(globalMatchers(context, target))))
          report(context, finding);
      }
    };
  }
});
export {
  matcher_satisfiable_default as default
};
