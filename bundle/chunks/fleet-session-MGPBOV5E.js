import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import {
  FleetSession,
  SyncMismatchError,
  SyncRefusedError
} from "./chunk-UUSCU3FF.js";
import {
  FleetApiError,
  FleetNetworkError,
  FleetSetupError
} from "./chunk-24G24LGO.js";
import "./chunk-T26WJ7UP.js";
import "./chunk-DOO3D2SG.js";
import "./chunk-SQ354C2A.js";
import "./chunk-DAGFDQYT.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/fleet-session.js
function createSession(flags, write = (line) => process.stderr.write(line)) {
  return new FleetSession({
    env: process.env,
    tokenFile: flags.tokenFile,
    client: flags.verbose ? { onEvent: (event) => write(`${describeEvent(event)}
`) } : {}
  });
}
function describeEvent(event) {
  const attempt = event.attempt > 0 ? ` (retry ${event.attempt})` : "";
  const outcome = event.outcome === "ok" ? "ok" : `${event.outcome === "retry" ? "failed, retrying" : "failed"}: ${event.detail ?? ""}`;
  return `fleetlint: ${event.procedure}${attempt} ${outcome} [${Math.round(event.durationMs)} ms]`;
}
function fleetErrorIn(error) {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof FleetApiError || current instanceof FleetNetworkError || current instanceof FleetSetupError)
      return current;
  }
  return error;
}
function toCliError(thrown, session) {
  const scrub = (text) => session ? session.scrub(text) : text;
  const error = fleetErrorIn(thrown);
  if (error instanceof SyncRefusedError || error instanceof SyncMismatchError) {
    return new FleetlintError("refused", scrub(error.message));
  }
  if (error instanceof FleetSetupError)
    return new FleetlintError("config", scrub(error.message));
  if (error instanceof FleetApiError) {
    if (error.code === "unauthenticated") {
      return new FleetlintError("network", "Fleet Management rejected the credentials (unauthenticated): check FLEET_MANAGEMENT_USERNAME (the instance ID) and the token");
    }
    if (error.code === "permission_denied") {
      return new FleetlintError("network", `Fleet Management denied ${error.procedure} (permission_denied): the token needs the fleet-management:read and fleet-management:write scopes${error.serverMessage ? ` (${scrub(error.serverMessage)})` : ""}`);
    }
    return new FleetlintError("network", scrub(`Fleet Management error: ${error.message}`));
  }
  if (error instanceof FleetNetworkError)
    return new FleetlintError("network", scrub(`Cannot reach Fleet Management: ${error.message}`));
  if (error instanceof Error && session) {
    error.message = scrub(error.message);
    if (error.stack)
      error.stack = scrub(error.stack);
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
  withFleetErrors
};
