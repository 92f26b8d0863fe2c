import { describe, expect, it } from "vitest";
import { matches, satisfy, type ValueConstraint } from "../../../grammar/matchers/index.js";

function c(op: ValueConstraint["op"], value: string): ValueConstraint {
  return { op, value };
}

describe("satisfy", () => {
  it.each<[string, ValueConstraint[]]>([
    ["two different equalities", [c("=", "a"), c("=", "b")]],
    ["equal and not equal", [c("=", "a"), c("!=", "a")]],
    ["equal and a regex that misses it", [c("=", "a"), c("=~", "b.*")]],
    ["equal and a negative regex that hits it", [c("=", "abc"), c("!~", "a.*")]],
    ["a regex with an empty language", [c("=~", "[^\\s\\S]")]],
    ["a regex that fails on an anchor", [c("=~", "a^b")]],
    ["a negative regex that matches every single-line value", [c("!~", ".*")]],
    ["disjoint regexes", [c("=~", "[a-c]+"), c("=~", "[x-z]+")]],
    ["a regex and a negative regex covering it", [c("=~", "prod|dev"), c("!~", "prod|dev|test")]],
    ["a finite regex whose values are all excluded", [c("=~", "a|b"), c("!=", "a"), c("!=", "b")]],
    ["word boundaries that cannot hold", [c("=~", "a\\bb")]],
  ])("proves unsatisfiable: %s", (_, constraints) => {
    expect(satisfy(constraints)).toEqual({ satisfiable: false });
  });

  it.each<[string, ValueConstraint[]]>([
    ["a lone negative", [c("!=", "a")]],
    ["a missing attribute (empty value)", [c("=~", "a*"), c("!=", "a")]],
    ["overlapping regexes", [c("=~", "[a-m]+"), c("=~", "[h-z]+")]],
    ["a regex minus some of its values", [c("=~", "a|b|c"), c("!=", "a"), c("!~", "b")]],
    ["case-insensitive against exclusions", [c("=~", "(?i)k"), c("!=", "k")]],
    ["a negative regex that leaves a gap", [c("!~", "[a-z]*")]],
    ["a word boundary", [c("=~", "\\bfoo\\b")]],
  ])("finds a value: %s", (_, constraints) => {
    const result = satisfy(constraints);
    expect(result.satisfiable).toBe(true);
    if (result.satisfiable === true) {
      for (const k of constraints) expect(matches(k, result.witness)).toBe(true);
    }
  });

  it("gives up as unknown past its budget instead of guessing", () => {
    expect(satisfy([c("=~", "[a-z]{20}"), c("!~", "[a-y]{20}"), c("!~", "[b-z]{20}"), c("!~", ".*q.*")], 10).satisfiable).toBe("unknown");
  });
});
