/**
 * Where the API is and who we are (SPEC §1.3). The token comes only from the
 * environment or a file, never from a flag, so it cannot end up in shell
 * history or a process list; nothing here puts it in a message.
 */
import { readRegularFile, type RegularFile } from "../core/read-regular-file.js";
import { isIP } from "node:net";
import { CredentialsError } from "./errors.js";
import { displayUrl } from "./redact.js";

export interface Credentials {
  /** Bare root URL without a trailing slash, e.g. https://fleet-management-prod-001.grafana.net */
  url: string;
  username: string;
  token: string;
}

export interface CredentialSources {
  env: Readonly<Record<string, string | undefined>>;
  /** `--token-file`: read, trailing line break removed. */
  tokenFile?: string;
  /** The target's `url` from the config; wins over the environment. */
  targetUrl?: string;
  readFile?: (path: string) => string;
  /** Told when the token file is readable by group or others. */
  onWarning?: (message: string) => void;
}

/** A token is short; a bigger "token file" is the wrong file. */
const MAX_TOKEN_FILE_BYTES = 64 * 1024;

/**
 * Reads a token file safely: opened without blocking (a FIFO or device
 * would otherwise hang or stream forever), refused unless it is a regular
 * file of sensible size, and reported when group or others can read it.
 */
export function readTokenFile(path: string, onWarning?: (message: string) => void): string {
  let file: RegularFile;
  try {
    file = readRegularFile(path, MAX_TOKEN_FILE_BYTES, "limit for a token file");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") throw new CredentialsError(`Cannot read --token-file ${path} (${code})`);
    throw new CredentialsError(`Refusing --token-file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (process.platform !== "win32" && (file.mode & 0o077) !== 0) {
    const who = [file.mode & 0o070 ? "its group" : "", file.mode & 0o007 ? "others" : ""].filter(Boolean).join(" and ");
    onWarning?.(`--token-file ${path} is readable by ${who}; restrict it with \`chmod 600\``);
  }
  return file.bytes.toString("utf8");
}

const SERVICE_SUFFIX = /\/(?:pipeline\.v1\.PipelineService|collector\.v1\.CollectorService|tenant\.v1\.TenantService)(?:\/[^/]*)?\/*$/;

/** True for 127.0.0.0/8, ::1 and localhost (plain http is allowed only there). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}

/**
 * The bare root a Connect client needs: accepts a URL copied from the UI with
 * `/pipeline.v1.PipelineService/` (and a method) on the end, drops trailing
 * slashes, refuses plain http except on loopback, and refuses user info in
 * the URL (credentials belong in the environment).
 */
export function normalizeBaseUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new CredentialsError(`Invalid Fleet Management URL '${displayUrl(trimmed)}': not an absolute URL`);
  }
  if (url.username || url.password) {
    throw new CredentialsError("Invalid Fleet Management URL: it must not contain credentials; use FLEET_MANAGEMENT_USERNAME and FLEET_MANAGEMENT_TOKEN");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CredentialsError(`Invalid Fleet Management URL '${displayUrl(trimmed)}': expected https://`);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new CredentialsError(`Disallowed plain http URL '${displayUrl(trimmed)}': use https:// (http is allowed only for loopback hosts)`);
  }
  url.search = "";
  url.hash = "";
  const path = url.pathname.replace(SERVICE_SUFFIX, "").replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

/** Splits GRAFANA_FLEET_MANAGEMENT_AUTH (`user:token`, as the Terraform provider reads it). */
function splitAuth(value: string | undefined): { username?: string; token?: string } {
  const auth = nonEmpty(value);
  if (!auth) return {};
  const colon = auth.indexOf(":");
  if (colon <= 0 || colon === auth.length - 1) {
    throw new CredentialsError("Invalid GRAFANA_FLEET_MANAGEMENT_AUTH: expected the form user:token");
  }
  return { username: auth.slice(0, colon), token: auth.slice(colon + 1) };
}

export function resolveCredentials(sources: CredentialSources): Credentials {
  const { env } = sources;
  const rawUrl = nonEmpty(sources.targetUrl) ?? nonEmpty(env.FLEET_MANAGEMENT_URL) ?? nonEmpty(env.GRAFANA_FLEET_MANAGEMENT_URL);
  if (!rawUrl) {
    throw new CredentialsError("Missing Fleet Management URL: set FLEET_MANAGEMENT_URL or the target's `url` in the config");
  }
  const url = normalizeBaseUrl(rawUrl);
  const auth = splitAuth(env.GRAFANA_FLEET_MANAGEMENT_AUTH);
  const username = nonEmpty(env.FLEET_MANAGEMENT_USERNAME) ?? auth.username;
  if (!username) {
    throw new CredentialsError("Missing Fleet Management username: set FLEET_MANAGEMENT_USERNAME (the Fleet Management instance ID)");
  }
  let token: string | undefined;
  if (sources.tokenFile !== undefined) {
    let text: string;
    if (sources.readFile) {
      try {
        text = sources.readFile(sources.tokenFile);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new CredentialsError(`Cannot read --token-file ${sources.tokenFile}${typeof code === "string" ? ` (${code})` : ""}`);
      }
    } else {
      text = readTokenFile(sources.tokenFile, sources.onWarning);
    }
    token = nonEmpty(text);
    if (!token) throw new CredentialsError(`Missing token: --token-file ${sources.tokenFile} is empty`);
  } else {
    token = nonEmpty(env.FLEET_MANAGEMENT_TOKEN) ?? auth.token;
  }
  if (!token) {
    throw new CredentialsError("Missing Fleet Management token: set FLEET_MANAGEMENT_TOKEN or pass --token-file");
  }
  return { url, username, token };
}
