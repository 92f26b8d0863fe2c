import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  CredentialsError,
  FleetApiError,
  FleetNetworkError,
  FleetSetupError,
  codeFromStatus,
  describeCause,
  isConnectCode,
  scrub
} from "./chunk-24G24LGO.js";
import {
  version
} from "./chunk-T26WJ7UP.js";
import {
  hasChanges,
  planTarget
} from "./chunk-DOO3D2SG.js";
import {
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  decodeLimits,
  decodePipeline,
  decodePipelines,
  encodePipeline
} from "./chunk-SQ354C2A.js";

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

// dist/src/fleet/guards.js
var DEFAULT_MAX_DELETES = 5;
function checkGuards(plan, options) {
  const violations = [];
  const where = `namespace '${plan.namespace}' (stack '${plan.stack}')`;
  if (plan.desiredCount === 0 && !options.allowEmpty) {
    violations.push({
      guard: "empty",
      names: [...plan.delete],
      message: `Refusing to sync an empty pipeline set to ${where}: it would delete every pipeline of the namespace (${plan.delete.length}); pass --allow-empty if that is intended`
    });
  }
  const deletes = plan.delete.length;
  if (options.maxDeletes !== void 0) {
    if (deletes > options.maxDeletes) {
      violations.push({
        guard: "max-deletes",
        names: [...plan.delete],
        message: `Too many deletions in ${where}: ${deletes}, limit ${options.maxDeletes} (--max-deletes)`
      });
    }
  } else if (deletes > DEFAULT_MAX_DELETES) {
    violations.push({
      guard: "max-deletes",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes}, default limit ${DEFAULT_MAX_DELETES}; pass --max-deletes ${deletes} to allow them`
    });
  } else if (deletes > 0 && deletes > plan.namespaceSize / 2 && !(plan.desiredCount === 0 && options.allowEmpty)) {
    violations.push({
      guard: "half-namespace",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes} of its ${plan.namespaceSize} pipelines, more than half; pass --max-deletes ${deletes} to allow them`
    });
  }
  const grafana = plan.takeover.filter((t) => t.sourceType === "SOURCE_TYPE_GRAFANA");
  if (grafana.length > 0) {
    violations.push({
      guard: "grafana",
      names: grafana.map((t) => t.name),
      message: `Disallowed overwrite of Grafana-managed pipeline${grafana.length > 1 ? "s" : ""} ${quoteList(grafana.map((t) => t.name))} from ${where}: rename the pipeline${grafana.length > 1 ? "s" : ""} in the repository (no flag allows this)`
    });
  }
  const foreign = plan.takeover.filter((t) => t.sourceType !== "SOURCE_TYPE_GRAFANA");
  if (foreign.length > 0 && !options.adopt) {
    violations.push({
      guard: "takeover",
      names: foreign.map((t) => t.name),
      message: `Refusing to take over ${foreign.map((t) => `'${t.name}' (owned by ${t.source})`).join(", ")} into ${where}; pass --adopt to take ownership, or rename`
    });
  }
  return violations;
}
function quoteList(names) {
  return names.map((n) => `'${n}'`).join(", ");
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

// dist/src/fleet/client.js
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
  retry;
  fetchImpl;
  clock;
  onEvent;
  constructor(options) {
    const { url, username, token } = options.credentials;
    this.url = url;
    const pair = Buffer.from(`${username}:${token}`).toString("base64");
    this.authorization = `Basic ${pair}`;
    this.secrets = [token, pair, encodeURIComponent(token)];
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.limiter = options.limiter ?? defaultLimiter();
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.fetchImpl = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.onEvent = options.onEvent;
  }
  /** Removes this client's secrets from any text (for callers that print errors). */
  scrub(text) {
    return scrub(text, this.secrets);
  }
  /** One RPC with rate limiting and retries; resolves to the decoded JSON body. */
  async call(service, method, body) {
    const procedure = `${service}/${method}`;
    for (let attempt = 0; ; attempt++) {
      const release = await this.limiter.acquire();
      const started = this.clock.now();
      try {
        const result = await this.once(procedure, body);
        release();
        this.emit({ procedure, attempt, outcome: "ok", durationMs: this.clock.now() - started });
        return result;
      } catch (error) {
        release();
        const retry = isRetryable(error) && attempt < this.retry.maxRetries;
        this.emit({
          procedure,
          attempt,
          outcome: retry ? "retry" : "error",
          status: error instanceof FleetApiError ? error.httpStatus : void 0,
          detail: error instanceof Error ? error.message : String(error),
          durationMs: this.clock.now() - started
        });
        if (!retry)
          throw error;
        await this.clock.sleep(backoffDelay(this.retry, attempt));
      }
    }
  }
  emit(event) {
    if (!this.onEvent)
      return;
    if (event.detail !== void 0)
      event.detail = this.scrub(event.detail);
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
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      throw new FleetNetworkError(procedure, kind, this.scrub(kind === "timeout" ? `no answer within ${this.timeoutMs} ms` : describeCause(error)));
    }
    let text;
    try {
      text = await response.text();
    } catch (error) {
      throw new FleetNetworkError(procedure, "connection", this.scrub(describeCause(error)));
    }
    const parsed = parseJson(text);
    if (response.ok) {
      if (parsed === void 0)
        throw new FleetApiError(procedure, "internal", "response body is not JSON", response.status);
      return parsed;
    }
    const errorBody = parsed;
    const code = isConnectCode(errorBody?.code) ? errorBody.code : codeFromStatus(response.status);
    const message = typeof errorBody?.message === "string" ? errorBody.message : `HTTP ${response.status} ${response.statusText}`.trim();
    throw new FleetApiError(procedure, code, this.scrub(message), response.status);
  }
  pipelineCall(method, body) {
    return this.call(PIPELINE_SERVICE, method, body);
  }
  async listPipelines(request = {}) {
    const body = {};
    if (request.localAttributes)
      body.localAttributes = request.localAttributes;
    if (request.remoteAttributes)
      body.remoteAttributes = request.remoteAttributes;
    if (request.configType !== void 0)
      body.configType = request.configType;
    if (request.enabled !== void 0)
      body.enabled = request.enabled;
    return decodePipelines(await this.pipelineCall("ListPipelines", body)).pipelines;
  }
  async getPipeline(id) {
    return decodePipeline(await this.pipelineCall("GetPipeline", { id }));
  }
  async getPipelineId(name) {
    const body = await this.pipelineCall("GetPipelineID", { name });
    return typeof body.id === "string" ? body.id : "";
  }
  async createPipeline(pipeline, validateOnly = false) {
    return decodePipeline(await this.pipelineCall("CreatePipeline", writeBody(pipeline, validateOnly)));
  }
  async updatePipeline(pipeline, validateOnly = false) {
    return decodePipeline(await this.pipelineCall("UpdatePipeline", writeBody(pipeline, validateOnly)));
  }
  async upsertPipeline(pipeline, validateOnly = false) {
    return decodePipeline(await this.pipelineCall("UpsertPipeline", writeBody(pipeline, validateOnly)));
  }
  async deletePipeline(id) {
    await this.pipelineCall("DeletePipeline", { id });
  }
  async bulkDeletePipelines(ids) {
    await this.pipelineCall("BulkDeletePipelines", { ids });
  }
  async syncPipelines(source, pipelines) {
    await this.pipelineCall("SyncPipelines", {
      source: { type: source.type, namespace: source.namespace },
      pipelines: pipelines.map(encodePipeline)
    });
  }
  async getLimits() {
    return decodeLimits(await this.call(TENANT_SERVICE, "GetLimits", {}));
  }
};
function writeBody(pipeline, validateOnly) {
  const body = { pipeline: encodePipeline(pipeline) };
  if (validateOnly)
    body.validateOnly = true;
  return body;
}
function parseJson(text) {
  if (text.trim() === "")
    return {};
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// dist/src/fleet/credentials.js
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
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
    throw new CredentialsError(`Invalid Fleet Management URL '${trimmed.replace(/\/\/[^/@]*@/, "//")}': not an absolute URL`);
  }
  if (url.username || url.password) {
    throw new CredentialsError("Invalid Fleet Management URL: it must not contain credentials; use FLEET_MANAGEMENT_USERNAME and FLEET_MANAGEMENT_TOKEN");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new CredentialsError(`Invalid Fleet Management URL '${trimmed}': expected https://`);
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new CredentialsError(`Disallowed plain http URL '${trimmed}': use https:// (http is allowed only for loopback hosts)`);
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
    const read = sources.readFile ?? ((path) => readFileSync(path, "utf8"));
    let text;
    try {
      text = read(sources.tokenFile);
    } catch (error) {
      const code = error.code;
      throw new CredentialsError(`Cannot read --token-file ${sources.tokenFile}${typeof code === "string" ? ` (${code})` : ""}`);
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

// dist/src/fleet/session.js
var FleetSession = class {
  options;
  clients = /* @__PURE__ */ new Map();
  remote = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  clientOptions;
  constructor(options) {
    this.options = options;
    this.clientOptions = { limiter: defaultLimiter(), ...options.client };
  }
  /** The client for a target's server (its `url`, else the environment's), made once per URL. */
  clientFor(target) {
    const key = target.url ?? "";
    let client = this.clients.get(key);
    if (!client) {
      const credentials = resolveCredentials({ env: this.options.env, tokenFile: this.options.tokenFile, targetUrl: target.url });
      client = new FleetClient({ ...this.clientOptions, credentials });
      this.clients.set(key, client);
    }
    return client;
  }
  /** Removes every client's secrets from a text. */
  scrub(text) {
    let out = text;
    for (const client of this.clients.values())
      out = client.scrub(out);
    return out;
  }
  /** Every pipeline in the target's stack (ListPipelines, once per stack unless refreshed). */
  remotePipelines(target, refresh = false) {
    const key = stackKey(target);
    let pending = refresh ? void 0 : this.remote.get(key);
    if (!pending) {
      pending = this.clientFor(target).listPipelines();
      this.remote.set(key, pending);
      pending.catch(() => this.remote.delete(key));
    }
    return pending;
  }
  /** The stack's limits from the Tenant API (once per stack). */
  stackLimits(target) {
    const key = stackKey(target);
    let pending = this.limits.get(key);
    if (!pending) {
      pending = this.clientFor(target).getLimits();
      this.limits.set(key, pending);
      pending.catch(() => this.limits.delete(key));
    }
    return pending;
  }
};
function stackKey(target) {
  return `${target.stack}\0${target.url ?? ""}`;
}
function requireNamespace(target) {
  if (!target.namespace) {
    throw new FleetSetupError(`Missing namespace for target '${target.root}': plan, sync and import need \`namespace\` in the config`);
  }
  return target.namespace;
}

// dist/src/fleet/sender.js
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
    planned.push({ target, desired, plan: planTarget(languages, { namespace, stack: target.stack, desired: desired.pipelines, remote }) });
  }
  return planned;
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
var SyncMismatchError = class extends Error {
  plan;
  after;
  applied;
  constructor(plan, after, applied) {
    const left = [
      ...after.create.map((n) => `missing '${n}'`),
      ...after.update.map((u) => `'${u.name}' differs (${u.fields.join(", ")})`),
      ...after.delete.map((n) => `'${n}' still present`),
      ...after.takeover.map((t) => `'${t.name}' owned by ${t.source}`)
    ];
    super(`The server does not match the repository after syncing namespace '${plan.namespace}': ${left.join("; ")}`);
    this.plan = plan;
    this.after = after;
    this.applied = applied;
    this.name = "SyncMismatchError";
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
  for (let i = 0; i < planned.length; i++) {
    const { target, desired, plan } = planned[i];
    if (!hasChanges(plan))
      continue;
    const client = session.clientFor(target);
    try {
      await client.syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: plan.namespace }, desired.pipelines);
    } catch (error) {
      if (error instanceof FleetApiError && isVerdict(error)) {
        const pending = planned.slice(i + 1).map((p) => p.plan).filter(hasChanges);
        const names = desired.pipelines.map((p) => p.name);
        throw new SyncRefusedError(plan, error, pipelineNamedIn(error.serverMessage, names), applied, pending);
      }
      throw error;
    }
    const remote = await session.remotePipelines(target, true);
    const after = planTarget(languages, { namespace: plan.namespace, stack: plan.stack, desired: desired.pipelines, remote });
    if (hasChanges(after))
      throw new SyncMismatchError(plan, after, applied);
    applied.push(plan);
    progress.applied?.(plan);
  }
  return applied;
}
function isVerdict(error) {
  return !["unauthenticated", "permission_denied", "unavailable", "deadline_exceeded", "resource_exhausted", "unimplemented", "internal", "unknown"].includes(error.code);
}

export {
  toMessage,
  FleetSession,
  planProject,
  guardProject,
  SyncRefusedError,
  SyncMismatchError,
  pipelineNamedIn,
  applyPlans,
  isVerdict
};
