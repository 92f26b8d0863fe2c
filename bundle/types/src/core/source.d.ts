/**
 * A file's text with lazy line/column lookups (positions as in ./lines.ts).
 */
import { type LineColumn } from "./lines.js";
export type { LineColumn, TextRange } from "./lines.js";
export declare class SourceText {
    /** Absolute path of the file, or a pseudo path for stdin/in-memory buffers. */
    readonly path: string;
    readonly text: string;
    private index;
    constructor(
    /** Absolute path of the file, or a pseudo path for stdin/in-memory buffers. */
    path: string, text: string);
    private lines;
    private starts;
    get lineCount(): number;
    /** 1-based line and UTF-16 column of an offset (clamped into the text). */
    positionAt(offset: number): LineColumn;
    /** Offset of a 1-based line and UTF-16 column (clamped). */
    offsetAt(line: number, column: number): number;
    /** The text of a 1-based line without its line break. */
    lineText(line: number): string;
    /** Start offset of a 1-based line. */
    lineStart(line: number): number;
}
