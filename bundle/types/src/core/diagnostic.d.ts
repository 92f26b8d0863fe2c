/**
 * The one diagnostic shape every stage produces and every formatter reads.
 * It is ESLint's JSON message shape (SPEC §2.1) plus the file it belongs to.
 */
/**
 * A problem's severity as the JSON output numbers it: ESLint's 1 (warn) and
 * 2 (error), plus 3 for info. ESLint has no info level; 3 is textlint's number
 * for it, so the two numbers ESLint tools know keep their meaning and an info
 * is counted as neither an error nor a warning.
 */
export declare const WARN = 1;
export declare const ERROR = 2;
export declare const INFO = 3;
export type Severity = typeof WARN | typeof ERROR | typeof INFO;
/** A severity as written in the config and `--rule` (numbers are ESLint's: 0 off, 1 warn, 2 error). */
export type SeverityName = "off" | "info" | "warn" | "error";
/** A rule's level for one file: a severity, or 0 when off. */
export type SeverityLevel = Severity | 0;
/** How text reports, annotations and problem lines name a severity. */
export type SeverityLabel = "error" | "warning" | "info";
export interface RelatedLocation {
    filePath: string;
    line: number;
    column: number;
    message: string;
}
/** A text replacement in the diagnostic's file: UTF-16 offsets, end exclusive. */
export interface Fix {
    range: [number, number];
    text: string;
}
export interface Suggestion {
    desc: string;
    fix: Fix;
}
export interface Diagnostic {
    ruleId: string | null;
    severity: Severity;
    message: string;
    /** Which of the rule's declared messages produced this (not in JSON output). */
    messageId?: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    related?: RelatedLocation[];
    fix?: Fix;
    suggestions?: Suggestion[];
    /** What to do about it, one line (shown by stylish; not part of the JSON output). */
    help?: string;
}
/** ESLint's per-file result (SPEC §2.1). */
export interface FileResult {
    filePath: string;
    messages: Diagnostic[];
    errorCount: number;
    warningCount: number;
    fixableErrorCount: number;
    fixableWarningCount: number;
    /**
     * Not ESLint's: problems at severity info, counted in neither of the above.
     * Always set by fileResult(); optional so ESLint-shaped results still type-check.
     */
    infoCount?: number;
    /**
     * For an `.alloy` file, how it was analysed: "pipeline" (a pipeline's
     * contents), "config" (a local Alloy config, with its folder) or "module"
     * (top-level `argument`/`export`). See docs/check.md.
     */
    alloyMode?: "pipeline" | "config" | "module";
    /** The file's text, for code frames; not part of the JSON output. */
    source?: string;
    /** Set when --fix rewrote the file; not part of the JSON output. */
    output?: string;
}
/** The level a config value or `--rule` names. */
export declare function severityLevel(value: SeverityName | 0 | 1 | 2): SeverityLevel;
/** The milder of two levels (a rule's configured level under a report's cap). */
export declare function milderSeverity(a: SeverityLevel, b: SeverityLevel): SeverityLevel;
export declare function severityLabel(severity: Severity): SeverityLabel;
/** Builds a FileResult with its counts from a message list (sorted by position). */
export declare function fileResult(filePath: string, messages: Diagnostic[], source?: string): FileResult;
