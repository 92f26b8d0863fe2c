/**
 * Tokens of Alertmanager's UTF-8 matcher syntax (`matcher/parse/lexer.go`).
 *
 * Alertmanager lexes lazily and stops at the first bad rune; Chevrotain lexes
 * the whole input up front. To keep the reference's error order, every input
 * lexes without lexer errors: the runes Alertmanager rejects become error
 * tokens (`InvalidRune`, `LoneBang`, `UnterminatedQuote`) that no grammar rule
 * accepts, so the parser fails on them exactly when Alertmanager would reach
 * them, and not before.
 */
import type { CustomPatternMatcherFunc, Lexer as ChevrotainLexer, TokenType } from "chevrotain";
import { chevrotain } from "../chevrotain.js";

const { createToken, Lexer } = chevrotain;

/**
 * Chevrotain rebuilds regex patterns without the `u` flag, which Unicode
 * property classes and astral runes need, so those tokens match through a
 * sticky Unicode regex of their own.
 */
function unicodePattern(source: string): CustomPatternMatcherFunc {
  const regex = new RegExp(source, "uy");
  return (text, offset) => {
    regex.lastIndex = offset;
    return regex.exec(text);
  };
}

/** Every White_Space rune, for Chevrotain's first-character hints. */
const WHITE_SPACE = "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

/** Go's unicode.IsSpace, which is the Unicode White_Space property. */
export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: unicodePattern("\\p{White_Space}+"),
  start_chars_hint: [...WHITE_SPACE],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const OpenBrace = createToken({ name: "OpenBrace", pattern: /\{/, label: "{" });
export const CloseBrace = createToken({ name: "CloseBrace", pattern: /\}/, label: "}" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "," });

/** Category of the four operators, so a rule can ask for "any operator". */
export const Operator = createToken({ name: "Operator", pattern: Lexer.NA });
export const NotEquals = createToken({ name: "NotEquals", pattern: /!=/, categories: Operator, label: "!=" });
export const NotMatches = createToken({ name: "NotMatches", pattern: /!~/, categories: Operator, label: "!~" });
export const Matches = createToken({ name: "Matches", pattern: /=~/, categories: Operator, label: "=~" });
export const Equals = createToken({ name: "Equals", pattern: /=/, categories: Operator, label: "=" });

/** Category of names and values: quoted or unquoted text. */
export const Text = createToken({ name: "Text", pattern: Lexer.NA });
/** A double-quoted string; a backslash always escapes the next rune, whatever it is. */
export const Quoted = createToken({
  name: "Quoted",
  pattern: unicodePattern('"(?:[^"\\\\]|\\\\[\\s\\S])*"'),
  start_chars_hint: ['"'],
  categories: Text,
  line_breaks: true,
});
/** Any run of runes that are neither white space nor reserved punctuation. */
export const Unquoted = createToken({
  name: "Unquoted",
  pattern: unicodePattern("[^\\p{White_Space}{}!=~,\"'`\\\\]+"),
  categories: Text,
});

// Error tokens: what Alertmanager's lexer refuses.
/** `!` not followed by `=` or `~`. */
export const LoneBang = createToken({ name: "LoneBang", pattern: /!/, label: "!" });
/** A `"` with no closing quote: runs to the end of the input. */
export const UnterminatedQuote = createToken({
  name: "UnterminatedQuote",
  pattern: /"[\s\S]*/,
  line_breaks: true,
});
/** Reserved runes that start no token: `~`, `'`, backquote and backslash. */
export const InvalidRune = createToken({ name: "InvalidRune", pattern: /[~'`\\]/ });

/** Order matters: Chevrotain takes the first pattern that matches. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  OpenBrace,
  CloseBrace,
  Comma,
  NotEquals,
  NotMatches,
  LoneBang,
  Matches,
  Equals,
  Quoted,
  UnterminatedQuote,
  Unquoted,
  InvalidRune,
  Operator,
  Text,
];

export const errorTokens: ReadonlySet<TokenType> = new Set([LoneBang, UnterminatedQuote, InvalidRune]);

let lexer: ChevrotainLexer | undefined;

/** The lexer, built once per process. */
export function matcherLexer(): ChevrotainLexer {
  lexer ??= new Lexer(allTokens, {
    positionTracking: "onlyOffset",
    ensureOptimizations: false,
    skipValidations: true,
  });
  return lexer;
}
