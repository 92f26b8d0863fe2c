/**
 * Errors from talking to Fleet Management. The server's verdict comes from the
 * Connect JSON body (`code`, `message`), not the HTTP status (status mappings
 * changed between Connect versions, fleet-api.md §1.1). Every message that can
 * leave this module has the credentials scrubbed out of it.
 */
export declare const CONNECT_CODES: readonly ["canceled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists", "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range", "unimplemented", "internal", "unavailable", "data_loss", "unauthenticated"];
export type ConnectCode = (typeof CONNECT_CODES)[number];
/** The HTTP status the current Connect spec gives each code (used by the emulator). */
export declare const HTTP_STATUS: Record<ConnectCode, number>;
/**
 * For a body without a Connect code (a proxy's error page): the code the
 * Connect spec's HTTP-to-code table gives the status.
 */
export declare function codeFromStatus(status: number): ConnectCode;
export declare function isConnectCode(value: unknown): value is ConnectCode;
/** The server answered with a Connect error. */
export declare class FleetApiError extends Error {
    readonly procedure: string;
    readonly code: ConnectCode;
    /** The server's message, scrubbed. */
    readonly serverMessage: string;
    readonly httpStatus: number;
    constructor(procedure: string, code: ConnectCode, 
    /** The server's message, scrubbed. */
    serverMessage: string, httpStatus: number);
    /** How long the server asked us to wait (Retry-After on 429/503). */
    retryAfterMs: number | undefined;
}
/** No answer: connection refused/reset, DNS failure, or our timeout. */
export declare class FleetNetworkError extends Error {
    readonly procedure: string;
    readonly kind: "timeout" | "connection";
    /** False only when the request certainly never reached the server (refused, DNS): safe to send again. */
    readonly mayHaveArrived: boolean;
    constructor(procedure: string, kind: "timeout" | "connection", detail: string, 
    /** False only when the request certainly never reached the server (refused, DNS): safe to send again. */
    mayHaveArrived?: boolean);
}
/**
 * The server (or something in front of it) answered in a way the API never
 * does: an empty or non-JSON 200, a Connect error with status 200, a body
 * missing what the call must return, a redirect, an oversized body. Nothing
 * decided from such an answer can be trusted, so nothing is sent after one.
 */
export declare class FleetProtocolError extends Error {
    readonly procedure: string;
    readonly detail: string;
    constructor(procedure: string, detail: string);
}
/** A setup problem the user must fix before talking to the server (exit 2). */
export declare class FleetSetupError extends Error {
    constructor(message: string);
}
/** Bad URL or missing/unsafe credentials. */
export declare class CredentialsError extends FleetSetupError {
    constructor(message: string);
}
/**
 * Removes every secret (the token, the Authorization header value, the
 * base64 user:token pair) from a text. Secrets shorter than 4 characters are
 * still removed: a short token is still a token.
 */
export declare function scrub(text: string, secrets: readonly string[]): string;
/** The description of a low-level failure (fetch's TypeError hides the reason in `cause`). */
export declare function describeCause(error: unknown): string;
