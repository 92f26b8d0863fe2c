/**
 * Alloy text as it must be written inside a YAML scalar so that the scalar
 * decodes back to it: what completion inserts into inline `contents`. A
 * literal block keeps the text, its new lines indented like the cursor's
 * line; a double-quoted scalar escapes; a single-quoted one doubles quotes.
 * Where the style cannot hold the text as typed (a line break in a plain,
 * folded or single-quoted scalar folds into a space), there is no encoding.
 */
import { Scalar } from "yaml";

export interface ScalarInsert {
  text: string;
  /** The text is already indented for the document: the client must not re-indent it. */
  asIs: boolean;
}

/**
 * `text` (a snippet when `snippet` is set) for a scalar of `style`, inserted
 * on a line whose leading whitespace up to the cursor is `lineIndent`.
 */
export function encodeForScalar(text: string, style: Scalar["type"], snippet: boolean, lineIndent: string): ScalarInsert | undefined {
  switch (style) {
    case Scalar.BLOCK_LITERAL:
      return { text: text.replaceAll("\n", `\n${lineIndent}`), asIs: text.includes("\n") };
    case Scalar.QUOTE_DOUBLE: {
      const escaped = text.replace(/[\\"\n\t]/g, (c) => DOUBLE_QUOTED_ESCAPES[c]);
      // In a snippet a backslash is itself an escape: `\\` inserts one.
      return { text: snippet ? escaped.replaceAll("\\", "\\\\") : escaped, asIs: false };
    }
    case Scalar.QUOTE_SINGLE:
      return text.includes("\n") ? undefined : { text: text.replaceAll("'", "''"), asIs: false };
    case Scalar.PLAIN:
      // `: ` and ` #` would end a plain scalar; a line break would fold.
      return /\n|:[ \t]|[ \t]#/.test(text) ? undefined : { text, asIs: false };
    default:
      return text.includes("\n") ? undefined : { text, asIs: false };
  }
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t" };
