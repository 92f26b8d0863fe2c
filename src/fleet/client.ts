/**
 * The Fleet Management API client: Connect protocol, JSON bodies, Basic auth,
 * one rate limiter shared in the process and a budget shared with other
 * processes, retries for transient failures (Retry-After honoured within a
 * bounded wait). Answers are checked before anything reads them: no
 * redirects followed, bodies capped, an empty or non-object 200 or a Connect
 * error with status 200 is a protocol error. Every error it throws has had
 * the token, in every encoding, scrubbed out.
 */
import { neutralize } from "../core/neutralize.js";
import { version } from "../core/version.js";
import { FleetApiError, FleetNetworkError, FleetProtocolError, codeFromStatus, describeCause, isConnectCode, scrub } from "./errors.js";
import type { Credentials } from "./credentials.js";
import {
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  MessageShapeError,
  decodeIdResponse,
  decodeLimits,
  decodePipeline,
  decodePipelines,
  encodePipeline,
  type JsonObject,
  type LimitsMessage,
  type ListPipelinesRequest,
  type PipelineMessage,
  type PipelineSource,
} from "./messages.js";
import { RateLimiter, systemClock, type Clock } from "./rate-limiter.js";
import { displayUrl, secretForms } from "./redact.js";
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, type RetryPolicy } from "./retry.js";
import { SharedBudget } from "./shared-budget.js";

/** One line of `--verbose` output; never carries a secret. */
export interface ClientEvent {
  procedure: string;
  attempt: number;
  outcome: "ok" | "retry" | "error";
  status?: number;
  detail?: string;
  durationMs: number;
}

/** Default cap on a response body, after decompression (issue #11: "a few hundred MB at most"). */
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
/** Default bound on the total time spent waiting to retry one call (backoff and Retry-After). */
export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

export interface FleetClientOptions {
  credentials: Credentials;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Share one limiter between clients of the same process; default 3 rps. */
  limiter?: RateLimiter;
  /**
   * Share the 3 rps with other fleetlint processes using the same credentials
   * (a budget file under the OS temp dir); default on. Tests with their own
   * clock turn it off.
   */
  shareBudget?: boolean;
  /** Directory of the shared budget file (default under the OS temp dir). */
  budgetDir?: string;
  retry?: Partial<RetryPolicy>;
  /** Largest response body accepted, after decompression; default 256 MiB. */
  maxResponseBytes?: number;
  /** Longest total wait for retries of one call, Retry-After included; default 60 s. */
  maxRetryWaitMs?: number;
  fetch?: typeof fetch;
  clock?: Clock;
  onEvent?: (event: ClientEvent) => void;
}

let sharedLimiter: RateLimiter | undefined;

/** The process-wide limiter every client uses unless given its own. */
export function defaultLimiter(): RateLimiter {
  sharedLimiter ??= new RateLimiter();
  return sharedLimiter;
}

/** How a call may be retried: a write whose request may have arrived must not be sent twice blindly. */
type Idempotence = "idempotent" | "send-once";

export class FleetClient {
  readonly url: string;
  private readonly authorization: string;
  private readonly secrets: string[];
  private readonly timeoutMs: number;
  private readonly limiter: RateLimiter;
  private readonly budget: SharedBudget | undefined;
  private readonly retry: RetryPolicy;
  private readonly maxResponseBytes: number;
  private readonly maxRetryWaitMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly clock: Clock;
  private readonly onEvent: ((event: ClientEvent) => void) | undefined;

  constructor(options: FleetClientOptions) {
    const { url, username, token } = options.credentials;
    this.url = url;
    this.authorization = `Basic ${Buffer.from(`${username}:${token}`).toString("base64")}`;
    this.secrets = secretForms(username, token);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.limiter = options.limiter ?? defaultLimiter();
    this.budget = options.shareBudget === false ? undefined : SharedBudget.open({ key: `${url}\u0000${username}\u0000${token}`, dir: options.budgetDir });
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.fetchImpl = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.onEvent = options.onEvent;
  }

  /** Removes this client's secrets, in every encoding, and URL credentials and queries from any text. */
  scrub(text: string): string {
    return scrubUrls(scrub(text, this.secrets));
  }

