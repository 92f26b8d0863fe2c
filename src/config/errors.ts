/**
 * An invalid or unreadable configuration (kind `config`): the CLI prints it and exits 2.
 * Each problem is `file:line:column: message`, the form editors and terminals
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

export class ConfigError extends FleetlintError {
  constructor(readonly problems: ConfigProblem[]) {
    super("config", problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
    this.name = "ConfigError";
  }
}
