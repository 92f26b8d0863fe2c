/**
 * The matcher language facade: callers get plain data (never Chevrotain
 * types). `parseMatcher` parses one matcher string exactly as Alertmanager's
 * UTF-8 parser does; `matches` evaluates it against an attribute value, where
 * a missing attribute has the empty value.
 */
import { parseMatcherText, type Matcher, type MatcherParseResult } from "./parse.js";
import { compileRegex, regexMatches } from "./regex.js";

export type { MatchOperator, Matcher, MatcherError, MatcherErrorKind, MatcherParseResult } from "./parse.js";
export { canonicalForm } from "./parse.js";
export { goQuote, goUnquote } from "./go-strings.js";

const cache = new Map<string, MatcherParseResult>();
const CACHE_LIMIT = 4096;

/** Parses one matcher string (results are cached: rules and commands share them). */
export function parseMatcher(text: string): MatcherParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseMatcherText(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/** Alertmanager's `Matcher.Matches`: whether an attribute value satisfies the matcher. */
export function matches(matcher: Pick<Matcher, "op" | "value">, attributeValue: string): boolean {
  switch (matcher.op) {
    case "=":
      return attributeValue === matcher.value;
    case "!=":
      return attributeValue !== matcher.value;
    case "=~":
    case "!~": {
      const compiled = compileRegex(matcher.value);
      // A matcher only exists once its regex compiled; an invalid one matches nothing.
      const hit = compiled.ok && regexMatches(compiled.regex, attributeValue);
      return matcher.op === "=~" ? hit : !hit;
    }
  }
}

/** Whether every matcher holds for a collector's attributes (a missing attribute is ""). */
export function matchesAll(matchers: readonly Pick<Matcher, "name" | "op" | "value">[], attributes: Readonly<Record<string, string>>): boolean {
  return matchers.every((m) => matches(m, Object.hasOwn(attributes, m.name) ? attributes[m.name] : ""));
}

export { satisfy, type Satisfiability, type ValueConstraint } from "./satisfy.js";
