import { describe, expect, it } from "vitest";
import { matches, matchesAll, parseMatcher } from "../../../grammar/matchers/index.js";

function parts(text: string) {
  const { matcher } = parseMatcher(text);
  return matcher && [matcher.name, matcher.op, matcher.value, matcher.canonical];
}

describe("parseMatcher: accepted forms", () => {
  it.each([
    ["env=prod", ["env", "=", "prod", 'env="prod"']],
    ["  env  !=  prod  ", ["env", "!=", "prod", 'env!="prod"']],
    ['collector.os=~"linux|darwin"', ["collector.os", "=~", "linux|darwin", 'collector.os=~"linux|darwin"']],
    ['"team name"!~"a.*"', ["team name", "!~", "a.*", '"team name"!~"a.*"']],
    ["{env=prod}", ["env", "=", "prod", 'env="prod"']],
    ["{env=prod,}", ["env", "=", "prod", 'env="prod"']],
    ["env=prod,", ["env", "=", "prod", 'env="prod"']],
    ['env=""', ["env", "=", "", 'env=""']],
    ["région=téléphone", ["région", "=", "téléphone", 'région="téléphone"']],
    ['env="a\\tb"', ["env", "=", "a\tb", 'env="a\tb"']],
    ['"k\\"q"="a\\tb"', ['k"q', "=", "a\tb", '"k\\"q"="a\\tb"']],
    ['env="\\n"', ["env", "=", "\n", 'env="\\n"']],
  ])("%s", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it("gives the name, operator and value ranges in UTF-16 offsets", () => {
    const { matcher } = parseMatcher('{🙂 =~ "a"}');
    expect(matcher?.nameRange).toEqual({ start: 1, end: 3 });
    expect(matcher?.operatorRange).toEqual({ start: 4, end: 6 });
    expect(matcher?.valueRange).toEqual({ start: 7, end: 10 });
  });
});

describe("parseMatcher: errors say what was expected, where", () => {
  it.each([
    ["foo", "syntax", "Expected an operator (=, !=, =~, !~) after \"foo\", found the end of the input", [3, 3]],
    ["foo bar", "syntax", 'Expected an operator (=, !=, =~, !~) after "foo", found "bar"', [4, 7]],
    ["foo=", "syntax", 'Expected a value after "foo=", found the end of the input', [4, 4]],
    ["foo==bar", "syntax", 'Expected a value after "foo=", found "="', [4, 5]],
    ["foo=a b", "syntax", 'Expected a comma or the end of the matcher, found "b"', [6, 7]],
    ["{foo=bar", "syntax", 'Expected a closing "}" at the end of the input', [8, 8]],
    ["foo=bar}", "syntax", 'Unexpected "}" without an opening "{"', [7, 8]],
    ["{foo=bar}}", "syntax", 'Expected the end of the input after "}", found "}"', [9, 10]],
    ["foo=bar,,", "syntax", 'Expected another matcher or the end after ",", found ","', [8, 9]],
    ["=bar", "syntax", 'Expected an attribute name, found "="', [0, 1]],
    ["foo~bar", "syntax", 'Expected an operator (=, !=, =~, !~) after "foo", found the reserved character "~" (quote the text to use it)', [3, 4]],
    ["foo!bar", "syntax", 'Expected "=" or "~" after "!" (the operators are !=, !~)', [3, 4]],
    ['foo="bar', "syntax", "Expected a closing '\"' for the quoted text \"\\\"bar\"", [4, 8]],
    ['foo="\\q"', "quoted", 'Invalid quoted value "\\q": expected Go string escapes (\\n, \\t, \\", \\\\, \\xNN, \\uNNNN) that decode to valid UTF-8', [4, 8]],
    ['foo=~"(a"', "regex", "Invalid RE2 regex \"(a\": missing closing ): `^(?:(a)$`", [5, 9]],
    ["", "count", "Expected a matcher such as env=prod, found none", [0, 0]],
    ["{}", "count", "Expected a matcher such as env=prod, found none", [0, 2]],
    ["a=b,c=d", "count", "Expected exactly one matcher, found 2: write each one as its own list item", [4, 7]],
  ])("%j", (text, kind, message, [start, end]) => {
    const { matcher, error } = parseMatcher(text);
    expect(matcher).toBeNull();
    expect(error).toMatchObject({ kind, message, start, end });
  });

  it("reports the first problem in reading order, as Alertmanager does", () => {
    // The bad quoted name is read before the bad operator.
    expect(parseMatcher('"\\q"~x').error?.kind).toBe("quoted");
    // The regex of the first matcher is compiled before the stray rune is read.
    expect(parseMatcher('a=~"(",~').error?.kind).toBe("regex");
  });

  it("gives error ranges in UTF-16 units, UTF-8 bytes and runes", () => {
    const { error } = parseMatcher("🙂é x");
    expect(error).toMatchObject({ start: 4, end: 5, byteStart: 7, byteEnd: 8, runeStart: 3, runeEnd: 4 });
  });
});

describe("regex values follow Go RE2, not JavaScript", () => {
  it.each(["(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(a)\\1", "\\Z", "\\C", "a++", "x{1001}", "[z-a]"])(
    "rejects %s",
    (regex) => {
      expect(parseMatcher(`k=~"${regex.replace(/\\/g, "\\\\")}"`).error?.kind).toBe("regex");
    },
  );

  it.each([
    ["(?P<n>a)", "a", true],
    ["a\\z", "a", true],
    ["[[:alpha:]]+", "abc", true],
    ["[[:alpha:]]+", "ab1", false],
    ["(?i)PROD", "prod", true],
    ["pro(?i)D", "proD", true],
    ["pro(?i)D", "PROd", false],
    ["\\Qa.b\\E", "a.b", true],
    ["\\Qa.b\\E", "axb", false],
    ["\\p{Greek}+", "αβγ", true],
    ["x{2}y{,3}", "xxy{,3}", true],
  ])("%s on %j is %s", (regex, value, expected) => {
    const { matcher } = parseMatcher(`k=~"${regex.replace(/\\/g, "\\\\")}"`);
    expect(matcher).not.toBeNull();
    expect(matches(matcher!, value)).toBe(expected);
  });

  it("anchors the whole value and keeps `.` off newlines unless (?s)", () => {
    const dot = parseMatcher("k=~.+").matcher!;
    expect(matches(dot, "abc")).toBe(true);
    expect(matches(dot, "abc\ndef")).toBe(false);
    expect(matches(parseMatcher('k=~"(?s).+"').matcher!, "abc\ndef")).toBe(true);
    expect(matches(parseMatcher("k=~b").matcher!, "abc")).toBe(false);
    expect(matches(parseMatcher("k=~a|b").matcher!, "ab")).toBe(false);
  });

  it("matches astral characters as one rune", () => {
    expect(matches(parseMatcher('k=~"^.bar$"').matcher!, "🙂bar")).toBe(true);
    expect(matches(parseMatcher('k=~"..bar"').matcher!, "🙂bar")).toBe(false);
  });
});

describe("matchesAll", () => {
  const ms = ["env=prod", "team!=a", 'os=~"linux|darwin"'].map((t) => parseMatcher(t).matcher!);
  it("needs every matcher, with a missing attribute as the empty value", () => {
    expect(matchesAll(ms, { env: "prod", os: "linux" })).toBe(true);
    expect(matchesAll(ms, { env: "prod", os: "linux", team: "a" })).toBe(false);
    expect(matchesAll(ms, { env: "prod" })).toBe(false);
    expect(matchesAll([parseMatcher('env=""').matcher!], {})).toBe(true);
  });
});

describe("white space is Go's unicode.IsSpace", () => {
  it.each(["\t", "\n", "\v", "\f", "\r", " ", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2003", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"])(
    "skips %j between tokens",
    (space) => {
      expect(parseMatcher(`${space}a${space}=${space}b${space}`).matcher).toMatchObject({ name: "a", op: "=", value: "b" });
    },
  );

  it("does not treat other format characters as space", () => {
    expect(parseMatcher("a=\u200bb").matcher).toMatchObject({ value: "\u200bb" });
    expect(parseMatcher("a=\ufeffb").matcher).toMatchObject({ value: "\ufeffb" });
  });
});
