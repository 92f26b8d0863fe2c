/**
 * What discovery adds to the folder walker (src/core/walk.ts): the config's
 * `ignore` globs, which prune files and folders, and the file names that make
 * definitions and Alloy contents.
 */
import { relative, sep } from "node:path";

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
