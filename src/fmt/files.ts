/**
 * Which files `fleetlint fmt` touches: every path given on the command line
 * (any name), and every `.alloy` file below a folder given (recursively,
 * skipping node_modules and .git, never following a symlinked folder).
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`No such file or folder: ${path}`);
    this.name = "MissingPathError";
  }
}

/** Absolute paths of the files to format, in a stable order, each once. */
export async function collectAlloyFiles(paths: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found: string[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new MissingPathError(given);
    if (info.isDirectory()) await walk(absolute, found);
    else found.push(absolute);
  }
  return [...new Set(found)];
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, found);
    } else if (entry.name.endsWith(".alloy")) {
      if (entry.isFile()) found.push(path);
      else if (entry.isSymbolicLink()) {
        // A link to a file is formatted; a link to a folder is not followed.
        const target = await stat(path).catch(() => undefined);
        if (target?.isFile()) found.push(path);
      }
    }
  }
}
