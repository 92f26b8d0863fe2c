/**
 * Errors the CLI turns into a one-line message and exit code 2 (usage,
 * configuration, network or internal failure), never a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A bad flag, a missing path, an unreadable file. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}
