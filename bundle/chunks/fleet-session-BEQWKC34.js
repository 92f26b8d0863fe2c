import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DEFAULT_ORIGIN,
  FleetSession,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  SyncRefusedError,
  targetOfError
} from "./chunk-426PQ5QP.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-VLVIIYR3.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import {
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError
} from "./chunk-LIZFXGBB.js";
import "./chunk-GXBRFKVI.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-PWOCY44R.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/fleet-session.js
function createSession(flags, write = (line) => process.stderr.write(line)) {
  return new FleetSession({
    env: process.env,
    tokenFile: flags.tokenFile,
    onWarning: (message) => write(`fleetlint: warning: ${message}
`),
    client: {
      ...transportLimits(process.env),
      ...flags.verbose ? { onEvent: (event) => write(`${describeEvent(event)}
`) } : {}
    }
  });
}
function transportLimits(env) {
  const read = (name) => {
    const raw = env[name]?.trim();
    if (!raw)
      return void 0;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new FleetSetupError(`Invalid ${name}: expected a whole number, got '${neutralize(raw)}'`);
    return n;
  };
  const limits = {};
  const timeoutMs = read("FLEETLINT_TIMEOUT_MS");
  const maxResponseBytes = read("FLEETLINT_MAX_RESPONSE_BYTES");
  const maxRetryWaitMs = read("FLEETLINT_MAX_RETRY_WAIT_MS");
  if (timeoutMs !== void 0)
    limits.timeoutMs = timeoutMs;
  if (maxResponseBytes !== void 0)
    limits.maxResponseBytes = maxResponseBytes;
  if (maxRetryWaitMs !== void 0)
    limits.maxRetryWaitMs = maxRetryWaitMs;
  return limits;
}
function describeEvent(event) {
  const attempt = event.attempt > 0 ? ` (retry ${event.attempt})` : "";
  const outcome = event.outcome === "ok" ? "ok" : `${event.outcome === "retry" ? "failed, retrying" : "failed"}: ${event.detail ?? ""}`;
  return `fleetlint: ${event.procedure}${attempt} ${outcome} [${Math.round(event.durationMs)} ms]`;
}
var WORDED = [SyncRefusedError, SyncMismatchError, SyncDriftError, SyncOutcomeUnknownError, FleetApiError, FleetNetworkError, FleetSetupError, FleetProtocolError];
function fleetErrorIn(error) {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (WORDED.some((kind) => current instanceof kind))
      return current;
  }
  return error;
}
function toCliError(thrown, session) {
  const scrub = (text) => neutralize(session ? session.scrub(text) : text);
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
  if (error instanceof FleetSetupError)
    return new FleetlintError("config", scrub(error.message));
  const blamed = targetOfError(error);
  const where = blamed ? `${blamed.label}: ` : "";
  if (error instanceof FleetApiError) {
    if (error.code === "unauthenticated") {
      const origin = blamed?.origin ?? DEFAULT_ORIGIN;
      return new FleetlintError("network", `${where}Fleet Management rejected the credentials (unauthenticated): check ${origin.username} (the instance ID) and ${origin.token}`);
    }
    if (error.code === "permission_denied") {
      return new FleetlintError("network", `${where}Fleet Management denied ${error.procedure} (permission_denied): the token needs the fleet-management:read and fleet-management:write scopes${error.serverMessage ? ` (${scrub(error.serverMessage)})` : ""}`);
    }
    return new FleetlintError("network", scrub(`${where}Fleet Management error: ${error.message}`));
  }
  if (error instanceof FleetNetworkError)
    return new FleetlintError("network", scrub(`${where}Cannot reach Fleet Management: ${error.message}`));
  if (error instanceof Error && session) {
    error.message = scrub(error.message);
    if (error.stack)
      error.stack = session.scrub(error.stack);
  }
  return error;
}
async function withFleetErrors(session, body) {
  try {
    return await body();
  } catch (error) {
    throw toCliError(error, session());
  }
}
export {
  createSession,
  describeEvent,
  toCliError,
  transportLimits,
  withFleetErrors
};
