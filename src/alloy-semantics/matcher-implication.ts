/**
 * Whether one set of matchers provably selects a subset of the collectors
 * another matcher selects. Used by pipeline-exports: an exporting pipeline
 * must reach every collector its dependants reach. The test is conservative:
 * "not proven" is treated as "not implied".
 */
import { matches, type Matcher } from "../../grammar/matchers/index.js";

type MatcherLike = Pick<Matcher, "name" | "op" | "value" | "canonical">;

/** Whether every collector satisfying all of `given` satisfies `wanted`. */
export function matcherImplied(wanted: MatcherLike, given: readonly MatcherLike[]): boolean {
  for (const m of given) {
    if (m.canonical === wanted.canonical) return true;
    if (m.name !== wanted.name) continue;
    // An equality pins the attribute's value: evaluate the wanted matcher on it.
    if (m.op === "=" && matches(wanted, m.value)) return true;
    // `x!="a"` follows from `x!~R` when R matches "a" (every value R rejects differs from "a").
    if (m.op === "!~" && wanted.op === "!=" && matches({ op: "=~", value: m.value }, wanted.value)) return true;
  }
  // A regex every string satisfies holds for any collector.
  return wanted.op === "=~" && (wanted.value === ".*" || wanted.value === "(?s:.*)");
}

/** The first matcher of `wanted` that `given` does not imply, or undefined when all are implied. */
export function firstNotImplied<T extends MatcherLike>(wanted: readonly T[], given: readonly MatcherLike[]): T | undefined {
  return wanted.find((w) => !matcherImplied(w, given));
}
