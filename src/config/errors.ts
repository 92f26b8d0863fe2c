/**
 * An invalid or unreadable configuration: the CLI prints it and exits 2.
 * Each problem is `file:line:column: message`, the form editors and terminals
 * turn into links.
 */
import { CliError } from "../cli/errors.js";

export interface ConfigProblem {
  /** File path as shown (relative to the working directory when inside it). */
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ConfigError extends CliError {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n"), 2);
    this.name = "ConfigError";
  }
}
