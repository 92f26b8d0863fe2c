import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalForm, parseMatcher, type MatchOperator } from "../../../grammar/matchers/index.js";

const noLoneSurrogate = (s: string) => !/\p{Surrogate}/u.test(s);
const anyText = fc.string({ unit: "binary", maxLength: 40 }).filter(noLoneSurrogate);
/** Text biased towards the matcher alphabet, so generated inputs reach deep into the grammar. */
const matcherish = fc
  .array(fc.constantFrom("a", "é", "🙂", "=", "!", "~", ",", "{", "}", '"', "\\", " ", "\t", "\n", "'", "x", "n", ".", "*"), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("parseMatcher properties", () => {
  it("never throws, and error ranges lie inside the input with consistent units", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, matcherish), (text) => {
        const result = parseMatcher(text);
        expect((result.matcher === null) !== (result.error === undefined)).toBe(true);
        const error = result.error;
        if (error) {
          expect(0 <= error.start && error.start <= error.end && error.end <= text.length).toBe(true);
          expect(error.runeEnd - error.runeStart).toBe([...text.slice(error.start, error.end)].length);
          expect(error.byteEnd - error.byteStart).toBe(Buffer.byteLength(text.slice(error.start, error.end)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("parses the canonical form back to the same matcher", () => {
    const op = fc.constantFrom<MatchOperator>("=", "!=", "=~", "!~");
    const regex = fc.constantFrom("", ".*", "a|b", "[[:alpha:]]+", "(?i)prod", "\\d{1,3}", "🙂+", "x\\.y");
    fc.assert(
      fc.property(anyText.filter((s) => s.length > 0), op, anyText, regex, (name, operator, text, pattern) => {
        const value = operator === "=" || operator === "!=" ? text : pattern;
        const canonical = canonicalForm(name, operator, value);
        const { matcher } = parseMatcher(canonical);
        expect(matcher).toMatchObject({ name, op: operator, value, canonical });
      }),
      { numRuns: 2000 },
    );
  });
});
