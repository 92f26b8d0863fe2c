import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  CliError
} from "./chunk-2DEWQDIW.js";
import {
  FleetSession,
  SyncMismatchError,
  SyncRefusedError
} from "./chunk-5YOKN4JE.js";
import {
  FleetApiError,
  FleetNetworkError,
  FleetSetupError
} from "./chunk-24G24LGO.js";
import "./chunk-DDACFBRU.js";
import "./chunk-V2QHP652.js";
import "./chunk-DAGFDQYT.js";
import "./chunk-SQ354C2A.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/cli-support.js
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
    return new CliError(scrub(error.message), 1);
  }
  if (error instanceof FleetSetupError)
    return new CliError(scrub(error.message), 2);
  if (error instanceof FleetApiError) {
    if (error.code === "unauthenticated") {
      return new CliError("Fleet Management rejected the credentials (unauthenticated): check FLEET_MANAGEMENT_USERNAME (the instance ID) and the token", 2);
    }
    if (error.code === "permission_denied") {
      return new CliError(`Fleet Management denied ${error.procedure} (permission_denied): the token needs the fleet-management:read and fleet-management:write scopes${error.serverMessage ? ` (${scrub(error.serverMessage)})` : ""}`, 2);
    }
    return new CliError(scrub(`Fleet Management error: ${error.message}`), 2);
  }
  if (error instanceof FleetNetworkError)
    return new CliError(scrub(`Cannot reach Fleet Management: ${error.message}`), 2);
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
