/**
 * Text that comes from a server or from a file name is printed only after it
 * is neutralised (issue #11): control characters, ANSI escape sequences and
 * bidirectional overrides are shown escaped, so a pipeline name cannot
 * recolour a terminal, rewrite the line above or hide what follows, and no
 * printed line can begin a GitHub workflow command (`::`), which a runner
 * executes wherever it appears at the start of a log line.
 */

// C0 controls, DEL, C1 controls, and the Unicode bidi/line-separator marks: matching them is the point.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(char: string): string {
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    default: {
      const code = char.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  }
}

/** One line of foreign text (a name, a message): every control character escaped, newlines included. */
export function neutralize(text: string): string {
  return guardWorkflowCommands(text.replace(UNSAFE, escapeChar));
}

/** Foreign text that keeps its lines (a contents diff): as `neutralize`, but line breaks and tabs stay. */
export function neutralizeBlock(text: string): string {
  return guardWorkflowCommands(text.replace(UNSAFE_IN_BLOCK, escapeChar));
}

// What JSON.stringify leaves raw that a terminal or a viewer may act on: DEL, C1 controls (U+009B is a CSI), bidi and line-separator marks.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with the characters it leaves raw that a terminal would
 * obey written as `\uXXXX` escapes: the same JSON value, safe to `cat`.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A source line shown in a code frame: each unsafe character becomes one
 * visible character (C0 controls and DEL their Unicode control pictures, ␛
 * for ESC; the rest U+FFFD), so a file cannot drive the terminal and the
 * caret under it still lines up. Tabs stay: the frame keeps them for alignment.
 */
export function neutralizeInPlace(text: string): string {
  return text.replace(UNSAFE, (char) => {
    if (char === "\t") return char;
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? "\u2421" : "\ufffd";
  });
}

/**
 * A backslash in front of any line that would start with `::` (after
 * blanks): GitHub's runner only acts on lines that begin with the marker.
 */
export function guardWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*)::/gm, "$1\\::");
}

/**
 * Foreign text inside markdown (a plan posted as a pull-request comment):
 * HTML-escaped, and backticks, `@` (mentions), `|` (table cells), `[`/`]`
 * (links), `*`/`_`/`~` (emphasis) and `#` (issue references) as entities so
 * nothing renders as markup or notifies anyone. Use inside `<code>`.
 */
export function escapeMarkdown(text: string): string {
  return neutralize(text).replace(/[&<>"'`@|[\]*_~#\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
