/**
 * The configuration stage (DESIGN §1): which targets, which rules, which
 * severities. `loadConfig` finds, validates and resolves the file;
 * `formatResolvedConfig` prints the result for `--print-config`.
 */
import { stringify } from "yaml";
import type { ResolvedConfig } from "./types.js";

export { loadConfig, resolveConfig, DEFAULT_PIPELINE_LIMIT, DEFAULT_STACK, DEFAULT_STABILITY_LEVEL, type LoadConfigOptions } from "./load.js";
export { findConfigFile, CONFIG_FILE_NAMES } from "./discover.js";
export { ConfigError, type ConfigProblem } from "./errors.js";
export type * from "./types.js";

/** The resolved configuration as YAML (default) or JSON; positions are left out. */
export function formatResolvedConfig(config: ResolvedConfig, format: "yaml" | "json" = "yaml"): string {
  const { path, baseDir, targets, rules, overrides, ignore } = config;
  const plain = { path, baseDir, targets, rules, overrides, ignore };
  return format === "json" ? `${JSON.stringify(plain, null, 2)}\n` : stringify(plain);
}
