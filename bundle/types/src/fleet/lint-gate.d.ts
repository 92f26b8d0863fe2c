import { type FileResult } from "../core/diagnostic.js";
export interface LintGate {
    /** Lines to print (empty when there is nothing to say). */
    text: string;
    errorCount: number;
}
export declare function lintGate(results: readonly FileResult[], cwd: string): LintGate;
