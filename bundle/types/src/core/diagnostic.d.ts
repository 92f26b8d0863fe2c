/**
 * The one diagnostic shape every stage produces and every formatter reads.
 * It is ESLint's JSON message shape (SPEC §2.1) plus the file it belongs to.
 */
export type Severity = 1 | 2;
export type SeverityName = "off" | "warn" | "error";
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
export declare function severityOf(name: SeverityName | 0 | 1 | 2): Severity | 0;
/** Builds a FileResult with its counts from a message list (sorted by position). */
export declare function fileResult(filePath: string, messages: Diagnostic[], source?: string): FileResult;
