/**
 * From tokens to one Alertmanager matcher: decodes quoted text, compiles
 * regex values, enforces "exactly one matcher", and turns the first problem
 * into an error that says what was expected where. Problems are reported in
 * the order Alertmanager meets them: left to right, a matcher's own text
 * before the token after it.
 */
import type { IToken } from "chevrotain";
import type { TextRange } from "../../src/core/source.js";
import { goQuote, goUnquote, isReservedRune, openMetricsEscape, utf8Width } from "./go-strings.js";
import { EOF, isTokenOf, parseTokens, type RawMatcher, type RawSyntaxError } from "./parser.js";
import { compileRegex } from "./regex.js";
import {
  CloseBrace,
  Comma,
  Equals,
  InvalidRune,
  LoneBang,
  Matches,
  NotEquals,
  NotMatches,
  OpenBrace,
  Operator,
  Quoted,
  Text,
  UnterminatedQuote,
} from "./tokens.js";

export type MatchOperator = "=" | "!=" | "=~" | "!~";

export interface Matcher {
  name: string;
  op: MatchOperator;
  value: string;
  /** Alertmanager's `Matcher.String()`: the form two matchers are compared by. */
  canonical: string;
  /** Where the name, operator and value are in the matcher text (UTF-16, quotes included). */
  nameRange: TextRange;
  operatorRange: TextRange;
  valueRange: TextRange;
}

export type MatcherErrorKind = "syntax" | "quoted" | "regex" | "count";

export interface MatcherError {
  kind: MatcherErrorKind;
  /** What is wrong and what was expected, as a sentence. */
  message: string;
  /** UTF-16 offsets into the matcher text (end exclusive). */
  start: number;
  end: number;
  /** The same range in UTF-8 bytes. */
  byteStart: number;
  byteEnd: number;
  /** The same range in runes: the `start:end` prefix of Alertmanager's own errors. */
  runeStart: number;
  runeEnd: number;
}

export interface MatcherParseResult {
  matcher: Matcher | null;
  error?: MatcherError;
}

const OPERATORS = new Map([
  [Equals, "="],
  [NotEquals, "!="],
  [Matches, "=~"],
  [NotMatches, "!~"],
] as const);

interface Problem {
  kind: MatcherErrorKind;
  message: string;
  range: TextRange;
}

export function parseMatcherText(text: string): MatcherParseResult {
  const raw = parseTokens(text);
  const matchers: Matcher[] = [];
  for (const m of raw.matchers) {
    const built = buildMatcher(m);
    if ("problem" in built) return failure(text, built.problem);
    matchers.push(built.matcher);
  }
  if (raw.error) {
    const partialName = incompleteMatcherName(raw.tokens, raw.error);
    const nameProblem = partialName && decodeProblem(partialName, "name");
    return failure(text, nameProblem ?? syntaxProblem(text, raw.error, raw.tokens));
  }
  if (matchers.length === 1) return { matcher: matchers[0] };
  if (matchers.length === 0) {
    return failure(text, { kind: "count", message: "Expected a matcher such as env=prod, found none", range: { start: 0, end: text.length } });
  }
  const second = matchers[1];
  return failure(text, {
    kind: "count",
    message: `Expected exactly one matcher, found ${matchers.length}: write each one as its own list item`,
    range: { start: second.nameRange.start, end: matchers[matchers.length - 1].valueRange.end },
  });
}

function buildMatcher(m: RawMatcher): { matcher: Matcher } | { problem: Problem } {
  const name = decode(m.name);
  if (name === null) return { problem: decodeProblem(m.name, "name") as Problem };
  const value = decode(m.value);
  if (value === null) return { problem: decodeProblem(m.value, "value") as Problem };
  const op = OPERATORS.get(m.operator.tokenType) as MatchOperator;
  if (op === "=~" || op === "!~") {
    const compiled = compileRegex(value);
    if (!compiled.ok) {
      const reason = compiled.message.replace(/^error parsing regexp: /, "");
      return { problem: { kind: "regex", message: `Invalid RE2 regex ${goQuote(value)}: ${reason}`, range: tokenRange(m.value) } };
    }
  }
  return {
    matcher: {
      name,
      op,
      value,
      canonical: canonicalForm(name, op, value),
      nameRange: tokenRange(m.name),
      operatorRange: tokenRange(m.operator),
      valueRange: tokenRange(m.value),
    },
  };
}

/** Alertmanager's `Matcher.String()`: a name with reserved runes is %q-quoted, and then so is the value. */
export function canonicalForm(name: string, op: MatchOperator, value: string): string {
  if ([...name].some(isReservedRune)) return `${goQuote(name)}${op}${goQuote(value)}`;
  return `${name}${op}"${openMetricsEscape(value)}"`;
}

