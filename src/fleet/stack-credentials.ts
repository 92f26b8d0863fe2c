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
import { resolveCredentials, type Credentials } from "./credentials.js";
import { CredentialsError } from "./errors.js";

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

export const DEFAULT_ORIGIN: CredentialOrigin = { username: "FLEET_MANAGEMENT_USERNAME", token: "FLEET_MANAGEMENT_TOKEN" };

/** `FLEET_MANAGEMENT_EU_WEST_` for stack "eu-west". */
export function stackPrefix(stack: string): string {
  return `FLEET_MANAGEMENT_${stack.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "")}_`;
}

/** "target 'team-a' (stack 'eu')" */
export function describeTarget(target: CredentialTarget): string {
  const name = target.name ?? target.namespace;
  return `${name ? `target '${name}' ` : "the target "}(stack '${target.stack}')`;
}

function set(env: CredentialOptions["env"], name: string | undefined): string | undefined {
  const value = name === undefined ? undefined : env[name];
  return value !== undefined && value.trim() !== "" ? value : undefined;
}

/** The variable names a target reads, or undefined for the default ones. */
function namedVariables(target: CredentialTarget, env: CredentialOptions["env"]): { url?: string; username: string; token: string; how: string } | undefined {
  const own = target.credentials;
  if (own && (own.urlEnv || own.usernameEnv || own.tokenEnv)) {
    return {
      url: own.urlEnv,
      username: own.usernameEnv ?? DEFAULT_ORIGIN.username,
      token: own.tokenEnv ?? DEFAULT_ORIGIN.token,
      how: "the target's `credentials`",
    };
  }
  if (target.stack === "default") return undefined;
  const prefix = stackPrefix(target.stack);
  if (!["URL", "USERNAME", "TOKEN"].some((suffix) => set(env, prefix + suffix) !== undefined)) return undefined;
  return { url: prefix + "URL", username: prefix + "USERNAME", token: prefix + "TOKEN", how: `${prefix}* (stack '${target.stack}')` };
}

export function resolveTargetCredentials(target: CredentialTarget, options: CredentialOptions): TargetCredentials {
  const { env } = options;
  const names = namedVariables(target, env);
  let credentials: Credentials;
  let origin = DEFAULT_ORIGIN;
  try {
    if (!names) {
      credentials = resolveCredentials({ env, tokenFile: options.tokenFile, targetUrl: target.url, onWarning: options.onWarning });
    } else {
      origin = { username: names.username, token: names.token };
      const username = set(env, names.username);
      const token = set(env, names.token);
      if (!username) throw new CredentialsError(`Missing Fleet Management username: set ${names.username} (read through ${names.how})`);
      if (!token) throw new CredentialsError(`Missing Fleet Management token: set ${names.token} (read through ${names.how})`);
      // The target's `url` is written in the config; otherwise the named variable, otherwise the shared one.
      const url = target.url ?? set(env, names.url) ?? set(env, "FLEET_MANAGEMENT_URL") ?? set(env, "GRAFANA_FLEET_MANAGEMENT_URL");
      credentials = resolveCredentials({ env: { FLEET_MANAGEMENT_URL: url, FLEET_MANAGEMENT_USERNAME: username, FLEET_MANAGEMENT_TOKEN: token }, onWarning: options.onWarning });
    }
  } catch (error) {
    if (error instanceof CredentialsError) throw new CredentialsError(`${describeTarget(target)}: ${error.message}`);
    throw error;
  }
  return { credentials, origin, stackId: `${credentials.url}\u0000${credentials.username}` };
}

/** Failures of a request made for a target, so the message can say which target and which variables. */
const blamed = new WeakMap<object, { label: string; origin: CredentialOrigin }>();

/** Remembers the target a failed request was for; the error itself passes through unchanged. */
export function blameTarget<T>(pending: Promise<T>, target: CredentialTarget, origin: CredentialOrigin): Promise<T> {
  return pending.catch((error: unknown) => {
    if (typeof error === "object" && error !== null && !blamed.has(error)) blamed.set(error, { label: describeTarget(target), origin });
    throw error;
  });
}

/** The target a request failure was blamed on, if any. */
export function targetOfError(error: unknown): { label: string; origin: CredentialOrigin } | undefined {
  return typeof error === "object" && error !== null ? blamed.get(error) : undefined;
}
