/**
 * Which files `fleetlint fmt` touches: every path given on the command line
 * (any name), and every `.alloy` file below a folder given (recursively,
 * skipping node_modules and .git, never following a symlinked folder).
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { walkFiles } from "../core/walk.js";

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
    if (info.isDirectory()) {
      const rethrow = (_folder: string, error: unknown): never => {
        throw error;
      };
      found.push(...walkFiles(absolute, { onUnreadable: rethrow }).filter((path) => path.endsWith(".alloy")));
    }
    else found.push(absolute);
  }
  return [...new Set(found)];
}
