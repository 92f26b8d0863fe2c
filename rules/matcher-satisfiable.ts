/**
 * A pipeline reaches the collectors for which all of its matchers hold,
 * together with its target's global matchers. This rule finds matchers that
 * can never all hold (per attribute, decided exactly by `satisfy` over the
 * RE2 programs; a missing attribute counts as the empty value, as in
 * Alertmanager), duplicates, and pipelines with no matchers at all, all of
 * which quietly deploy the pipeline to fewer collectors than meant, or none.
 */
import { defineRule, type RuleContext } from "../src/engine/types.js";
import { parseMatcher, satisfy, type Matcher } from "../grammar/matchers/index.js";
import { globalMatchers, pipelineMatchers, type LocatedMatcher } from "../src/match/located.js";
import type { Pipeline } from "../src/repo/types.js";

interface Parsed {
  located: LocatedMatcher;
  matcher: Matcher;
}

/** Problems found among one list of matchers, in the order they were written. */
type Finding =
  | { kind: "duplicate"; at: Parsed; first: Parsed }
  | { kind: "neverMatches"; at: Parsed }
  | { kind: "conflict"; at: Parsed; other: Parsed };

function parsedOnly(list: LocatedMatcher[]): Parsed[] {
  const out: Parsed[] = [];
  for (const located of list) {
    const { matcher } = parseMatcher(located.text);
    // Invalid matchers are matcher-valid's to report.
    if (matcher) out.push({ located, matcher });
  }
  return out;
}

function isSatisfiable(matchers: readonly Parsed[]): boolean {
  return satisfy(matchers.map((p) => p.matcher)).satisfiable !== false;
}

/**
 * Duplicates first (same canonical form), then, per attribute, matchers that
 * hold for no value, then each matcher that no value satisfies together with
 * the ones before it; the earlier matcher it clashes with is named.
 */
function analyse(matchers: readonly Parsed[]): Finding[] {
  const findings: Finding[] = [];
  const firstByForm = new Map<string, Parsed>();
  const byName = new Map<string, Parsed[]>();
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

function describe(p: Parsed): string {
  return p.located.origin === "global" ? `'${p.located.text}' (a global matcher of the target)` : `'${p.located.text}'`;
}

function report(context: RuleContext, finding: Finding): void {
  const at = finding.at;
  const loc = at.located.location;
  switch (finding.kind) {
    case "duplicate":
      context.report({
        messageId: "duplicate",
        data: { matcher: at.located.text, other: describe(finding.first) },
        loc,
        related: [{ ...finding.first.located.location, message: "first written here" }],
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
        related: [{ ...finding.other.located.location, message: "conflicting matcher" }],
      });
      return;
  }
}

/** Where to say a pipeline has no matchers: its `matchers` key, else the start of the file. */
function noMatchersLocation(pipeline: Pipeline) {
  const file = pipeline.definition.file;
  const key = pipeline.definition.keys.get("matchers");
  return { file, range: key ? key.key : { start: 0, end: file.lineText(1).length } };
}

export default defineRule({
  meta: {
    id: "matcher-satisfiable",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "warn",
    docs: { description: "A pipeline's matchers can all hold at once, are not repeated, and exist" },
    messages: {
      conflict:
        "Unsatisfiable matcher '{{matcher}}': no value of {{name}} also satisfies {{other}}, so the pipeline reaches no collector",
      neverMatches: "Unsatisfiable matcher '{{matcher}}': no value of {{name}} satisfies it, so the pipeline reaches no collector",
      duplicate: "Duplicate matcher '{{matcher}}': same as {{other}}",
      noMatchers: "Expected at least one matcher: pipeline '{{name}}' has none, so it reaches no collector",
    },
    fixable: false,
    schema: [],
  },
  create(context) {
    return {
      pipeline(pipeline) {
        // Without parsed YAML the loader found no matchers to judge; pipeline-schema reports why.
        if (pipeline.definition.data === undefined) return;
        const global = globalMatchers(context, pipeline.target);
        const own = pipelineMatchers(pipeline);
        if (own.length === 0 && global.length === 0) {
          context.report({ messageId: "noMatchers", data: { name: pipeline.name }, loc: noMatchersLocation(pipeline) });
          return;
        }
        // Global matchers come first, so a clash is reported on the pipeline's own matcher;
        // clashes among global matchers alone are the target hook's.
        for (const finding of analyse(parsedOnly([...global, ...own]))) {
          if (finding.at.located.origin === "pipeline") report(context, finding);
        }
      },
      target(target) {
        for (const finding of analyse(parsedOnly(globalMatchers(context, target)))) report(context, finding);
      },
    };
  },
});
