/**
 * The resolved configuration (SPEC §1.2) every later stage reads. The loader
 * (src/config) validates the file against schemas/config.schema.json and fills
 * in defaults, so nothing downstream has to.
 */
import type { SeverityName } from "../core/diagnostic.js";
import type { SourceText, TextRange } from "../core/source.js";
/** A matcher as written: in a definition's `matchers` or a target's global `matchers`. */
export interface MatcherEntry {
    /** The matcher string as the YAML value decodes it. */
    text: string;
    /** Range of the YAML scalar in the definition file. */
    range: TextRange;
    /**
     * Maps an offset inside `text` to an offset in the definition file
     * (identity plus `range.start` for plain scalars; exact for quoted/escaped ones
     * where possible, else the scalar start).
     */
    toFileOffset(textOffset: number): number;
}
export type StabilityLevel = "generally-available" | "public-preview" | "experimental";
/** Names of the environment variables a target's credentials come from (never the values). */
export interface CredentialsEnv {
    urlEnv?: string;
    usernameEnv?: string;
    tokenEnv?: string;
}
export interface TargetConfig {
    /** `name` as written; `--target` also matches the namespace and the root (see targetName). */
    name?: string;
    /** Absolute path of the folder searched for definitions. */
    root: string;
    /** Source namespace (source type GIT); required by plan/sync. */
    namespace?: string;
    /** Targets with the same stack share one Fleet Management stack. Default "default". */
    stack: string;
    url?: string;
    credentials?: CredentialsEnv;
    globalMatchers: string[];
    /** Per stack; default 200. */
    pipelineLimit: number;
    compat?: "sync-action";
    /** Minimum component stability level; default generally-available. */
    stabilityLevel: StabilityLevel;
}
/** "off" | "info" | "warn" | "error" (or ESLint's 0, 1, 2), or [severity, options]. */
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
    /**
     * "auto" (default): the local `.alloy` configs of one folder form one
     * scope, as `alloy run DIR` loads them, unless two of them declare the same
     * block (Alloy could not load them together: they are independent files);
     * "folder": always one scope per folder; "file": each file is its own scope.
     */
    alloyScope?: "auto" | "folder" | "file";
    /** Where things are in the config file, so rules can point into it; absent without a file. */
    source?: ConfigSource;
}
/** Positions in the configuration file (package.json#fleetlint: inside package.json). */
export interface ConfigSource {
    file: SourceText;
    /** The configuration object itself (the `fleetlint` value in package.json). */
    range: TextRange;
    /** One per entry of `targets`, in order; empty when `targets` is omitted. */
    targets: ConfigTargetSource[];
}
export interface ConfigTargetSource {
    /** The target's entry in `targets`. */
    range: TextRange;
    /** The `root` value, when written. */
    root?: TextRange;
    /** The `namespace` value, when written. */
    namespace?: TextRange;
    /** The `stack` value, when written. */
    stack?: TextRange;
    /** Each `globalMatchers` entry, mapped like a definition's matchers. */
    globalMatchers: MatcherEntry[];
}
