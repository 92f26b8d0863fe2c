/**
 * What the plan, sync and import commands share: the connection flags, the
 * session, `--verbose` request lines, and turning fleet errors into
 * `FleetlintError`s whose kind the CLI maps to an exit code (refused: 1;
 * setup, credentials, network: 2). Every message passes through the session's scrubber.
 */
import { FleetlintError } from "../core/errors.js";
import type { ClientEvent } from "../fleet/client.js";
import { FleetApiError, FleetNetworkError, FleetSetupError } from "../fleet/errors.js";
import { SyncMismatchError, SyncRefusedError } from "../fleet/sender.js";
import { FleetSession } from "../fleet/session.js";

export interface ConnectionFlags {
  tokenFile?: string;
  verbose?: boolean;
}

export function createSession(flags: ConnectionFlags, write: (line: string) => void = (line) => process.stderr.write(line)): FleetSession {
  return new FleetSession({
    env: process.env,
    tokenFile: flags.tokenFile,
    client: flags.verbose ? { onEvent: (event) => write(`${describeEvent(event)}\n`) } : {},
  });
}

export function describeEvent(event: ClientEvent): string {
  const attempt = event.attempt > 0 ? ` (retry ${event.attempt})` : "";
  const outcome = event.outcome === "ok" ? "ok" : `${event.outcome === "retry" ? "failed, retrying" : "failed"}: ${event.detail ?? ""}`;
  return `fleetlint: ${event.procedure}${attempt} ${outcome} [${Math.round(event.durationMs)} ms]`;
}

/** A fleet error, possibly wrapped (the engine wraps a failing rule's error as its `cause`). */
function fleetErrorIn(error: unknown): unknown {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof FleetApiError || current instanceof FleetNetworkError || current instanceof FleetSetupError) return current;
  }
  return error;
}

/** Maps an error from the fleet stage to a `FleetlintError` of the right kind; other errors pass through. */
export function toCliError(thrown: unknown, session: FleetSession | undefined): unknown {
  const scrub = (text: string): string => (session ? session.scrub(text) : text);
  const error = fleetErrorIn(thrown);
  if (error instanceof SyncRefusedError || error instanceof SyncMismatchError) {
    return new FleetlintError("refused", scrub(error.message));
  }
  if (error instanceof FleetSetupError) return new FleetlintError("config", scrub(error.message));
  if (error instanceof FleetApiError) {
    if (error.code === "unauthenticated") {
      return new FleetlintError("network", "Fleet Management rejected the credentials (unauthenticated): check FLEET_MANAGEMENT_USERNAME (the instance ID) and the token");
    }
    if (error.code === "permission_denied") {
      return new FleetlintError(
        "network",
        `Fleet Management denied ${error.procedure} (permission_denied): the token needs the fleet-management:read and fleet-management:write scopes${error.serverMessage ? ` (${scrub(error.serverMessage)})` : ""}`,
      );
    }
    return new FleetlintError("network", scrub(`Fleet Management error: ${error.message}`));
  }
  if (error instanceof FleetNetworkError) return new FleetlintError("network", scrub(`Cannot reach Fleet Management: ${error.message}`));
  if (error instanceof Error && session) {
    // Unknown failures still must not carry a secret into the CLI's last-resort message.
    error.message = scrub(error.message);
    if (error.stack) error.stack = scrub(error.stack);
  }
  return error;
}

/** Runs a command body and rethrows its failure as a `FleetlintError`. */
export async function withFleetErrors<T>(session: () => FleetSession | undefined, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toCliError(error, session());
  }
}
