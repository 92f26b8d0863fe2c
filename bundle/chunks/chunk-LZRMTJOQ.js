import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  SourceText
} from "./chunk-5VRL6YA5.js";
import {
  readRegularFile
} from "./chunk-VLVIIYR3.js";

// dist/src/repo/files.js
import { existsSync } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
var fileLimit = DEFAULT_MAX_FILE_BYTES;
function setMaxFileBytes(bytes) {
  fileLimit = bytes;
}
function maxFileBytes() {
  return fileLimit;
}
var BINARY_INVALID_RUNS = 8;
function binaryReason(bytes) {
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0)
      return `binary file (NUL byte at offset ${i})`;
    if (b < 128) {
      i++;
      continue;
    }
    const length = b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++)
      ok = (bytes[i + k] & 192) === 128;
    if (ok) {
      i += length;
      continue;
    }
    if (++invalid >= BINARY_INVALID_RUNS)
      return `binary file (invalid UTF-8 from offset ${i})`;
    i++;
  }
  return void 0;
}
var FileStore = class {
  buffers;
  decodeAlloy;
  limit;
  files = /* @__PURE__ */ new Map();
  /** Files that could not be read, and why (reported once, by whoever read them first). */
  failures = /* @__PURE__ */ new Map();
  existing = /* @__PURE__ */ new Map();
  constructor(buffers, decodeAlloy, limit = maxFileBytes()) {
    this.buffers = buffers;
    this.decodeAlloy = decodeAlloy;
    this.limit = limit;
  }
  /**
   * Records files a folder walk has just listed, so `exists` answers for them
   * without a stat each (a definition's sibling `.alloy` is almost always one).
   */
  listed(paths) {
    for (const path of paths)
      this.existing.set(path, true);
  }
  exists(path) {
    if (this.buffers.has(path) || this.files.has(path))
      return true;
    let known = this.existing.get(path);
    if (known === void 0) {
      known = existsSync(path);
      this.existing.set(path, known);
    }
    return known;
  }
  /** The file's text, or the error that kept it from being read. */
  read(path, kind) {
    const cached = this.files.get(path);
    if (cached)
      return cached;
    let text = this.buffers.get(path);
    if (text === void 0) {
      try {
        const { bytes } = readRegularFile(path, this.limit, "limit (FLEETLINT_MAX_FILE_BYTES)");
        if (kind === "alloy") {
          const binary = binaryReason(bytes);
          if (binary) {
            const error = new Error(binary);
            this.failures.set(path, error);
            return error;
          }
          text = this.decodeAlloy(bytes);
        } else {
          text = bytes.toString("utf8");
        }
      } catch (error) {
        this.failures.set(path, error);
        return error;
      }
    }
    const source = new SourceText(path, text);
    this.files.set(path, source);
    return source;
  }
};

export {
  DEFAULT_MAX_FILE_BYTES,
  setMaxFileBytes,
  FileStore
};
