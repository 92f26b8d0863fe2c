/**
 * The one error type every layer throws for a failure the user should see as
 * a one-line message, never a stack trace. The kind says what went wrong;
 * only the CLI turns a kind into an exit code (src/cli/errors.ts), so the
 * library, the editor and scripts can handle the same errors their own way.
 */
export type FleetlintErrorKind = 
/** A bad flag, a missing path, an unreadable file. */
"usage"
/** An invalid or unreadable configuration. */
 | "config"
/** Fleet Management could not be reached or answered with an error. */
 | "network"
/** The server refused the change, or it did not land as planned. */
 | "refused"
/** Anything else that should still end in a clear message. */
 | "internal";
export declare class FleetlintError extends Error {
    readonly kind: FleetlintErrorKind;
    constructor(kind: FleetlintErrorKind, message: string, options?: {
        cause?: unknown;
    });
}
/** A bad flag, a missing path, an unreadable file: `FleetlintError` of kind `usage`. */
export declare class UsageError extends FleetlintError {
    constructor(message: string);
}
