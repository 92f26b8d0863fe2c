/**
 * Alloy text as it must be written inside a YAML scalar so that the scalar
 * decodes back to it: what completion inserts into inline `contents`. A
 * literal block keeps the text, its new lines indented like the cursor's
 * line; a double-quoted scalar escapes; a single-quoted one doubles quotes.
 * Where the style cannot hold the text as typed (a line break in a plain,
 * folded or single-quoted scalar folds into a space, and so does a new line
 * of a folded block), there is no encoding.
 */
import { Scalar } from "yaml";

export interface ScalarInsert {
  text: string;
  /** The text is already indented for the document: the client must not re-indent it. */
  asIs: boolean;
}

/** Where the text goes: the document line up to the cursor, and a block scalar's content indentation. */
export interface InsertAt {
  linePrefix: string;
  blockIndent: number;
}

/** `text` (a snippet when `snippet` is set) for a scalar of `style`, inserted at `at`. */
export function encodeForScalar(text: string, style: Scalar["type"], snippet: boolean, at: InsertAt): ScalarInsert | undefined {
  switch (style) {
    case Scalar.BLOCK_LITERAL: {
      const indent = /^[ \t]*/.exec(at.linePrefix)![0];
      // A blank line shorter than the block's indentation (trimmed on save) is
      // still in the block, at Alloy column 0: what goes there is indented into it first.
      const missing = indent === at.linePrefix ? Math.max(0, at.blockIndent - indent.length) : 0;
      if (missing > 0 && indent.includes("\t")) return undefined;
      const lead = " ".repeat(missing);
      return { text: lead + text.replaceAll("\n", `\n${indent}${lead}`), asIs: text.includes("\n") };
    }
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
    case Scalar.BLOCK_FOLDED:
      // Text on a blank line would fold into its neighbours' lines.
      return text.includes("\n") || /^[ \t]*$/.test(at.linePrefix) ? undefined : { text, asIs: false };
    default:
      return text.includes("\n") ? undefined : { text, asIs: false };
  }
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t" };
