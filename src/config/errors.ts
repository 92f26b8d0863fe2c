/**
 * An invalid or unreadable configuration (kind `config`): the CLI prints it and exits 2.
 * Each problem is `file:line:column: error message`, the form editors and terminals
 * turn into links.
 */
import { FleetlintError } from "../core/errors.js";
import { formatProblemLine } from "../core/problem-line.js";

export interface ConfigProblem {
  /** File path as shown (relative to the working directory when inside it). */
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ConfigError extends FleetlintError {
  constructor(readonly problems: ConfigProblem[]) {
    // The problem-line format every command prints (src/core/problem-line.ts).
    super("config", problems.map((p) => formatProblemLine({ path: p.file, line: p.line, column: p.column, severity: "error", message: p.message })).join("\n"));
    this.name = "ConfigError";
  }
}
