/**
 * lintProject: config -> project -> rules -> diagnostics (DESIGN §1). The CLI,
 * the editor and the tests all call this one function.
 *
 * Rules run over what is linted: file hooks see the Alloy documents and
 * pipelines whose files are in `project.lintedFiles`; project and target hooks
 * see everything but the engine keeps only reports that land in a linted file
 * or in the config file. Severities come from `RuleSettings` for the file a
 * report lands in; then inline directives suppress; then `--fix` loops.
 * Loader problems (`project.problems`) are reported by the rules that own them.
 */
import type { FileResult, SeverityName } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Project } from "../repo/types.js";
import type { OnlineState, Rule, RuleCategory, RuleMeta } from "./types.js";
export interface LintOptions {
    /** Working directory: where the config is searched from and relative paths start. */
    cwd: string;
    /** Files or folders to lint; default every target root. */
    paths?: string[];
    /** `--config PATH`. */
    configPath?: string;
    /** An already resolved config (skips loading one). */
    config?: ResolvedConfig;
    /** An already loaded project (skips the loader; `--fix` then makes one pass). */
    project?: Project;
    /** Rules to run instead of the registry (tests, embedders). */
    rules?: Rule[];
    /** `--rule id:severity`, applied after the config and its overrides. */
    ruleOverrides?: Readonly<Record<string, SeverityName | 0 | 1 | 2>>;
    /** In-memory texts by absolute path (`--stdin`, editor buffers) used instead of the disk. */
    buffers?: ReadonlyMap<string, string>;
    /** Apply fixes and write the files (buffers are fixed in `output` only). */
    fix?: boolean;
    /** With `fix`: compute `output` but write nothing. */
    fixDryRun?: boolean;
    /** Present for `--online`, plan and sync: network rules run only then. */
    online?: OnlineState;
    /** Which rule categories run; default fast, plus network when `online` is given. */
    categories?: RuleCategory[];
    /** Report disable directives that suppressed nothing (default true). */
    reportUnusedDirectives?: boolean;
}
export interface LintOutcome {
    /** One per linted file (and the config file when something landed there), by path. */
    results: FileResult[];
    /** Metadata of every rule known to the run, by id (formatters read docs links from it). */
    rules: Map<string, RuleMeta>;
    project: Project;
    config: ResolvedConfig;
    /** Absolute paths `--fix` changed (written unless dry run or a buffer). */
    fixedFiles?: string[];
}
export declare function lintProject(options: LintOptions): Promise<LintOutcome>;
