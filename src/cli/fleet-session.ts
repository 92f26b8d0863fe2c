/**
 * What the plan, sync and import commands share: the connection flags, the
 * session, `--verbose` request lines, and turning fleet errors into
 * `FleetlintError`s whose kind the CLI maps to an exit code (refused: 1;
 * setup, credentials, network: 2). Every message passes through the session's scrubber.
 */
import { FleetlintError } from "../core/errors.js";
import { neutralize } from "../core/neutralize.js";
import type { ClientEvent } from "../fleet/client.js";
import { FleetApiError, FleetNetworkError, FleetProtocolError, FleetSetupError } from "../fleet/errors.js";
import { SyncDriftError, SyncMismatchError, SyncOutcomeUnknownError, SyncRefusedError } from "../fleet/sender.js";
import { DEFAULT_ORIGIN, targetOfError } from "../fleet/stack-credentials.js";
import { FleetSession } from "../fleet/session.js";

export interface ConnectionFlags {
  tokenFile?: string;
  verbose?: boolean;
}

export function createSession(flags: ConnectionFlags, write: (line: string) => void = (line) => process.stderr.write(line)): FleetSession {
  return new FleetSession({
    env: process.env,
    tokenFile: flags.tokenFile,
    onWarning: (message) => write(`fleetlint: warning: ${message}\n`),
    client: {
      ...transportLimits(process.env),
      ...(flags.verbose ? { onEvent: (event: ClientEvent) => write(`${describeEvent(event)}\n`) } : {}),
    },
  });
}

/**
 * Transport limits from the environment (documented in docs/fleet.md):
 * FLEETLINT_TIMEOUT_MS, FLEETLINT_MAX_RESPONSE_BYTES, FLEETLINT_MAX_RETRY_WAIT_MS.
 */
export function transportLimits(env: Readonly<Record<string, string | undefined>>): { timeoutMs?: number; maxResponseBytes?: number; maxRetryWaitMs?: number } {
  const read = (name: string): number | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new FleetSetupError(`Invalid ${name}: expected a whole number, got '${neutralize(raw)}'`);
    return n;
  };
  const limits: { timeoutMs?: number; maxResponseBytes?: number; maxRetryWaitMs?: number } = {};
  const timeoutMs = read("FLEETLINT_TIMEOUT_MS");
  const maxResponseBytes = read("FLEETLINT_MAX_RESPONSE_BYTES");
  const maxRetryWaitMs = read("FLEETLINT_MAX_RETRY_WAIT_MS");
  if (timeoutMs !== undefined) limits.timeoutMs = timeoutMs;
  if (maxResponseBytes !== undefined) limits.maxResponseBytes = maxResponseBytes;
  if (maxRetryWaitMs !== undefined) limits.maxRetryWaitMs = maxRetryWaitMs;
  return limits;
}

export function describeEvent(event: ClientEvent): string {
  const attempt = event.attempt > 0 ? ` (retry ${event.attempt})` : "";
  const outcome = event.outcome === "ok" ? "ok" : `${event.outcome === "retry" ? "failed, retrying" : "failed"}: ${event.detail ?? ""}`;
  return `fleetlint: ${event.procedure}${attempt} ${outcome} [${Math.round(event.durationMs)} ms]`;
}

/** The errors toCliError words itself: the sync's own outcomes first, whose `cause` is only the detail. */
const WORDED = [SyncRefusedError, SyncMismatchError, SyncDriftError, SyncOutcomeUnknownError, FleetApiError, FleetNetworkError, FleetSetupError, FleetProtocolError];

/** A fleet error, possibly wrapped (the engine wraps a failing rule's error as its `cause`). */
function fleetErrorIn(error: unknown): unknown {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (WORDED.some((kind) => current instanceof kind)) return current;
  }
  return error;
}

/** Maps an error from the fleet stage to a `FleetlintError` of the right kind; other errors pass through. */
export function toCliError(thrown: unknown, session: FleetSession | undefined): unknown {
  // Server- and path-derived text is neutralised: no escapes, no line breaks, no workflow commands.
  const scrub = (text: string): string => neutralize(session ? session.scrub(text) : text);
  const error = fleetErrorIn(thrown);
  if (error instanceof SyncRefusedError || error instanceof SyncMismatchError || error instanceof SyncDriftError) {
    return new FleetlintError("refused", scrub(error.message));
  }
  if (error instanceof SyncOutcomeUnknownError) {
    return new FleetlintError("network", scrub(`${error.message}. Next: run \`fleetlint plan\` to see what the server holds, then sync again`));
  }
  if (error instanceof FleetProtocolError) {
    return new FleetlintError("network", scrub(`Fleet Management sent an answer the API never sends (${error.message}); nothing was sent after it`));
  }
  if (error instanceof FleetSetupError) return new FleetlintError("config", scrub(error.message));
  // With several stacks, say which target's request failed and which variables it read.
  const blamed = targetOfError(error);
  const where = blamed ? `${blamed.label}: ` : "";
  if (error instanceof FleetApiError) {
    if (error.code === "unauthenticated") {
      const origin = blamed?.origin ?? DEFAULT_ORIGIN;
      return new FleetlintError("network", `${where}Fleet Management rejected the credentials (unauthenticated): check ${origin.username} (the instance ID) and ${origin.token}`);
    }
    if (error.code === "permission_denied") {
      return new FleetlintError(
        "network",
        `${where}Fleet Management denied ${error.procedure} (permission_denied): the token needs the fleet-management:read and fleet-management:write scopes${error.serverMessage ? ` (${scrub(error.serverMessage)})` : ""}`,
      );
    }
    return new FleetlintError("network", scrub(`${where}Fleet Management error: ${error.message}`));
  }
  if (error instanceof FleetNetworkError) return new FleetlintError("network", scrub(`${where}Cannot reach Fleet Management: ${error.message}`));
  if (error instanceof Error && session) {
    // Unknown failures still must not carry a secret into the CLI's last-resort message.
    error.message = scrub(error.message);
    if (error.stack) error.stack = session.scrub(error.stack);
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
