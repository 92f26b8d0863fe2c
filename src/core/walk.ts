/**
 * The one folder walker (repository discovery and `fmt` both use it), walking
 * as the sync action's filepath.Walk does: recursive, lexical order, hidden
 * folders entered, symlinked folders not followed (symlinked files are
 * listed). `.git` and `node_modules` are never entered.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

export interface WalkOptions {
  /** Prunes files and folders (absolute paths); nothing is ignored by default. */
  ignored?: (path: string) => boolean;
  /** Called for a folder that cannot be read; by default it is skipped (nothing to find in it). */
  onUnreadable?: (folder: string, error: unknown) => void;
}

/** Every file under `dir` (absolute paths, lexical order) that is not ignored. */
export function walkFiles(dir: string, options: WalkOptions = {}, out: string[] = []): string[] {
  const ignored = options.ignored ?? (() => false);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    options.onUnreadable?.(dir, error);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(path)) walkFiles(path, options, out);
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(path))) && !ignored(path)) {
      out.push(path);
    }
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
