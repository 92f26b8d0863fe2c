import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/fleet/errors.js
var CONNECT_CODES = [
  "canceled",
  "unknown",
  "invalid_argument",
  "deadline_exceeded",
  "not_found",
  "already_exists",
  "permission_denied",
  "resource_exhausted",
  "failed_precondition",
  "aborted",
  "out_of_range",
  "unimplemented",
  "internal",
  "unavailable",
  "data_loss",
  "unauthenticated"
];
var HTTP_STATUS = {
  canceled: 499,
  unknown: 500,
  invalid_argument: 400,
  deadline_exceeded: 504,
  not_found: 404,
  already_exists: 409,
  permission_denied: 403,
  resource_exhausted: 429,
  failed_precondition: 400,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
  unauthenticated: 401
};
function codeFromStatus(status) {
  switch (status) {
    case 400:
      return "internal";
    case 401:
      return "unauthenticated";
    case 403:
      return "permission_denied";
    case 404:
      return "unimplemented";
    case 429:
    case 502:
    case 503:
    case 504:
      return "unavailable";
    default:
      return "unknown";
  }
}
function isConnectCode(value) {
  return typeof value === "string" && CONNECT_CODES.includes(value);
}
var FleetApiError = class extends Error {
  procedure;
  code;
  serverMessage;
  httpStatus;
  constructor(procedure, code, serverMessage, httpStatus) {
    super(`${procedure}: ${code}: ${serverMessage || "(no message)"}`);
    this.procedure = procedure;
    this.code = code;
    this.serverMessage = serverMessage;
    this.httpStatus = httpStatus;
    this.name = "FleetApiError";
  }
  /** How long the server asked us to wait (Retry-After on 429/503). */
  retryAfterMs;
};
var FleetNetworkError = class extends Error {
  procedure;
  kind;
  mayHaveArrived;
  constructor(procedure, kind, detail, mayHaveArrived = true) {
    super(`${procedure}: ${kind === "timeout" ? "timed out" : "connection failed"}: ${detail}`);
    this.procedure = procedure;
    this.kind = kind;
    this.mayHaveArrived = mayHaveArrived;
    this.name = "FleetNetworkError";
  }
};
var FleetProtocolError = class extends Error {
  procedure;
  detail;
  constructor(procedure, detail) {
    super(`${procedure}: invalid response: ${detail}`);
    this.procedure = procedure;
    this.detail = detail;
    this.name = "FleetProtocolError";
  }
};
var FleetSetupError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "FleetSetupError";
  }
};
var CredentialsError = class extends FleetSetupError {
  constructor(message) {
    super(message);
    this.name = "CredentialsError";
  }
};
function scrub(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (!secret)
      continue;
    out = out.split(secret).join("[redacted]");
  }
  return out;
}
function describeCause(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = current.code;
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return [...new Set(parts)].join(": ");
}

export {
  HTTP_STATUS,
  codeFromStatus,
  isConnectCode,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError,
  CredentialsError,
  scrub,
  describeCause
};
