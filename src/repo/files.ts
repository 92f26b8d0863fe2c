/**
 * Reads each file once: disk or an in-memory buffer (an editor's unsaved
 * text, `--stdin-filename`), cached by absolute path as a SourceText. Alloy
 * text is read as bytes and decoded by the grammar so invalid UTF-8 behaves
 * as in Go.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceText } from "../core/source.js";

export class FileStore {
  readonly files = new Map<string, SourceText>();
  private readonly existing = new Map<string, boolean>();

  constructor(
    private readonly buffers: ReadonlyMap<string, string>,
    private readonly decodeAlloy: (bytes: Uint8Array) => string,
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
        text = kind === "alloy" ? this.decodeAlloy(readFileSync(path)) : readFileSync(path, "utf8");
      } catch (error) {
        return error as Error;
      }
    }
    const source = new SourceText(path, text);
    this.files.set(path, source);
    return source;
  }
}
