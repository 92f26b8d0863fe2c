import type { ResolvedConfig } from "./types.js";
export { loadConfig, resolveConfig, DEFAULT_PIPELINE_LIMIT, DEFAULT_STACK, DEFAULT_STABILITY_LEVEL, type LoadConfigOptions } from "./load.js";
export { findConfigFile, CONFIG_FILE_NAMES } from "./discover.js";
export { ConfigError, type ConfigProblem } from "./errors.js";
export type * from "./types.js";
/** The resolved configuration as YAML (default) or JSON; positions are left out. */
export declare function formatResolvedConfig(config: ResolvedConfig, format?: "yaml" | "json"): string;
