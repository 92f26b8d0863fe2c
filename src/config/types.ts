/**
 * The resolved configuration (SPEC §1.2) every later stage reads. The loader
 * (src/config) validates the file against schemas/config.schema.json and fills
 * in defaults, so nothing downstream has to.
 */
import type { SeverityName } from "../core/diagnostic.js";

export type StabilityLevel = "generally-available" | "public-preview" | "experimental";

export interface TargetConfig {
  /** Absolute path of the folder searched for definitions. */
  root: string;
  /** Source namespace (source type GIT); required by plan/sync. */
  namespace?: string;
  /** Targets with the same stack share one Fleet Management stack. Default "default". */
  stack: string;
  url?: string;
  globalMatchers: string[];
  /** Per stack; default 200. */
  pipelineLimit: number;
  compat?: "sync-action";
  /** Minimum component stability level; default generally-available. */
  stabilityLevel: StabilityLevel;
}

/** "off" | "warn" | "error", or [severity, options]. */
export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, ...unknown[]];

export interface OverrideConfig {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, or null when defaults are used. */
  path: string | null;
  /** Folder relative paths are resolved against (the config file's folder, else cwd). */
  baseDir: string;
  targets: TargetConfig[];
  rules: Record<string, RuleSetting>;
  overrides: OverrideConfig[];
  ignore: string[];
}
