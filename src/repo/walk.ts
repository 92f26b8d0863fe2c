/**
 * Folder walking as the sync action's filepath.Walk does it: recursive,
 * lexical order, hidden folders entered, symlinked folders not followed
 * (symlinked files are read). `.git` and `node_modules` are never entered,
 * and the config's `ignore` globs prune files and folders.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

/** Decides whether an absolute path is ignored (globs relative to `baseDir`). */
export type IgnoreTest = (path: string) => boolean;

/** picomatch (six modules) is loaded only when the config has `ignore` globs. */
export async function ignoreTest(patterns: readonly string[], baseDir: string): Promise<IgnoreTest> {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import("picomatch");
  const matches = picomatch([...patterns], { dot: true });
  return (path) => {
    const rel = relative(baseDir, path).split(sep).join("/");
    return matches(rel) || matches(`${rel}/`);
  };
}

/** Every file under `dir` (absolute paths, lexical order) that is not ignored. */
export function walkFiles(dir: string, ignored: IgnoreTest, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out; // unreadable folder: nothing to lint in it
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(path)) walkFiles(path, ignored, out);
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

const DEFINITION_EXTENSION = /\.ya?ml$/i;

/** `NAME.yaml` / `NAME.yml`, extension in any case. */
export function isDefinitionFileName(path: string): boolean {
  return DEFINITION_EXTENSION.test(path);
}

/** `NAME.YAML` → `NAME.alloy` (the sync action looks for `NAME.YAML.alloy`, a bug we do not copy). */
export function siblingAlloyPath(definitionPath: string): string {
  return definitionPath.replace(DEFINITION_EXTENSION, ".alloy");
}

export function isAlloyFileName(path: string): boolean {
  return path.endsWith(".alloy");
}