function decode(token: IToken): string | null {
  return token.tokenType === Quoted ? goUnquote(token.image) : token.image;
}

function decodeProblem(token: IToken, part: "name" | "value"): Problem | null {
  if (decode(token) !== null) return null;
  return {
    kind: "quoted",
    message: `Invalid quoted ${part} ${token.image}: expected Go string escapes (\\n, \\t, \\", \\\\, \\xNN, \\uNNNN) that decode to valid UTF-8`,
    range: tokenRange(token),
  };
}

/**
 * Alertmanager decodes a name as soon as it reads it, so a bad quoted name
 * wins over a syntax error in the operator or value that follows it.
 */
function incompleteMatcherName(tokens: IToken[], error: RawSyntaxError): IToken | undefined {
  const prev = error.previous;
  if (!prev) return undefined;
  const index = tokens.indexOf(prev);
  const before = index > 0 ? tokens[index - 1] : undefined;
  if (isTokenOf(prev, Operator)) return isTokenOf(before, Text) ? before : undefined;
  if (isTokenOf(prev, Text) && !isTokenOf(before, Operator)) return prev;
  return undefined;
}

function tokenRange(token: IToken): TextRange {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}

function quoteImage(image: string): string {
  return `"${image.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

function shown(image: string): string {
  return image.length > 40 ? quoteImage(`${image.slice(0, 37)}...`) : quoteImage(image);
}

/** A text token right after an operator is a value; any other is a name. */
function isValueToken(tokens: IToken[], token: IToken | undefined): boolean {
  const index = token ? tokens.indexOf(token) : -1;
  return index > 0 && isTokenOf(tokens[index - 1], Operator);
}

/** What the grammar wanted after `previous`. */
function expectation(previous: IToken | undefined, tokens: IToken[], braced: boolean): string {
  if (!previous || previous.tokenType === OpenBrace) return braced ? 'an attribute name or "}"' : "an attribute name";
  if (isTokenOf(previous, Operator)) {
    const index = tokens.indexOf(previous);
    const name = index > 0 ? tokens[index - 1].image : "";
    return `a value after ${shown(name + previous.image)}`;
  }
  if (isTokenOf(previous, Text)) {
    if (!isValueToken(tokens, previous)) return `an operator (=, !=, =~, !~) after ${shown(previous.image)}`;
    return braced ? 'a comma or "}" after the matcher' : "a comma or the end of the matcher";
  }
  if (previous.tokenType === Comma) return braced ? 'another matcher or "}" after ","' : 'another matcher or the end after ","';
  if (previous.tokenType === CloseBrace) return 'the end of the input after "}"';
  return "a matcher";
}

function syntaxProblem(text: string, error: RawSyntaxError, tokens: IToken[]): Problem {
  const { token, previous, braced } = error;
  const expected = expectation(previous, tokens, braced);
  if (token.tokenType === EOF) {
    const at = { start: text.length, end: text.length };
    const midMatcher = isTokenOf(previous, Operator) || (isTokenOf(previous, Text) && !isValueToken(tokens, previous));
    const closing = braced && !midMatcher;
    return { kind: "syntax", message: closing ? 'Expected a closing "}" at the end of the input' : `Expected ${expected}, found the end of the input`, range: at };
  }
  const range = tokenRange(token);
  if (token.tokenType === CloseBrace && !braced) {
    return { kind: "syntax", message: 'Unexpected "}" without an opening "{"', range };
  }
  if (token.tokenType === LoneBang) {
    return { kind: "syntax", message: 'Expected "=" or "~" after "!" (the operators are !=, !~)', range };
  }
  if (token.tokenType === UnterminatedQuote) {
    return { kind: "syntax", message: `Expected a closing '"' for the quoted text ${shown(token.image)}`, range };
  }
  if (token.tokenType === InvalidRune) {
    return { kind: "syntax", message: `Expected ${expected}, found the reserved character ${shown(token.image)} (quote the text to use it)`, range };
  }
  return { kind: "syntax", message: `Expected ${expected}, found ${shown(token.image)}`, range };
}

function failure(text: string, problem: Problem): MatcherParseResult {
  const { start, end } = problem.range;
  const before = measure(text, 0, start);
  const inside = measure(text, start, end);
  return {
    matcher: null,
    error: {
      kind: problem.kind,
      message: problem.message,
      start,
      end,
      byteStart: before.bytes,
      byteEnd: before.bytes + inside.bytes,
      runeStart: before.runes,
      runeEnd: before.runes + inside.runes,
    },
  };
}

/** UTF-8 bytes and runes in text[from, to). */
function measure(text: string, from: number, to: number): { bytes: number; runes: number } {
  let bytes = 0;
  let runes = 0;
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    bytes += utf8Width(cp);
    runes++;
  }
  return { bytes, runes };
}
