/**
 * Finds the configuration file: from the working directory upwards, stopping
 * after the first folder that holds `.git` (a config outside the repository
 * is someone else's), or at the filesystem root.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Names looked for in each folder, first match wins. */
export const CONFIG_FILE_NAMES = [
  "fleetlint.config.yaml",
  "fleetlint.config.yml",
  "fleetlint.config.json",
  ".fleetlintrc.yaml",
  ".fleetlintrc.yml",
  ".fleetlintrc.json",
  "package.json",
] as const;

export function findConfigFile(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      if (name !== "package.json" || hasFleetlintKey(candidate)) return candidate;
    }
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir) return undefined;
  }
}

/** package.json counts only when it has a `fleetlint` key; an unreadable one is not ours to judge. */
function hasFleetlintKey(file: string): boolean {
  try {
    const pkg: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof pkg === "object" && pkg !== null && "fleetlint" in pkg;
  } catch {
    return false;
  }
}