  /** One RPC with rate limiting and retries; resolves to the decoded JSON body. */
  async call(service: string, method: string, body: JsonObject, idempotence: Idempotence = "idempotent"): Promise<Record<string, unknown>> {
    const procedure = `${service}/${method}`;
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const release = await this.limiter.acquire();
      const releaseShared = this.budget ? await this.budget.acquire() : undefined;
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
        const retry = delay !== undefined && waited + delay <= this.maxRetryWaitMs;
        this.emit({
          procedure,
          attempt,
          outcome: retry ? "retry" : "error",
          status: error instanceof FleetApiError ? error.httpStatus : undefined,
          detail: error instanceof Error ? error.message : String(error),
          durationMs: this.clock.now() - started,
        });
        if (!retry) {
          if (delay !== undefined && error instanceof FleetApiError && error.retryAfterMs !== undefined && error.retryAfterMs > this.maxRetryWaitMs - waited) {
            throw new FleetApiError(
              procedure,
              error.code,
              `${error.serverMessage || "(no message)"} (the server asked to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, past the ${Math.round(this.maxRetryWaitMs / 1000)} s fleetlint waits)`,
              error.httpStatus,
            );
          }
          throw error;
        }
        waited += delay;
        await this.clock.sleep(delay);
      }
    }
  }

  /** How long to wait before retrying, or undefined when the error must not be retried. */
  private retryDelay(error: unknown, attempt: number, idempotence: Idempotence): number | undefined {
    if (!isRetryable(error) || attempt >= this.retry.maxRetries) return undefined;
    // A write that may have reached the server is not sent again: its outcome is unknown, not failed.
    if (idempotence === "send-once" && error instanceof FleetNetworkError && error.mayHaveArrived) return undefined;
    const backoff = backoffDelay(this.retry, attempt);
    const asked = error instanceof FleetApiError ? error.retryAfterMs : undefined;
    return asked !== undefined ? Math.max(backoff, asked) : backoff;
  }

  private emit(event: ClientEvent): void {
    if (!this.onEvent) return;
    if (event.detail !== undefined) event.detail = neutralize(this.scrub(event.detail));
    this.onEvent(event);
  }

  private async once(procedure: string, body: JsonObject): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.url}/${procedure}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Connect-Protocol-Version": "1",
          Authorization: this.authorization,
          "User-Agent": `fleetlint/${version}`,
        },
        body: JSON.stringify(body),
        // Never follow: a redirect would carry the credentials and the payload to another address.
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      const detail = kind === "timeout" ? `no answer within ${this.timeoutMs} ms` : describeCause(error);
      throw new FleetNetworkError(procedure, kind, this.scrub(detail), kind === "timeout" || !neverConnected(error));
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      throw new FleetProtocolError(
        procedure,
        `redirected (HTTP ${response.status})${location ? ` to ${this.scrub(displayUrl(location))}` : ""}; fleetlint never follows redirects: set the URL to the final address`,
      );
    }
    let text: string;
    try {
      text = await readCapped(response, this.maxResponseBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw new FleetProtocolError(procedure, `response body larger than ${this.maxResponseBytes} bytes (the limit)`);
      const name = error instanceof Error ? error.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      // The connection died while the body was streaming in.
      throw new FleetNetworkError(procedure, kind, this.scrub(describeCause(error)));
    }
    const parsed = parseJson(text);
    if (response.ok) {
      if (text.trim() === "") throw new FleetProtocolError(procedure, `empty body with HTTP ${response.status}`);
      if (parsed === undefined) throw new FleetProtocolError(procedure, `body is not JSON (HTTP ${response.status})`);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new FleetProtocolError(procedure, `body is ${Array.isArray(parsed) ? "a list" : parsed === null ? "null" : `a ${typeof parsed}`}, not an object (HTTP ${response.status})`);
      }
      const record = parsed as Record<string, unknown>;
      if (isConnectCode(record.code)) {
        const message = typeof record.message === "string" ? `: ${neutralize(this.scrub(record.message))}` : "";
        throw new FleetProtocolError(procedure, `a Connect error (${record.code}${message}) with HTTP ${response.status}`);
      }
      return record;
    }
    const errorBody = parsed as { code?: unknown; message?: unknown } | undefined;
    const code = isConnectCode(errorBody?.code) ? errorBody.code : codeFromStatus(response.status);
    const message = typeof errorBody?.message === "string" ? errorBody.message : `HTTP ${response.status} ${response.statusText}`.trim();
    const error = new FleetApiError(procedure, code, this.scrub(message), response.status);
    if (response.status === 429 || response.status === 503) error.retryAfterMs = retryAfterMs(response.headers.get("retry-after"));
    throw error;
  }

  private async pipelineCall(method: string, body: JsonObject, idempotence: Idempotence = "idempotent"): Promise<Record<string, unknown>> {
    return this.call(PIPELINE_SERVICE, method, body, idempotence);
  }

  /** Runs a decoder, turning a shape error into a protocol error for this procedure. */
  private decode<T>(procedure: string, decode: () => T): T {
    try {
      return decode();
    } catch (error) {
      if (error instanceof MessageShapeError) throw new FleetProtocolError(procedure, neutralize(this.scrub(error.message)));
      throw error;
    }
  }

  /**
   * Every pipeline, following pages: a listing is never silently truncated.
   * A page token seen twice (a server that ignores it) or a name listed twice
   * is a protocol error, since the plan is only as good as the listing.
   */
  async listPipelines(request: ListPipelinesRequest = {}): Promise<PipelineMessage[]> {
    const procedure = `${PIPELINE_SERVICE}/ListPipelines`;
    const body: JsonObject = {};
    if (request.localAttributes) body.localAttributes = request.localAttributes;
    if (request.remoteAttributes) body.remoteAttributes = request.remoteAttributes;
    if (request.configType !== undefined) body.configType = request.configType;
    if (request.enabled !== undefined) body.enabled = request.enabled;
    const pipelines: PipelineMessage[] = [];
    const tokens = new Set<string>();
    for (let page = 0; ; page++) {
      const reply = await this.pipelineCall("ListPipelines", body);
      const decoded = this.decode(procedure, () => decodePipelines(reply));
      pipelines.push(...decoded.pipelines);
      const next = decoded.nextPageToken;
      if (!next) break;
      if (tokens.has(next) || page >= MAX_PAGES) {
        throw new FleetProtocolError(procedure, `the listing is paged but the pages do not end (page token repeated after ${page + 1} pages); refusing a truncated listing`);
      }
      tokens.add(next);
      body.pageToken = next;
    }
    const seen = new Set<string>();
    for (const p of pipelines) {
      if (seen.has(p.name)) throw new FleetProtocolError(procedure, `pipeline '${neutralize(p.name)}' is listed twice; names are unique in a stack`);
      seen.add(p.name);
    }
    return pipelines;
  }

  async getPipeline(id: string): Promise<PipelineMessage> {
    const reply = await this.pipelineCall("GetPipeline", { id });
    return this.decode(`${PIPELINE_SERVICE}/GetPipeline`, () => decodePipeline(reply));
  }

  async getPipelineId(name: string): Promise<string> {
    const reply = await this.pipelineCall("GetPipelineID", { name });
    return this.decode(`${PIPELINE_SERVICE}/GetPipelineID`, () => decodeIdResponse(reply));
  }

  async createPipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    const reply = await this.pipelineCall("CreatePipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/CreatePipeline`, () => decodePipeline(reply));
  }

  async updatePipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    const reply = await this.pipelineCall("UpdatePipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/UpdatePipeline`, () => decodePipeline(reply));
  }

  async upsertPipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    const reply = await this.pipelineCall("UpsertPipeline", writeBody(pipeline, validateOnly), validateOnly ? "idempotent" : "send-once");
    return this.decode(`${PIPELINE_SERVICE}/UpsertPipeline`, () => decodePipeline(reply));
  }

  async deletePipeline(id: string): Promise<void> {
    await this.pipelineCall("DeletePipeline", { id }, "send-once");
  }

  async bulkDeletePipelines(ids: string[]): Promise<void> {
    await this.pipelineCall("BulkDeletePipelines", { ids }, "send-once");
  }

  /** Sent once: after a timeout or a dropped connection the outcome is unknown and the caller must say so. */
  async syncPipelines(source: PipelineSource, pipelines: PipelineMessage[]): Promise<void> {
    await this.pipelineCall(
      "SyncPipelines",
      {
        source: { type: source.type, namespace: source.namespace },
        pipelines: pipelines.map(encodePipeline),
      },
      "send-once",
    );
  }

  async getLimits(): Promise<LimitsMessage> {
    const reply = await this.call(TENANT_SERVICE, "GetLimits", {});
    return this.decode(`${TENANT_SERVICE}/GetLimits`, () => decodeLimits(reply));
  }
}

/** More pages than any stack can fill (the pipeline limit is in the hundreds). */
const MAX_PAGES = 1000;

function writeBody(pipeline: PipelineMessage, validateOnly: boolean): JsonObject {
  const body: JsonObject = { pipeline: encodePipeline(pipeline) };
  if (validateOnly) body.validateOnly = true;
  return body;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Errors that prove the request never left: nothing can have been applied. */
function neverConnected(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ENETUNREACH") return true;
  }
  return false;
}

class BodyTooLargeError extends Error {}

/**
 * The body as text, refusing more than `limit` bytes. fetch has already
 * undone any Content-Encoding, so this counts decompressed bytes: a small
 * gzip bomb stops at the limit instead of filling memory.
 */
async function readCapped(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit && !response.headers.get("content-encoding")) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError();
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Retry-After as milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** URLs inside a message keep only their scheme, host and path. */
function scrubUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (url) => displayUrl(url));
}
