/**
 * Errors from talking to Fleet Management. The server's verdict comes from the
 * Connect JSON body (`code`, `message`), not the HTTP status (status mappings
 * changed between Connect versions, fleet-api.md §1.1). Every message that can
 * leave this module has the credentials scrubbed out of it.
 */

export const CONNECT_CODES = [
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
  "unauthenticated",
] as const;
export type ConnectCode = (typeof CONNECT_CODES)[number];

/** The HTTP status the current Connect spec gives each code (used by the emulator). */
export const HTTP_STATUS: Record<ConnectCode, number> = {
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
  unauthenticated: 401,
};

/**
 * For a body without a Connect code (a proxy's error page): the code the
 * Connect spec's HTTP-to-code table gives the status.
 */
export function codeFromStatus(status: number): ConnectCode {
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

export function isConnectCode(value: unknown): value is ConnectCode {
  return typeof value === "string" && (CONNECT_CODES as readonly string[]).includes(value);
}

/** The server answered with a Connect error. */
export class FleetApiError extends Error {
  constructor(
    readonly procedure: string,
    readonly code: ConnectCode,
    /** The server's message, scrubbed. */
    readonly serverMessage: string,
    readonly httpStatus: number,
  ) {
    super(`${procedure}: ${code}: ${serverMessage || "(no message)"}`);
    this.name = "FleetApiError";
  }

  /** How long the server asked us to wait (Retry-After on 429/503). */
  retryAfterMs: number | undefined;
}

/** No answer: connection refused/reset, DNS failure, or our timeout. */
export class FleetNetworkError extends Error {
  constructor(
    readonly procedure: string,
    readonly kind: "timeout" | "connection",
    detail: string,
    /** False only when the request certainly never reached the server (refused, DNS): safe to send again. */
    readonly mayHaveArrived = true,
  ) {
    super(`${procedure}: ${kind === "timeout" ? "timed out" : "connection failed"}: ${detail}`);
    this.name = "FleetNetworkError";
  }
}

/**
 * The server (or something in front of it) answered in a way the API never
 * does: an empty or non-JSON 200, a Connect error with status 200, a body
 * missing what the call must return, a redirect, an oversized body. Nothing
 * decided from such an answer can be trusted, so nothing is sent after one.
 */
export class FleetProtocolError extends Error {
  constructor(
    readonly procedure: string,
    readonly detail: string,
  ) {
    super(`${procedure}: invalid response: ${detail}`);
    this.name = "FleetProtocolError";
  }
}

/** A setup problem the user must fix before talking to the server (exit 2). */
export class FleetSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FleetSetupError";
  }
}

/** Bad URL or missing/unsafe credentials. */
export class CredentialsError extends FleetSetupError {
  constructor(message: string) {
    super(message);
    this.name = "CredentialsError";
  }
}

/**
 * Removes every secret (the token, the Authorization header value, the
 * base64 user:token pair) from a text. Secrets shorter than 4 characters are
 * still removed: a short token is still a token.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    out = out.split(secret).join("[redacted]");
  }
  return out;
}

/** The description of a low-level failure (fetch's TypeError hides the reason in `cause`). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = (current as Error & { code?: unknown }).code;
      parts.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return [...new Set(parts)].join(": ");
}
