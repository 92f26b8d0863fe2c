/**
 * The CLI's half of error handling: the library throws `FleetlintError` with
 * a kind; only here does a kind become an exit code (1: the server refused
 * the change; 2: usage, configuration, network or internal failure).
 */
import type { FleetlintError } from "../core/errors.js";

export { FleetlintError, UsageError } from "../core/errors.js";

export function exitCodeOf(error: FleetlintError): number {
  return error.kind === "refused" ? 1 : 2;
}
