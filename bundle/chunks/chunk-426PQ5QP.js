import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  checkGuards,
  hasChanges,
  isOwnedBy,
  planTarget
} from "./chunk-TEZ5XSFH.js";
import {
  readRegularFile
} from "./chunk-VLVIIYR3.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import {
  CredentialsError,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError,
  codeFromStatus,
  describeCause,
  isConnectCode,
  scrub
} from "./chunk-LIZFXGBB.js";
import {
  COLLECTOR_SERVICE,
  decodeCollector,
  decodeCollectorsPage
} from "./chunk-GXBRFKVI.js";
import {
  MessageShapeError,
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  decodeIdResponse,
  decodeLimits,
  decodePipeline,
  decodePipelines,
  describeSource,
  encodePipeline
} from "./chunk-NIL3DZS3.js";
import {
  version
} from "./chunk-PWOCY44R.js";

// dist/src/fleet/desired.js
function toMessage(pipeline, globalMatchers) {
  const matchers = pipeline.matchers.map((m) => m.text);
  for (const global of globalMatchers)
    if (!matchers.includes(global))
      matchers.push(global);
  const message = {
    name: pipeline.name,
    contents: pipeline.contents?.text ?? "",
    matchers,
    enabled: pipeline.enabled ?? false,
    configType: pipeline.configType === "otel" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY"
  };
  if (pipeline.metadata !== void 0)
    message.metadata = pipeline.metadata;
  return message;
}
function desiredTarget(target, pipelines) {
  const mine = pipelines.filter((p) => p.target.index === target.index);
  return {
    target,
    pipelines: mine.filter((p) => p.contents !== null).map((p) => toMessage(p, target.globalMatchers)),
    unreadable: mine.filter((p) => p.contents === null)
  };
}

// dist/src/fleet/credentials.js
import { isIP } from "node:net";

