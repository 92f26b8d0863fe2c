/**
 * Quoting an object key so that it keeps its meaning. `alloy fmt` prints a
 * quoted key as Go's `%q` of its undecoded text, which doubles every
 * backslash of a double-quoted key (`"a\"b"` becomes `"a\\\"b"`, another
 * key). Here the escapes already written are kept as they are, and the rest
 * of the text is quoted exactly as `%q` quotes it.
 */
import { goQuote } from "../go-quote.js";

/** `%q` of `body` (the text between a key's double quotes), its backslash escapes kept. */
export function requoteEscaped(body: string): string {
  let out = '"';
  let plainFrom = 0;
  for (let i = body.indexOf("\\"); i !== -1 && i + 1 < body.length; i = body.indexOf("\\", plainFrom)) {
    out += quoteInner(body.slice(plainFrom, i));
    // The escape letter is printable ASCII, and so are the digits after it,
    // which %q keeps as they are anyway.
    out += body.slice(i, i + 2);
    plainFrom = i + 2;
  }
  return `${out}${quoteInner(body.slice(plainFrom))}"`;
}

function quoteInner(text: string): string {
  return text === "" ? "" : goQuote(text).slice(1, -1);
}
