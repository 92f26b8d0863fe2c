/**
 * The Fleet Management API client: Connect protocol, JSON bodies, Basic auth,
 * one shared rate limiter, retries for transient failures. Every error it
 * throws has had the token and the Authorization value scrubbed out.
 */
import { version } from "../cli/version.js";
import { COLLECTOR_SERVICE, decodeCollector, decodeCollectorsPage, type CollectorMessage } from "./collector-messages.js";
import { FleetApiError, FleetNetworkError, codeFromStatus, describeCause, isConnectCode, scrub } from "./errors.js";
import type { Credentials } from "./credentials.js";
import {
  PIPELINE_SERVICE,
  TENANT_SERVICE,
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
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, type RetryPolicy } from "./retry.js";

/** One line of `--verbose` output; never carries a secret. */
export interface ClientEvent {
  procedure: string;
  attempt: number;
  outcome: "ok" | "retry" | "error";
  status?: number;
  detail?: string;
  durationMs: number;
}

export interface FleetClientOptions {
  credentials: Credentials;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Share one limiter between clients of the same process; default 3 rps. */
  limiter?: RateLimiter;
  retry?: Partial<RetryPolicy>;
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

export class FleetClient {
  readonly url: string;
  private readonly authorization: string;
  private readonly secrets: string[];
  private readonly timeoutMs: number;
  private readonly limiter: RateLimiter;
  private readonly retry: RetryPolicy;
  private readonly fetchImpl: typeof fetch;
  private readonly clock: Clock;
  private readonly onEvent: ((event: ClientEvent) => void) | undefined;

  constructor(options: FleetClientOptions) {
    const { url, username, token } = options.credentials;
    this.url = url;
    const pair = Buffer.from(`${username}:${token}`).toString("base64");
    this.authorization = `Basic ${pair}`;
    this.secrets = [token, pair, encodeURIComponent(token)];
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.limiter = options.limiter ?? defaultLimiter();
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.fetchImpl = options.fetch ?? fetch;
    this.clock = options.clock ?? systemClock;
    this.onEvent = options.onEvent;
  }

  /** Removes this client's secrets from any text (for callers that print errors). */
  scrub(text: string): string {
    return scrub(text, this.secrets);
  }

  /** One RPC with rate limiting and retries; resolves to the decoded JSON body. */
  async call(service: string, method: string, body: JsonObject): Promise<unknown> {
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
          status: error instanceof FleetApiError ? error.httpStatus : undefined,
          detail: error instanceof Error ? error.message : String(error),
          durationMs: this.clock.now() - started,
        });
        if (!retry) throw error;
        await this.clock.sleep(backoffDelay(this.retry, attempt));
      }
    }
  }

  private emit(event: ClientEvent): void {
    if (!this.onEvent) return;
    if (event.detail !== undefined) event.detail = this.scrub(event.detail);
    this.onEvent(event);
  }

  private async once(procedure: string, body: JsonObject): Promise<unknown> {
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
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      const kind = name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection";
      throw new FleetNetworkError(procedure, kind, this.scrub(kind === "timeout" ? `no answer within ${this.timeoutMs} ms` : describeCause(error)));
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The connection died while the body was streaming in.
      throw new FleetNetworkError(procedure, "connection", this.scrub(describeCause(error)));
    }
    const parsed = parseJson(text);
    if (response.ok) {
      if (parsed === undefined) throw new FleetApiError(procedure, "internal", "response body is not JSON", response.status);
      return parsed;
    }
    const errorBody = parsed as { code?: unknown; message?: unknown } | undefined;
    const code = isConnectCode(errorBody?.code) ? errorBody.code : codeFromStatus(response.status);
    const message = typeof errorBody?.message === "string" ? errorBody.message : `HTTP ${response.status} ${response.statusText}`.trim();
    throw new FleetApiError(procedure, code, this.scrub(message), response.status);
  }

  private pipelineCall(method: string, body: JsonObject): Promise<unknown> {
    return this.call(PIPELINE_SERVICE, method, body);
  }

  async listPipelines(request: ListPipelinesRequest = {}): Promise<PipelineMessage[]> {
    const body: JsonObject = {};
    if (request.localAttributes) body.localAttributes = request.localAttributes;
    if (request.remoteAttributes) body.remoteAttributes = request.remoteAttributes;
    if (request.configType !== undefined) body.configType = request.configType;
    if (request.enabled !== undefined) body.enabled = request.enabled;
    return decodePipelines(await this.pipelineCall("ListPipelines", body)).pipelines;
  }

  async getPipeline(id: string): Promise<PipelineMessage> {
    return decodePipeline(await this.pipelineCall("GetPipeline", { id }));
  }

  async getPipelineId(name: string): Promise<string> {
    const body = (await this.pipelineCall("GetPipelineID", { name })) as { id?: unknown };
    return typeof body.id === "string" ? body.id : "";
  }

  async createPipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    return decodePipeline(await this.pipelineCall("CreatePipeline", writeBody(pipeline, validateOnly)));
  }

  async updatePipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    return decodePipeline(await this.pipelineCall("UpdatePipeline", writeBody(pipeline, validateOnly)));
  }

  async upsertPipeline(pipeline: PipelineMessage, validateOnly = false): Promise<PipelineMessage> {
    return decodePipeline(await this.pipelineCall("UpsertPipeline", writeBody(pipeline, validateOnly)));
  }

  async deletePipeline(id: string): Promise<void> {
    await this.pipelineCall("DeletePipeline", { id });
  }

  async bulkDeletePipelines(ids: string[]): Promise<void> {
    await this.pipelineCall("BulkDeletePipelines", { ids });
  }

  async syncPipelines(source: PipelineSource, pipelines: PipelineMessage[]): Promise<void> {
    await this.pipelineCall("SyncPipelines", {
      source: { type: source.type, namespace: source.namespace },
      pipelines: pipelines.map(encodePipeline),
    });
  }

  /**
   * Every collector of the stack. The v1 service answers in one message; a
   * `nextPageToken` is followed (each page is one request within the rate
   * limit), and a token seen twice stops the listing instead of looping.
   */
  async listCollectors(matchers: readonly string[] = []): Promise<CollectorMessage[]> {
    const collectors: CollectorMessage[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const body: JsonObject = { matchers: [...matchers] };
      if (token) body.pageToken = token;
      const page = decodeCollectorsPage(await this.call(COLLECTOR_SERVICE, "ListCollectors", body));
      collectors.push(...page.collectors);
      token = page.nextPageToken;
      if (token && seen.has(token)) throw new FleetApiError(`${COLLECTOR_SERVICE}/ListCollectors`, "internal", `the server repeated page token ${JSON.stringify(token)}`, 200);
      if (token) seen.add(token);
    } while (token);
    return collectors;
  }

  async getCollector(id: string): Promise<CollectorMessage> {
    return decodeCollector(await this.call(COLLECTOR_SERVICE, "GetCollector", { id }));
  }

  async getLimits(): Promise<LimitsMessage> {
    return decodeLimits(await this.call(TENANT_SERVICE, "GetLimits", {}));
  }
}

function writeBody(pipeline: PipelineMessage, validateOnly: boolean): JsonObject {
  const body: JsonObject = { pipeline: encodePipeline(pipeline) };
  if (validateOnly) body.validateOnly = true;
  return body;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