// dist/src/fleet/redact.js
function base64Forms(text) {
  const b64 = Buffer.from(text).toString("base64");
  const url = Buffer.from(text).toString("base64url");
  return [b64, b64.replace(/=+$/, ""), url];
}
function secretForms(username, token) {
  const encoded = encodeURIComponent(token);
  const forms = [
    token,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
    encoded.replace(/%20/g, "+"),
    JSON.stringify(token).slice(1, -1),
    ...base64Forms(token),
    ...base64Forms(`${username}:${token}`)
  ];
  return [...new Set(forms.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}
function displayUrl(raw) {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/g, "//").replace(/[?#]\S*/g, "");
  }
}

// dist/src/fleet/credentials.js
var MAX_TOKEN_FILE_BYTES = 64 * 1024;
function readTokenFile(path, onWarning) {
  let file;
  try {
    file = readRegularFile(path, MAX_TOKEN_FILE_BYTES, "limit for a token file");
  } catch (error) {
    const code = error.code;
    if (typeof code === "string")
      throw new CredentialsError(`Cannot read --token-file ${path} (${code})`);
    throw new CredentialsError(`Refusing --token-file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (process.platform !== "win32" && (file.mode & 63) !== 0) {
    const who = [file.mode & 56 ? "its group" : "", file.mode & 7 ? "others" : ""].filter(Boolean).join(" and ");
    onWarning?.(`--token-file ${path} is readable by ${who}; restrict it with \`chmod 600\``);
  }
  return file.bytes.toString("utf8");
}
var SERVICE_SUFFIX = /\/(?:pipeline\.v1\.PipelineService|collector\.v1\.CollectorService|tenant\.v1\.TenantService)(?:\/[^/]*)?\/*$/;
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost"))
    return true;
  if (isIP(host) === 4)
    return host.startsWith("127.");
  if (isIP(host) === 6)
    return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}
function normalizeBaseUrl(raw) {
  const trimmed = raw.trim();
  let url;
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
function nonEmpty(value) {
  return value !== void 0 && value.trim() !== "" ? value.trim() : void 0;
}
function splitAuth(value) {
  const auth = nonEmpty(value);
  if (!auth)
    return {};
  const colon = auth.indexOf(":");
  if (colon <= 0 || colon === auth.length - 1) {
    throw new CredentialsError("Invalid GRAFANA_FLEET_MANAGEMENT_AUTH: expected the form user:token");
  }
  return { username: auth.slice(0, colon), token: auth.slice(colon + 1) };
}
function resolveCredentials(sources) {
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
  let token;
  if (sources.tokenFile !== void 0) {
    let text;
    if (sources.readFile) {
      try {
        text = sources.readFile(sources.tokenFile);
      } catch (error) {
        const code = error.code;
        throw new CredentialsError(`Cannot read --token-file ${sources.tokenFile}${typeof code === "string" ? ` (${code})` : ""}`);
      }
    } else {
      text = readTokenFile(sources.tokenFile, sources.onWarning);
    }
    token = nonEmpty(text);
    if (!token)
      throw new CredentialsError(`Missing token: --token-file ${sources.tokenFile} is empty`);
  } else {
    token = nonEmpty(env.FLEET_MANAGEMENT_TOKEN) ?? auth.token;
  }
  if (!token) {
    throw new CredentialsError("Missing Fleet Management token: set FLEET_MANAGEMENT_TOKEN or pass --token-file");
  }
  return { url, username, token };
}

// dist/src/fleet/stack-credentials.js
var DEFAULT_ORIGIN = { username: "FLEET_MANAGEMENT_USERNAME", token: "FLEET_MANAGEMENT_TOKEN" };
function stackPrefix(stack) {
  return `FLEET_MANAGEMENT_${stack.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_+|_+$/g, "")}_`;
}
function describeTarget(target) {
  const name = target.name ?? target.namespace;
  return `${name ? `target '${name}' ` : "the target "}(stack '${target.stack}')`;
}
function set(env, name) {
  const value = name === void 0 ? void 0 : env[name];
  return value !== void 0 && value.trim() !== "" ? value : void 0;
}
function namedVariables(target, env) {
  const own = target.credentials;
  if (own && (own.urlEnv || own.usernameEnv || own.tokenEnv)) {
    return {
      url: own.urlEnv,
      username: own.usernameEnv ?? DEFAULT_ORIGIN.username,
      token: own.tokenEnv ?? DEFAULT_ORIGIN.token,
      how: "the target's `credentials`"
    };
  }
  if (target.stack === "default")
    return void 0;
  const prefix = stackPrefix(target.stack);
  if (!["URL", "USERNAME", "TOKEN"].some((suffix) => set(env, prefix + suffix) !== void 0))
    return void 0;
  return { url: prefix + "URL", username: prefix + "USERNAME", token: prefix + "TOKEN", how: `${prefix}* (stack '${target.stack}')` };
}
function resolveTargetCredentials(target, options) {
  const { env } = options;
  const names = namedVariables(target, env);
  let credentials;
  let origin = DEFAULT_ORIGIN;
  try {
    if (!names) {
      credentials = resolveCredentials({ env, tokenFile: options.tokenFile, targetUrl: target.url, onWarning: options.onWarning });
    } else {
      origin = { username: names.username, token: names.token };
      const username = set(env, names.username);
      const token = set(env, names.token);
      if (!username)
        throw new CredentialsError(`Missing Fleet Management username: set ${names.username} (read through ${names.how})`);
      if (!token)
        throw new CredentialsError(`Missing Fleet Management token: set ${names.token} (read through ${names.how})`);
      const url = target.url ?? set(env, names.url) ?? set(env, "FLEET_MANAGEMENT_URL") ?? set(env, "GRAFANA_FLEET_MANAGEMENT_URL");
      credentials = resolveCredentials({ env: { FLEET_MANAGEMENT_URL: url, FLEET_MANAGEMENT_USERNAME: username, FLEET_MANAGEMENT_TOKEN: token }, onWarning: options.onWarning });
    }
  } catch (error) {
    if (error instanceof CredentialsError)
      throw new CredentialsError(`${describeTarget(target)}: ${error.message}`);
    throw error;
  }
  return { credentials, origin, stackId: `${credentials.url}\0${credentials.username}` };
}
var blamed = /* @__PURE__ */ new WeakMap();
function blameTarget(pending, target, origin) {
  return pending.catch((error) => {
    if (typeof error === "object" && error !== null && !blamed.has(error))
      blamed.set(error, { label: describeTarget(target), origin });
    throw error;
  });
}
function targetOfError(error) {
  return typeof error === "object" && error !== null ? blamed.get(error) : void 0;
}

// dist/src/fleet/rate-limiter.js
var systemClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var RateLimiter = class {
  limit;
  windowMs;
  clock;
  /** The most recent `limit` requests, oldest first. */
  slots = [];
  /** Callers queue here so concurrent requests take turns in order. */
  queue = Promise.resolve();
  constructor(options = {}) {
    this.limit = options.limit ?? 3;
    if (!(this.limit >= 1))
      throw new RangeError("rate limit must be at least 1 request per window");
    this.windowMs = (options.windowMs ?? 1e3) + (options.marginMs ?? 20);
    this.clock = options.clock ?? systemClock;
  }
  /** Resolves when one more request may start; call the returned function when it has finished. */
  acquire() {
    const turn = this.queue.then(() => this.takeSlot());
    this.queue = turn.catch(() => void 0);
    return turn;
  }
  async takeSlot() {
    if (this.slots.length >= this.limit) {
      const oldest = this.slots[this.slots.length - this.limit];
      await oldest.finished;
      const wait = oldest.end + this.windowMs - this.clock.now();
      if (wait > 0)
        await this.clock.sleep(wait);
    }
    let release;
    const slot = { finished: new Promise((resolve) => release = resolve) };
    this.slots.push(slot);
    if (this.slots.length > this.limit)
      this.slots.splice(0, this.slots.length - this.limit);
    return () => {
      if (slot.end === void 0)
        slot.end = this.clock.now();
      release();
    };
  }
};

// dist/src/fleet/retry.js
var RETRYABLE_CODES = /* @__PURE__ */ new Set(["unavailable", "resource_exhausted", "deadline_exceeded"]);
var DEFAULT_RETRY_POLICY = {
  maxRetries: 5,
  baseDelayMs: 250,
  maxDelayMs: 8e3,
  random: Math.random
};
function isRetryable(error) {
  if (error instanceof FleetNetworkError)
    return true;
  if (error instanceof FleetApiError)
    return RETRYABLE_CODES.has(error.code);
  return false;
}
function backoffDelay(policy, retry) {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + policy.random() * step / 2);
}

// dist/src/fleet/shared-budget.js
import { createHash, randomBytes } from "node:crypto";
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var STALE_LOCK_MS = 5e3;
var SharedBudget = class _SharedBudget {
  path;
  lockPath;
  limit;
  windowMs;
  clock;
  constructor(dir, options) {
    const name = createHash("sha256").update(options.key).digest("hex").slice(0, 32);
    this.path = join(dir, `budget-${name}.json`);
    this.lockPath = `${this.path}.lock`;
    this.limit = options.limit ?? 3;
    this.windowMs = options.windowMs ?? 1100;
    this.clock = options.clock ?? { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
  }
  /** The budget for these credentials, or undefined when no private folder can be had. */
  static open(options) {
    const dir = options.dir ?? join(tmpdir(), `fleetlint-${typeof process.getuid === "function" ? process.getuid() : "user"}`);
    try {
      mkdirSync(dir, { recursive: true, mode: 448 });
      const info = lstatSync(dir);
      const ours = typeof process.getuid !== "function" || info.uid === process.getuid();
      if (!info.isDirectory() || !ours || process.platform !== "win32" && (info.mode & 63) !== 0)
        return void 0;
    } catch {
      return void 0;
    }
    return new _SharedBudget(dir, options);
  }
  /** Waits for a slot shared with every process using the same credentials. */
  async acquire() {
    const id = randomBytes(8).toString("hex");
    for (; ; ) {
      const wait = await this.withLock((entries) => {
        const now = Date.now();
        const live = entries.filter((e) => !e.done || now - e.at < this.windowMs);
        const current = live.filter((e) => e.done || now - e.at < 6e4);
        if (current.length < this.limit) {
          current.push({ id, at: now, done: false });
          return { entries: current, wait: 0 };
        }
        const finished = current.filter((e) => e.done).map((e) => e.at);
        const wait2 = finished.length > 0 ? Math.max(10, Math.min(...finished) + this.windowMs - now) : 50;
        return { entries: current, wait: wait2 };
      });
      if (wait === 0)
        break;
      await this.clock.sleep(wait);
    }
    return () => {
      void this.withLock((entries) => {
        const entry = entries.find((e) => e.id === id);
        if (entry) {
          entry.at = Date.now();
          entry.done = true;
        }
        return { entries, wait: 0 };
      }).catch(() => void 0);
    };
  }
  async withLock(update) {
    const fd = await this.lock();
    try {
      const { entries, wait } = update(this.read());
      this.write(entries);
      return wait;
    } finally {
      closeSync(fd);
      try {
        unlinkSync(this.lockPath);
      } catch {
      }
    }
  }
  async lock() {
    for (let attempt = 0; ; attempt++) {
      try {
        return openSync(this.lockPath, "wx", 384);
      } catch (error) {
        if (error.code !== "EEXIST")
          throw error;
      }
      try {
        if (Date.now() - statSync(this.lockPath).mtimeMs > STALE_LOCK_MS)
          unlinkSync(this.lockPath);
      } catch {
      }
      await this.clock.sleep(5 + Math.min(attempt, 10) * 2);
    }
  }
  read() {
    try {
      const data = JSON.parse(readFileSync(this.path, "utf8"));
      return Array.isArray(data) ? data.filter((e) => typeof e?.id === "string" && typeof e?.at === "number" && typeof e?.done === "boolean") : [];
    } catch {
      return [];
    }
  }
  write(entries) {
    const temp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    const fd = openSync(temp, "wx", 384);
    try {
      writeSync(fd, JSON.stringify(entries));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
  }
};

// dist/src/fleet/client.js
var DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
var DEFAULT_MAX_RETRY_WAIT_MS = 6e4;
var sharedLimiter;
function defaultLimiter() {
  sharedLimiter ??= new RateLimiter();
  return sharedLimiter;
}
var FleetClient = class {
  url;
  authorization;
  secrets;
  timeoutMs;
  limiter;
  budget;
  retry;
  maxResponseBytes;
  maxRetryWaitMs;
  fetchImpl;
  clock;
  onEvent;
  constructor(options) {
    const { url, username, token } = options.credentials;
    this.url = url;
    this.authorization = `Basic ${Buffer.from(`${username}:${token}`).toString("base64")}`;
    this.secrets = secretForms(username, token);
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.limiter = options.limiter ?? defaultLimiter();
    this.budget = options.shareBudget === false ? void 0 : SharedBudget.open({ key: `${url}\0${username}\0${token}`, dir: options.budgetDir });
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.fetchImpl = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.onEvent = options.onEvent;
  }
  /** Removes this client's secrets, in every encoding, and URL credentials and queries from any text. */
  scrub(text) {
    return scrubUrls(scrub(text, this.secrets));
  }
  /** One RPC with rate limiting and retries; resolves to the decoded JSON body. */
  async call(service, method, body, idempotence = "idempotent") {
    const procedure = `${service}/${method}`;
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const release = await this.limiter.acquire();
      const releaseShared = this.budget ? await this.budget.acquire() : void 0;
      const started = this.clock.now();
      try {
        const result = await this.once(procedure, body);
        release();
        releaseShared?.();
        this.emit({ procedure, attempt, outcome: "ok", durationMs: this.clock.now() - started });
        return result;
      } catch (error) {
        release();
        releaseShared?.();
        const delay = this.retryDelay(error, attempt, idempotence);
        const retry = delay !== void 0 && waited + delay <= this.maxRetryWaitMs;
        this.emit({
          procedure,
          attempt,
          outcome: retry ? "retry" : "error",
          status: error instanceof FleetApiError ? error.httpStatus : void 0,
          detail: error instanceof Error ? error.message : String(error),
          durationMs: this.clock.now() - started
        });
        if (!retry) {
          if (delay !== void 0 && error instanceof FleetApiError && error.retryAfterMs !== void 0 && error.retryAfterMs > this.maxRetryWaitMs - waited) {
            throw new FleetApiError(procedure, error.code, `${error.serverMessage || "(no message)"} (the server asked to retry after ${Math.ceil(error.retryAfterMs / 1e3)} s, past the ${Math.round(this.maxRetryWaitMs / 1e3)} s fleetlint waits)`, error.httpStatus);
          }
          throw error;
        }
        waited += delay;
        await this.clock.sleep(delay);
      }
    }
  }
  /** How long to wait before retrying, or undefined when the error must not be retried. */
  retryDelay(error, attempt, idempotence) {
    if (!isRetryable(error) || attempt >= this.retry.maxRetries)
      return void 0;
    if (idempotence === "send-once" && error instanceof FleetNetworkError && error.mayHaveArrived)
      return void 0;
    const backoff = backoffDelay(this.retry, attempt);
    const asked = error instanceof FleetApiError ? error.retryAfterMs : void 0;
    return asked !== void 0 ? Math.max(backoff, asked) : backoff;
  }
  emit(event) {
    if (!this.onEvent)
      return;
    if (event.detail !== void 0)
      event.detail = neutralize(this.scrub(event.detail));
    this.onEvent(event);
  }
  async once(procedure, body) {
    let response;
    try {
      response = await this.fetchImpl(`${this.url}/${procedure}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Connect-Protocol-Version": "1",
          Authorization: this.authorization,
          "User-Agent": `fleetlint/${version}`
        },
        body: JSON.stringify(body),
        // Never follow: a redirect would carry the credentials and the payload to another address.
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (error2) {
      const name = error2 instanceof Error ? error2.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      const detail = kind === "timeout" ? `no answer within ${this.timeoutMs} ms` : describeCause(error2);
      throw new FleetNetworkError(procedure, kind, this.scrub(detail), kind === "timeout" || !neverConnected(error2));
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => void 0);
      const location = response.headers.get("location");
      throw new FleetProtocolError(procedure, `redirected (HTTP ${response.status})${location ? ` to ${this.scrub(displayUrl(location))}` : ""}; fleetlint never follows redirects: set the URL to the final address`);
    }
    let text;
    try {
      text = await readCapped(response, this.maxResponseBytes);
    } catch (error2) {
      if (error2 instanceof BodyTooLargeError)
        throw new FleetProtocolError(procedure, `response body larger than ${this.maxResponseBytes} bytes (the limit)`);
      const name = error2 instanceof Error ? error2.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      throw new FleetNetworkError(procedure, kind, this.scrub(describeCause(error2)));
    }
    const parsed = parseJson(text);
    if (response.ok) {
      if (text.trim() === "")
        throw new FleetProtocolError(procedure, `empty body with HTTP ${response.status}`);
      if (parsed === void 0)
        throw new FleetProtocolError(procedure, `body is not JSON (HTTP ${response.status})`);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new FleetProtocolError(procedure, `body is ${Array.isArray(parsed) ? "a list" : parsed === null ? "null" : `a ${typeof parsed}`}, not an object (HTTP ${response.status})`);
      }
      const record = parsed;
      if (isConnectCode(record.code)) {
        const message2 = typeof record.message === "string" ? `: ${neutralize(this.scrub(record.message))}` : "";
        throw new FleetProtocolError(procedure, `a Connect error (${record.code}${message2}) with HTTP ${response.status}`);
      }
      return record;
    }
    const errorBody = parsed;
    const code = isConnectCode(errorBody?.code) ? errorBody.code : codeFromStatus(response.status);
    const message = typeof errorBody?.message === "string" ? errorBody.message : `HTTP ${response.status} ${response.statusText}`.trim();
    const error = new FleetApiError(procedure, code, this.scrub(message), response.status);
    if (response.status === 429 || response.status === 503)
      error.retryAfterMs = retryAfterMs(response.headers.get("retry-after"));
    throw error;
  }
  async pipelineCall(method, body, idempotence = "idempotent") {
    return this.call(PIPELINE_SERVICE, method, body, idempotence);
  }
  /** Runs a decoder, turning a shape error into a protocol error for this procedure. */
  decode(procedure, decode) {
    try {
      return decode();
    } catch (error) {
      if (error instanceof MessageShapeError)
        throw new FleetProtocolError(procedure, neutralize(this.scrub(error.message)));
      throw error;
    }
  }
  /**
   * Every pipeline, following pages: a listing is never silently truncated.
   * A page token seen twice (a server that ignores it) or a name listed twice
   * is a protocol error, since the plan is only as good as the listing.
   */
  async listPipelines(request = {}) {
    const procedure = `${PIPELINE_SERVICE}/ListPipelines`;
    const body = {};
    if (request.localAttributes)
      body.localAttributes = request.localAttributes;
    if (request.remoteAttributes)
      body.remoteAttributes = request.remoteAttributes;
    if (request.configType !== void 0)
      body.configType = request.configType;
    if (request.enabled !== void 0)
      body.enabled = request.enabled;
    const pipelines = await this.listPages(PIPELINE_SERVICE, "ListPipelines", body, (reply) => {
      const decoded = decodePipelines(reply);
      return { items: decoded.pipelines, nextPageToken: decoded.nextPageToken };
    });
    const seen = /* @__PURE__ */ new Set();
    for (const p of pipelines) {
      if (seen.has(p.name))
        throw new FleetProtocolError(procedure, `pipeline '${neutralize(p.name)}' is listed twice; names are unique in a stack`);
      seen.add(p.name);
    }
    return pipelines;
  }
  /**
   * Every item of a listing, following pages: a listing is never silently
   * truncated, and a page token seen twice (a server that ignores it) is a
   * protocol error.
   */
  async listPages(service, method, body, decodePage) {
    const procedure = `${service}/${method}`;
    const items = [];
    const tokens = /* @__PURE__ */ new Set();
    for (let page = 0; ; page++) {
      const reply = await this.call(service, method, body);
      const decoded = this.decode(procedure, () => decodePage(reply));
      items.push(...decoded.items);
      const next = decoded.nextPageToken;
      if (!next)
        break;
      if (tokens.has(next) || page >= MAX_PAGES) {
        throw new FleetProtocolError(procedure, `the listing is paged but the pages do not end (page token repeated after ${page + 1} pages); refusing a truncated listing`);
      }
      tokens.add(next);
      body.pageToken = next;
    }
    return items;
  }
  async getPipeline(id) {
    const reply = await this.pipelineCall("GetPipeline", { id });
    return this.decode(`${PIPELINE_SERVICE}/GetPipeline`, () => decodePipeline(reply));
  }
  async getPipelineId(name) {
    const reply = await this.pipelineCall("GetPipelineID", { name });
    return this.decode(`${PIPELINE_SERVICE}/GetPipelineID`, () => decodeIdResponse(reply));
  }
  async createPipeline(pipeline, validateOnly = false) {
    const reply = await this.pipelineCall("CreatePipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/CreatePipeline`, () => decodePipeline(reply));
  }
  async updatePipeline(pipeline, validateOnly = false) {
    const reply = await this.pipelineCall("UpdatePipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/UpdatePipeline`, () => decodePipeline(reply));
  }
  async upsertPipeline(pipeline, validateOnly = false) {
    const reply = await this.pipelineCall("UpsertPipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/UpsertPipeline`, () => decodePipeline(reply));
  }
  async deletePipeline(id) {
    await this.pipelineCall("DeletePipeline", { id }, "send-once");
  }
  async bulkDeletePipelines(ids) {
    await this.pipelineCall("BulkDeletePipelines", { ids }, "send-once");
  }
  /** Sent once: after a timeout or a dropped connection the outcome is unknown and the caller must say so. */
  async syncPipelines(source, pipelines) {
    await this.pipelineCall("SyncPipelines", {
      source: { type: source.type, namespace: source.namespace },
      pipelines: pipelines.map(encodePipeline)
    }, "send-once");
  }
  /**
   * Every collector of the stack. The v1 service answers in one message; a
   * `nextPageToken` is followed (each page is one request within the rate
   * limit). Like the pipeline listing, a listing whose pages do not end or
   * that lists an id twice is a protocol error, never a silently wrong fleet.
   */
  async listCollectors(matchers = []) {
    const procedure = `${COLLECTOR_SERVICE}/ListCollectors`;
    const collectors = await this.listPages(COLLECTOR_SERVICE, "ListCollectors", { matchers: [...matchers] }, (reply) => {
      const decoded = decodeCollectorsPage(reply);
      return { items: decoded.collectors, nextPageToken: decoded.nextPageToken };
    });
    const seen = /* @__PURE__ */ new Set();
    for (const c of collectors) {
      if (!c.id)
        throw new FleetProtocolError(procedure, "a collector without an id was listed");
      if (seen.has(c.id))
        throw new FleetProtocolError(procedure, `collector '${neutralize(c.id)}' is listed twice; ids are unique in a stack`);
      seen.add(c.id);
    }
    return collectors;
  }
  async getCollector(id) {
    const reply = await this.call(COLLECTOR_SERVICE, "GetCollector", { id });
    return this.decode(`${COLLECTOR_SERVICE}/GetCollector`, () => decodeCollector(reply));
  }
  async getLimits() {
    const reply = await this.call(TENANT_SERVICE, "GetLimits", {});
    return this.decode(`${TENANT_SERVICE}/GetLimits`, () => decodeLimits(reply));
  }
};
var MAX_PAGES = 1e3;
function writeBody(pipeline, validateOnly) {
  const body = { pipeline: encodePipeline(pipeline) };
  if (validateOnly)
    body.validateOnly = true;
  return body;
}
function parseJson(text) {
  if (text.trim() === "")
    return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function neverConnected(error) {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = current.code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ENETUNREACH")
      return true;
  }
  return false;
}
var BodyTooLargeError = class extends Error {
};
async function readCapped(response, limit) {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit && !response.headers.get("content-encoding")) {
    await response.body?.cancel().catch(() => void 0);
    throw new BodyTooLargeError();
  }
  if (!response.body)
    return "";
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done)
      break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => void 0);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function retryAfterMs(header, now = Date.now()) {
  if (header === null)
    return void 0;
  const value = header.trim();
  if (/^\d+$/.test(value))
    return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function scrubUrls(text) {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (url) => displayUrl(url));
}

// dist/src/fleet/session.js
var stackLimiters = /* @__PURE__ */ new Map();
function limiterFor(stackId) {
  let limiter = stackLimiters.get(stackId);
  if (!limiter) {
    limiter = new RateLimiter();
    stackLimiters.set(stackId, limiter);
  }
  return limiter;
}
var FleetSession = class {
  options;
  clients = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  remote = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  collectorLists = /* @__PURE__ */ new Map();
  clientOptions;
  constructor(options) {
    this.options = options;
    this.clientOptions = { ...options.client };
  }
  credentialsFor(target) {
    const key = JSON.stringify([target.stack, target.url ?? null, target.credentials ?? null]);
    let found = this.resolved.get(key);
    if (!found) {
      found = resolveTargetCredentials(target, { env: this.options.env, tokenFile: this.options.tokenFile, onWarning: this.options.onWarning });
      this.resolved.set(key, found);
    }
    return found;
  }
  /** The client for a target's stack, made once per stack (URL and instance ID). */
  clientFor(target) {
    const { credentials, stackId } = this.credentialsFor(target);
    let client = this.clients.get(stackId);
    if (!client) {
      client = new FleetClient({ limiter: limiterFor(stackId), ...this.clientOptions, credentials });
      this.clients.set(stackId, client);
    }
    return client;
  }
  /** The environment variables a target's username and token came from (for messages). */
  credentialOrigin(target) {
    return this.credentialsFor(target).origin;
  }
  /** Removes every client's secrets from a text. */
  scrub(text) {
    let out = text;
    for (const client of this.clients.values())
      out = client.scrub(out);
    return out;
  }
  /** A stack is the server's: the same name with other credentials is another stack. */
  stackKey(target) {
    return this.credentialsFor(target).stackId;
  }
  /** Every pipeline in the target's stack (ListPipelines, once per stack unless refreshed). */
  remotePipelines(target, refresh = false) {
    const key = this.stackKey(target);
    let pending = refresh ? void 0 : this.remote.get(key);
    if (!pending) {
      pending = blameTarget(this.clientFor(target).listPipelines(), target, this.credentialOrigin(target));
      this.remote.set(key, pending);
      pending.catch(() => this.remote.delete(key));
    }
    return pending;
  }
  /** Every collector of the target's stack (ListCollectors, once per stack per run). */
  collectors(target) {
    return this.oncePerStack(this.collectorLists, target, () => this.clientFor(target).listCollectors());
  }
  /** The stack's limits from the Tenant API (once per stack). */
  stackLimits(target) {
    return this.oncePerStack(this.limits, target, () => this.clientFor(target).getLimits());
  }
  /** One answer per stack, shared by every caller; a failure is not cached, so the next caller tries again. */
  oncePerStack(cache, target, load) {
    const key = this.stackKey(target);
    let pending = cache.get(key);
    if (!pending) {
      pending = blameTarget(load(), target, this.credentialOrigin(target));
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  }
};
function requireNamespace(target) {
  if (!target.namespace) {
    throw new FleetSetupError(`Missing namespace for target '${target.root}': plan, sync and import need \`namespace\` in the config`);
  }
  return target.namespace;
}

// dist/src/fleet/sender.js
import { isDeepStrictEqual } from "node:util";
var EMPTY_LISTING_PROBES = 3;
async function planProject(session, languages, project) {
  const planned = [];
  for (const target of project.targets) {
    const namespace = requireNamespace(target);
    const desired = desiredTarget(target, project.pipelines);
    if (desired.unreadable.length > 0) {
      const names = desired.unreadable.map((p) => `'${p.name}' (${p.definition.file.path})`).join(", ");
      throw new FleetSetupError(`Cannot plan namespace '${namespace}': no readable contents for ${names}; run \`fleetlint check\``);
    }
    const remote = await session.remotePipelines(target);
    if (remote.length === 0)
      await confirmEmptyStack(session, target, desired.pipelines);
    planned.push({ target, desired, remote, plan: planTarget(languages, { namespace, stack: target.stack, desired: desired.pipelines, remote }) });
  }
  return planned;
}
async function confirmEmptyStack(session, target, desired) {
  const client = session.clientFor(target);
  for (const pipeline of desired.slice(0, EMPTY_LISTING_PROBES)) {
    let id;
    try {
      id = await client.getPipelineId(pipeline.name);
    } catch (error) {
      if (error instanceof FleetApiError && error.code === "not_found")
        continue;
      throw error;
    }
    throw new FleetProtocolError("pipeline.v1.PipelineService/ListPipelines", `the listing says stack '${target.stack}' is empty, but GetPipelineID finds '${neutralize(pipeline.name)}' (id ${neutralize(id)}); refusing to plan from an untrustworthy listing`);
  }
}
function guardProject(planned, options) {
  return planned.map(({ plan }) => ({ plan, violations: checkGuards(plan, options) })).filter((t) => t.violations.length > 0);
}
var SyncRefusedError = class extends Error {
  plan;
  apiError;
  pipeline;
  applied;
  pending;
  constructor(plan, apiError, pipeline, applied, pending) {
    super(`Fleet Management refused the sync of namespace '${plan.namespace}' (stack '${plan.stack}')${pipeline ? `, pipeline '${pipeline}'` : ""}: ${apiError.code}: ${apiError.serverMessage}`);
    this.plan = plan;
    this.apiError = apiError;
    this.pipeline = pipeline;
    this.applied = applied;
    this.pending = pending;
    this.name = "SyncRefusedError";
  }
};
var SyncDriftError = class extends Error {
  plan;
  changes;
  constructor(plan, changes) {
    super(`The server changed since the plan of namespace '${plan.namespace}' (stack '${plan.stack}') was made: ${changes.join("; ")}. Nothing was sent for it; run the sync again to plan against the current state`);
    this.plan = plan;
    this.changes = changes;
    this.name = "SyncDriftError";
  }
};
var SyncMismatchError = class extends Error {
  plan;
  problems;
  applied;
  constructor(plan, problems, applied) {
    super(`The server does not match the plan after syncing namespace '${plan.namespace}' (stack '${plan.stack}'): ${problems.join("; ")}`);
    this.plan = plan;
    this.problems = problems;
    this.applied = applied;
    this.name = "SyncMismatchError";
  }
};
var SyncOutcomeUnknownError = class extends Error {
  plan;
  reason;
  cause;
  constructor(plan, reason, cause) {
    super(`Sent namespace '${plan.namespace}' (stack '${plan.stack}') but the outcome is unknown: ${reason}`);
    this.plan = plan;
    this.reason = reason;
    this.cause = cause;
    this.name = "SyncOutcomeUnknownError";
  }
};
function pipelineNamedIn(message, names) {
  let best;
  for (const name of names) {
    if (!name)
      continue;
    const quoted = [`"${name}"`, `'${name}'`, `\`${name}\``].some((q) => message.includes(q));
    const word = new RegExp(`(^|[^\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w.-])`).test(message);
    if ((quoted || word) && (!best || name.length > best.length))
      best = name;
  }
  return best;
}
async function applyPlans(session, languages, planned, progress = {}) {
  const applied = [];
  const confirmed = /* @__PURE__ */ new Map();
  for (let i = 0; i < planned.length; i++) {
    const { target, desired, plan, remote } = planned[i];
    if (!hasChanges(plan))
      continue;
    const pending = () => planned.slice(i + 1).map((p) => p.plan).filter(hasChanges);
    const stack = session.stackKey(target);
    const baseline = confirmed.get(stack) ?? remote;
    const before = await session.remotePipelines(target, true);
    const drift = differences(baseline, before, relevantNames(plan.namespace, desired.pipelines, baseline, before));
    if (drift.length > 0)
      throw new SyncDriftError(plan, drift);
    progress.sending?.(plan);
    try {
      await session.clientFor(target).syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: plan.namespace }, desired.pipelines);
    } catch (error) {
      if (error instanceof FleetApiError && isVerdict(error)) {
        const names = desired.pipelines.map((p) => p.name);
        throw new SyncRefusedError(plan, error, pipelineNamedIn(error.serverMessage, names), applied, pending());
      }
      if (mayHaveApplied(error))
        throw new SyncOutcomeUnknownError(plan, describeFailure(error), error);
      throw error;
    }
    let after;
    try {
      after = await session.remotePipelines(target, true);
    } catch (error) {
      throw new SyncOutcomeUnknownError(plan, `the server accepted SyncPipelines but the read-back failed (${describeFailure(error)})`, error);
    }
    const problems = readBackProblems(languages, plan, desired.pipelines, before, after);
    if (problems.length > 0)
      throw new SyncMismatchError(plan, problems, applied);
    confirmed.set(stack, after);
    applied.push(plan);
    progress.applied?.(plan);
  }
  return applied;
}
function isVerdict(error) {
  return ["invalid_argument", "failed_precondition", "already_exists", "not_found", "out_of_range"].includes(error.code);
}
function mayHaveApplied(error) {
  if (error instanceof FleetNetworkError)
    return error.mayHaveArrived;
  if (error instanceof FleetApiError)
    return ["internal", "unknown", "deadline_exceeded", "data_loss", "canceled", "aborted"].includes(error.code);
  if (error instanceof FleetProtocolError)
    return !error.detail.startsWith("redirected");
  return true;
}
function describeFailure(error) {
  return error instanceof Error ? error.message : String(error);
}
function relevantNames(namespace, desired, ...listings) {
  const names = new Set(desired.map((p) => p.name));
  for (const listing of listings)
    for (const p of listing)
      if (isOwnedBy(p, namespace))
        names.add(p.name);
  return names;
}
function fingerprint(p) {
  return { ...p, matchers: [...p.matchers].sort() };
}
function differences(from, to, names) {
  const a = new Map(from.map((p) => [p.name, p]));
  const b = new Map(to.map((p) => [p.name, p]));
  const out = [];
  for (const name of [...names].sort()) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x && y)
      out.push(`'${name}' appeared (${describeSource(y.source)})`);
    else if (x && !y)
      out.push(`'${name}' disappeared`);
    else if (x && y && !isDeepStrictEqual(fingerprint(x), fingerprint(y)))
      out.push(`'${name}' changed`);
  }
  return out;
}
function readBackProblems(languages, plan, desired, before, after) {
  const problems = [];
  const sent = new Set(desired.map((p) => p.name));
  const planned = new Set(plan.delete);
  const afterByName = new Map(after.map((p) => [p.name, p]));
  for (const p of before) {
    if (sent.has(p.name) || planned.has(p.name))
      continue;
    const now = afterByName.get(p.name);
    if (!now)
      problems.push(`'${p.name}' was deleted but the plan did not delete it`);
    else if (!isDeepStrictEqual(fingerprint(p), fingerprint(now)))
      problems.push(`'${p.name}' was changed but the plan did not change it`);
  }
  const left = planTarget(languages, { namespace: plan.namespace, stack: plan.stack, desired, remote: after });
  problems.push(...left.create.map((n) => `'${n}' is missing`), ...left.update.map((u) => `'${u.name}' differs (${u.fields.join(", ")})`), ...left.delete.map((n) => `'${n}' is still present`), ...left.takeover.map((t) => `'${t.name}' is owned by ${t.source}`));
  return problems;
}

export {
  toMessage,
  DEFAULT_ORIGIN,
  targetOfError,
  FleetSession,
  planProject,
  guardProject,
  SyncRefusedError,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  applyPlans,
  isVerdict
};
