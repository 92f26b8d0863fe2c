import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/grammar/alloy/source.js
var strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var ESCAPED_BYTE_BASE = 56320;
function isEscapedByte(unit) {
  return unit >= 56448 && unit <= 56575;
}
function decodeSource(bytes) {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return decodeEscaping(bytes);
  }
}
function decodeEscaping(bytes) {
  const units = [];
  let out = "";
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i];
    let cp = -1;
    let width = 1;
    if (b0 < 128) {
      cp = b0;
    } else if (b0 >= 194 && b0 <= 223) {
      if (i + 1 < n && isCont(bytes[i + 1])) {
        cp = (b0 & 31) << 6 | bytes[i + 1] & 63;
        width = 2;
      }
    } else if (b0 >= 224 && b0 <= 239) {
      const lo = b0 === 224 ? 160 : 128;
      const hi = b0 === 237 ? 159 : 191;
      if (i + 2 < n && bytes[i + 1] >= lo && bytes[i + 1] <= hi && isCont(bytes[i + 2])) {
        cp = (b0 & 15) << 12 | (bytes[i + 1] & 63) << 6 | bytes[i + 2] & 63;
        width = 3;
      }
    } else if (b0 >= 240 && b0 <= 244) {
      const lo = b0 === 240 ? 144 : 128;
      const hi = b0 === 244 ? 143 : 191;
      if (i + 3 < n && bytes[i + 1] >= lo && bytes[i + 1] <= hi && isCont(bytes[i + 2]) && isCont(bytes[i + 3])) {
        cp = (b0 & 7) << 18 | (bytes[i + 1] & 63) << 12 | (bytes[i + 2] & 63) << 6 | bytes[i + 3] & 63;
        width = 4;
      }
    }
    if (cp < 0) {
      units.push(ESCAPED_BYTE_BASE + b0);
    } else if (cp >= 65536) {
      const v = cp - 65536;
      units.push(55296 + (v >> 10), 56320 + (v & 1023));
    } else {
      units.push(cp);
    }
    i += width;
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}
function isCont(b) {
  return (b & 192) === 128;
}
function encodeSource(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128)
      bytes.push(c);
    else if (c < 2048)
      bytes.push(192 | c >> 6, 128 | c & 63);
    else if (c >= 55296 && c <= 56319 && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      const cp = 65536 + (c - 55296 << 10) + (text.charCodeAt(++i) - 56320);
      bytes.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
    } else if (isEscapedByte(c))
      bytes.push(c - ESCAPED_BYTE_BASE);
    else
      bytes.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
  }
  return Uint8Array.from(bytes);
}
function isLowSurrogate(c) {
  return c >= 56320 && c <= 57343;
}
function utf8ByteLength(text, from = 0, to = text.length) {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128)
      bytes += 1;
    else if (c < 2048)
      bytes += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else if (isEscapedByte(c))
      bytes += 1;
    else
      bytes += 3;
  }
  return bytes;
}
function byteColumn(text, position) {
  const lineStart = position.offset - (position.column - 1);
  return utf8ByteLength(text, lineStart, position.offset) + 1;
}
function byteOffset(text, offset) {
  return utf8ByteLength(text, 0, offset);
}
function goLineColumn(text, position) {
  return `${position.line}:${byteColumn(text, position)}`;
}

export {
  ESCAPED_BYTE_BASE,
  isEscapedByte,
  decodeSource,
  encodeSource,
  utf8ByteLength,
  byteColumn,
  byteOffset,
  goLineColumn
};
