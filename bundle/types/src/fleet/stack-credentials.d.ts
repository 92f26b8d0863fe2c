/**
 * Which credentials a target uses (issue #15: many stacks in one repository).
 * In order:
 *   1. the target's `credentials` (names of environment variables: urlEnv,
 *      usernameEnv, tokenEnv);
 *   2. for a `stack` other than "default", FLEET_MANAGEMENT_<STACK>_URL,
 *      _USERNAME and _TOKEN when any of them is set (then username and token
 *      must both be, so one stack's instance ID never meets another's token);
 *   3. FLEET_MANAGEMENT_URL / _USERNAME / _TOKEN (and --token-file), as
 *      before.
 * A missing value names the target and the variable to set. Only variable
 * names are ever printed, never values.
 */
import type { CredentialsEnv } from "../config/types.js";
import { type Credentials } from "./credentials.js";
export interface CredentialTarget {
    stack: string;
    /** The target's folder (identifies it; not used for credentials). */
    root?: string;
    url?: string;
    name?: string;
    namespace?: string;
    credentials?: CredentialsEnv;
}
export interface CredentialOptions {
    env: Readonly<Record<string, string | undefined>>;
    tokenFile?: string;
    onWarning?: (message: string) => void;
}
/** Where a target's credentials were read from (variable names, for messages). */
export interface CredentialOrigin {
    username: string;
    token: string;
}
export interface TargetCredentials {
    credentials: Credentials;
    origin: CredentialOrigin;
    /** The stack as the server knows it (URL and instance ID): one rate limiter and one listing each. */
    stackId: string;
}
export declare const DEFAULT_ORIGIN: CredentialOrigin;
/** `FLEET_MANAGEMENT_EU_WEST_` for stack "eu-west". */
export declare function stackPrefix(stack: string): string;
/** "target 'team-a' (stack 'eu')" */
export declare function describeTarget(target: CredentialTarget): string;
export declare function resolveTargetCredentials(target: CredentialTarget, options: CredentialOptions): TargetCredentials;
/** Remembers the target a failed request was for; the error itself passes through unchanged. */
export declare function blameTarget<T>(pending: Promise<T>, target: CredentialTarget, origin: CredentialOrigin): Promise<T>;
/** The target a request failure was blamed on, if any. */
export declare function targetOfError(error: unknown): {
    label: string;
    origin: CredentialOrigin;
} | undefined;
