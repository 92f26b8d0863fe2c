import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ESCAPED_BYTE_BASE,
  isEscapedByte
} from "./chunk-2MG4L5QS.js";

// dist/grammar/go-quote.js
var printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
function goIsPrint(codePoint) {
  if (codePoint < 128)
    return codePoint >= 32 && codePoint < 127;
  if (codePoint >= 55296 && codePoint <= 57343)
    return false;
  return printable.test(String.fromCodePoint(codePoint));
}
function hex(value, width) {
  return value.toString(16).padStart(width, "0");
}
function goQuote(text, { escapedBytes = true } = {}) {
  let out = '"';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const width = cp > 65535 ? 2 : 1;
    i += width;
    if (escapedBytes && isEscapedByte(cp)) {
      out += `\\x${hex(cp - ESCAPED_BYTE_BASE, 2)}`;
      continue;
    }
    if (cp === 34 || cp === 92) {
      out += "\\" + String.fromCharCode(cp);
      continue;
    }
    if (goIsPrint(cp)) {
      out += String.fromCodePoint(cp);
      continue;
    }
    out += escapeUnprintable(cp);
  }
  return out + '"';
}
function escapeUnprintable(cp) {
  switch (cp) {
    case 7:
      return "\\a";
    case 8:
      return "\\b";
    case 12:
      return "\\f";
    case 10:
      return "\\n";
    case 13:
      return "\\r";
    case 9:
      return "\\t";
    case 11:
      return "\\v";
  }
  if (cp < 32 || cp === 127)
    return `\\x${hex(cp, 2)}`;
  if (cp >= 55296 && cp <= 57343)
    return "\\ufffd";
  if (cp < 65536)
    return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}
function goUnicode(codePoint) {
  const code = "U+" + codePoint.toString(16).toUpperCase().padStart(4, "0");
  return goIsPrint(codePoint) ? `${code} '${String.fromCodePoint(codePoint)}'` : code;
}

export {
  goIsPrint,
  goQuote,
  goUnicode
};
