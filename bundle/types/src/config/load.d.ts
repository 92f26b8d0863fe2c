import type { CredentialsEnv, ResolvedConfig, RuleSetting, StabilityLevel } from "./types.js";
export declare const DEFAULT_STACK = "default";
export declare const DEFAULT_PIPELINE_LIMIT = 200;
export declare const DEFAULT_STABILITY_LEVEL: StabilityLevel;
export interface LoadConfigOptions {
    cwd: string;
    /** `--config`: used instead of searching; relative to cwd. */
    configPath?: string;
}
/** The configuration as written (after schema validation). */
interface RawTarget {
    name?: string;
    root?: string;
    namespace?: string;
    stack?: string;
    url?: string;
    credentials?: CredentialsEnv;
    globalMatchers?: string[];
    pipelineLimit?: number;
    compat?: "sync-action";
    stabilityLevel?: StabilityLevel;
}
interface RawConfig {
    targets?: RawTarget[];
    rules?: Record<string, RuleSetting>;
    overrides?: {
        files: string[];
        rules?: Record<string, RuleSetting>;
    }[];
    ignore?: string[];
    alloyScope?: "auto" | "folder" | "file";
}
export declare function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig>;
/** Fills every default; `path` null means no config file was found. */
export declare function resolveConfig(data: RawConfig, path: string | null, cwd: string): ResolvedConfig;
export {};
