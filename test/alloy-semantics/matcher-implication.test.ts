import { describe, expect, it } from "vitest";
import { parseMatcher } from "../../grammar/matchers/index.js";
import { firstNotImplied, matcherImplied } from "../../src/alloy-semantics/matcher-implication.js";

const m = (text: string) => {
  const { matcher } = parseMatcher(text);
  if (!matcher) throw new Error(`bad matcher ${text}`);
  return matcher;
};

describe("matcherImplied", () => {
  const cases: [string, string[], boolean][] = [
    ["env=prod", ["env=prod"], true],
    ['env="prod"', ["env=prod"], true],
    ['env=~"prod|dev"', ["env=prod"], true],
    ['env=~"prod|dev"', ["env=test"], false],
    ["env!=dev", ["env=prod"], true],
    ["env!=prod", ["env=prod"], false],
    ['env!~"dev.*"', ["env=prod"], true],
    ['env!=dev', ['env!~"dev|test"'], true],
    ['env!=prod', ['env!~"dev|test"'], false],
    ["env=prod", ['env=~"prod|dev"'], false],
    ["env=prod", [], false],
    ["team=a", ["env=prod"], false],
    ['env=~".*"', [], true],
  ];
  it.each(cases)("%s given %j → %s", (wanted, given, expected) => {
    expect(matcherImplied(m(wanted), given.map(m))).toBe(expected);
  });

  it("names the first matcher that does not follow", () => {
    expect(firstNotImplied([m("env=prod"), m("team=a")], [m("env=prod")])?.canonical).toBe('team="a"');
    expect(firstNotImplied([m("env=prod")], [m("env=prod"), m("team=a")])).toBeUndefined();
  });
});
