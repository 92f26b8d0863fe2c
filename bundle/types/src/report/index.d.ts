import { type FileResult } from "../core/diagnostic.js";
import type { RuleMeta } from "../engine/types.js";
export declare const FORMAT_NAMES: readonly ["stylish", "json", "compact", "sarif", "github", "junit"];
export type FormatName = (typeof FORMAT_NAMES)[number];
/** What a formatter knows besides the results (ESLint's formatter context). */
export interface FormatContext {
    /** Paths are shown relative to this folder when inside it. */
    cwd: string;
    /** Metadata of every rule in the run, by id (descriptions, docs links). */
    rulesMeta: Readonly<Record<string, RuleMeta | undefined>>;
    /** Whether to use ANSI colours (stylish also switches to its code-frame layout). */
    color: boolean;
    /**
     * The GitHub Actions environment, read by the CLI (reporters never touch
     * `process.env`): the checkout report paths are relative to, and the job
     * summary file the github format appends to.
     */
    actions?: ActionsEnvironment;
}
export interface ActionsEnvironment {
    /** `$GITHUB_WORKSPACE` */
    workspace?: string;
    /** `$GITHUB_STEP_SUMMARY` */
    stepSummary?: string;
}
export type Formatter = (results: FileResult[], context: FormatContext) => string;
export declare function isFormatName(name: string): name is FormatName;
export declare function loadFormatter(name: FormatName): Promise<Formatter>;
/** Formats results with a named format. */
export declare function format(name: FormatName, results: FileResult[], context: FormatContext): Promise<string>;
/** Builds a FormatContext from the rule map lintProject returns. */
export declare function formatContext(rules: ReadonlyMap<string, RuleMeta>, cwd: string, color: boolean, actions?: ActionsEnvironment): FormatContext;
/** A path as people read it: relative to cwd when inside it, else absolute. */
/** A path as shown: relative when under cwd, its control characters escaped (a file name is foreign text). */
export declare function displayPath(filePath: string, cwd: string): string;
/** A result's infos, also for results built elsewhere without the count. */
export declare function infoCount(result: FileResult): number;
export declare function pluralize(count: number, word: string): string;
