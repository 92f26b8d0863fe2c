/**
 * The matcher grammar of Alertmanager's UTF-8 parser (`matcher/parse/parse.go`):
 *
 *   input   := "{" list "}" EOF | list EOF
 *   list    := ( matcher ( "," matcher )* ","? )?
 *   matcher := text operator text          text := quoted | unquoted
 *
 * Alertmanager's `Matcher()` then wants exactly one matcher; that and the
 * decoding of quoted text happen in `parse.ts`. This module only recognises
 * tokens and reports the first token that does not fit, with the token before
 * it, which is all the caller needs to say what was expected.
 */
import type { IToken, TokenType } from "chevrotain";
import { chevrotain } from "../chevrotain.js";
import { allTokens, CloseBrace, Comma, matcherLexer, OpenBrace, Operator, Text } from "./tokens.js";

/** One matcher as written: its three tokens. */
export interface RawMatcher {
  name: IToken;
  operator: IToken;
  value: IToken;
}

export interface RawSyntaxError {
  /** The token that does not fit (an EOF token at the end of the input). */
  token: IToken;
  /** The last token accepted before it, if any. */
  previous: IToken | undefined;
  /** Whether the input opened with a brace. */
  braced: boolean;
}

export interface RawParse {
  tokens: IToken[];
  matchers: RawMatcher[];
  error: RawSyntaxError | null;
}

const { EmbeddedActionsParser, EOF } = chevrotain;

class MatcherParser extends EmbeddedActionsParser {
  /** Set once a comma is not followed by a matcher: only a brace or the end may come next. */
  private listEnded = false;
  /** Matchers read so far; kept here so those before a syntax error survive it. */
  collected: RawMatcher[] = [];

  constructor() {
    // The grammar is fixed and its tests pass; validating it again costs every run a few milliseconds.
    super(allTokens, { recoveryEnabled: false, maxLookahead: 1, skipValidations: true });
    this.performSelfAnalysis();
  }

  start(tokens: IToken[]): void {
    this.input = tokens;
    this.listEnded = false;
    this.collected = [];
  }

  readonly matcherList = this.RULE("matcherList", (): void => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(OpenBrace);
          this.SUBRULE(this.list);
          this.CONSUME(CloseBrace);
          this.CONSUME(EOF);
        },
      },
      {
        ALT: () => {
          this.SUBRULE2(this.list);
          this.CONSUME2(EOF);
        },
      },
    ]);
  });

  private readonly list = this.RULE("list", (): void => {
    this.OPTION(() => {
      const first = this.SUBRULE(this.matcher);
      this.ACTION(() => {
        this.collected.push(first);
        this.listEnded = false;
      });
      this.MANY({
        GATE: () => !this.listEnded,
        DEF: () => {
          this.CONSUME(Comma);
          const next = this.OPTION2(() => this.SUBRULE2(this.matcher));
          this.ACTION(() => {
            if (next) this.collected.push(next);
            else this.listEnded = true;
          });
        },
      });
    });
  });

  private readonly matcher = this.RULE("matcher", (): RawMatcher => {
    const name = this.CONSUME(Text);
    const operator = this.CONSUME(Operator);
    const value = this.CONSUME2(Text);
    return { name, operator, value };
  });
}

let parser: MatcherParser | undefined;

/** Lexes and parses one matcher string; the parser is built once per process. */
export function parseTokens(text: string): RawParse {
  parser ??= new MatcherParser();
  const lexed = matcherLexer().tokenize(text);
  parser.start(lexed.tokens);
  // Chevrotain signals a mismatch with an Error subclass; its stack trace is
  // most of the cost of parsing a bad matcher, and nobody reads it.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parser.matcherList();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const matchers = parser.collected;
  const [first] = parser.errors;
  if (!first) return { tokens: lexed.tokens, matchers, error: null };
  const previous = first.token.tokenType === EOF ? lexed.tokens.at(-1) : precedingToken(lexed.tokens, first.token);
  const braced = lexed.tokens[0]?.tokenType === OpenBrace;
  return { tokens: lexed.tokens, matchers, error: { token: first.token, previous, braced } };
}

function precedingToken(tokens: IToken[], token: IToken): IToken | undefined {
  const index = tokens.findIndex((t) => t.startOffset === token.startOffset);
  return index > 0 ? tokens[index - 1] : undefined;
}

export function isTokenOf(token: IToken | undefined, type: TokenType): boolean {
  if (!token) return false;
  return token.tokenType === type || (token.tokenType.CATEGORIES ?? []).includes(type);
}

export { EOF };
