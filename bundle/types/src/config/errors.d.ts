/**
 * An invalid or unreadable configuration (kind `config`): the CLI prints it and exits 2.
 * Each problem is `file:line:column: error message`, the form editors and terminals
 * turn into links.
 */
import { FleetlintError } from "../core/errors.js";
export interface ConfigProblem {
    /** File path as shown (relative to the working directory when inside it). */
    file: string;
    line: number;
    column: number;
    message: string;
}
export declare class ConfigError extends FleetlintError {
    readonly problems: ConfigProblem[];
    constructor(problems: ConfigProblem[]);
}
