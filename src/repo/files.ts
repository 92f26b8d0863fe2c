/**
 * Reads each file once: disk or an in-memory buffer (an editor's unsaved
 * text, `--stdin-filename`), cached by absolute path as a SourceText. Alloy
 * text is read as bytes and decoded by the grammar so invalid UTF-8 behaves
 * as in Go.
 */
import { existsSync } from "node:fs";
import { readRegularFile } from "../core/read-regular-file.js";
import { SourceText } from "../core/source.js";

/** Default cap on one pipeline file: far above any real pipeline, far below what hurts a commit hook. */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

let fileLimit = DEFAULT_MAX_FILE_BYTES;

/** Sets the process's cap on one file (the CLI reads it from FLEETLINT_MAX_FILE_BYTES: only src/cli reads the environment). */
export function setMaxFileBytes(bytes: number): void {
  fileLimit = bytes;
}

/** The cap in force. */
export function maxFileBytes(): number {
  return fileLimit;
}

/** Invalid UTF-8 sequences past which a file is binary rather than text with a stray byte. */
const BINARY_INVALID_RUNS = 8;

/**
 * Why the bytes are not Alloy text (a NUL byte, or many invalid UTF-8
 * sequences), or undefined. One linear pass; nothing is allocated.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 0) return `binary file (NUL byte at offset ${i})`;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      i += length;
      continue;
    }
    if (++invalid >= BINARY_INVALID_RUNS) return `binary file (invalid UTF-8 from offset ${i})`;
    i++;
  }
  return undefined;
}

export class FileStore {
  readonly files = new Map<string, SourceText>();
  /** Files that could not be read, and why (reported once, by whoever read them first). */
  readonly failures = new Map<string, Error>();
  private readonly existing = new Map<string, boolean>();

  constructor(
    private readonly buffers: ReadonlyMap<string, string>,
    private readonly decodeAlloy: (bytes: Uint8Array) => string,
    private readonly limit: number = maxFileBytes(),
  ) {}

  /**
   * Records files a folder walk has just listed, so `exists` answers for them
   * without a stat each (a definition's sibling `.alloy` is almost always one).
   */
  listed(paths: Iterable<string>): void {
    for (const path of paths) this.existing.set(path, true);
  }

  exists(path: string): boolean {
    if (this.buffers.has(path) || this.files.has(path)) return true;
    let known = this.existing.get(path);
    if (known === undefined) {
      known = existsSync(path);
      this.existing.set(path, known);
    }
    return known;
  }

  /** The file's text, or the error that kept it from being read. */
  read(path: string, kind: "alloy" | "text"): SourceText | Error {
    const cached = this.files.get(path);
    if (cached) return cached;
    let text = this.buffers.get(path);
    if (text === undefined) {
      try {
        const { bytes } = readRegularFile(path, this.limit, "limit (FLEETLINT_MAX_FILE_BYTES)");
        if (kind === "alloy") {
          // One diagnostic for a binary file, instead of one per stray byte.
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
        this.failures.set(path, error as Error);
        return error as Error;
      }
    }
    const source = new SourceText(path, text);
    this.files.set(path, source);
    return source;
  }
}
