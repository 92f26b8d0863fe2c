/**
 * The one position model and the one line index. Offsets are UTF-16 indexes
 * into a text; lines and columns are 1-based, columns in UTF-16 code units
 * (what ESLint's JSON output and LSP use). The Alloy grammar, the engine, the
 * formatters and the rules all use these; Go's byte columns are derived on
 * demand by the grammar.
 */
export interface LineColumn {
    line: number;
    column: number;
}
/** A point in a text: its offset and the line/column it falls on. */
export interface Position extends LineColumn {
    offset: number;
}
/** A half-open range of UTF-16 offsets, `end` exclusive. */
export interface TextRange {
    start: number;
    end: number;
}
/** 0-based index of the last entry of sorted `starts` that is <= offset. */
export declare function searchStarts(starts: readonly number[], offset: number): number;
/**
 * Line starts of one text. Lookups are usually made in increasing order (a
 * parser, a sorted report list), so a moving cursor answers most of them
 * without a search.
 */
export declare class LineIndex {
    readonly text: string;
    /** UTF-16 offset of each line start (the first is 0). */
    readonly starts: readonly number[];
    private cursor;
    constructor(text: string);
    get lineCount(): number;
    /** The position of an offset (not clamped: offsets past the text count on the last line). */
    position(offset: number): Position;
    /** Start offset of a 1-based line (clamped to the text's lines). */
    lineStart(line: number): number;
}
