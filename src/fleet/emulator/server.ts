/**
 * A local Fleet Management API (SPEC §6) on node:http: Connect JSON over POST,
 * Basic auth, the 3 rps limit, the pipeline limit and fault injection. It is
 * what `fleetlint emulator` runs and what the end-to-end tests start
 * in-process on a random loopback port.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { HTTP_STATUS, type ConnectCode } from "../errors.js";
import {
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  decodeBulkDeleteRequest,
  decodeIdRequest,
  decodeListRequest,
  decodeNameRequest,
  decodePipeline,
  decodeSyncRequest,
  decodeWriteRequest,
  encodePipeline,
  MessageShapeError,
  type JsonObject,
} from "../messages.js";
import { HOSTILE_MESSAGE, echoCredentials, listFault, type FaultName } from "./faults.js";
import { EmulatorError, PipelineStore, type PipelineChecker, type StoreSnapshot } from "./store.js";

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  username?: string;
  /** Generated when omitted. */
  token?: string;
  pipelineLimit?: number;
  /** Requests per second before 429 resource_exhausted; default 3, 0 disables. */
  rateLimit?: number;
  /** JSON file the state is loaded from and written to (atomically) after each change. */
  statePath?: string;
  /** Fraction of requests answered 503 unavailable. */
  failRate?: number;
  /** Added before every answer. */
  latencyMs?: number;
  /** Fraction of requests whose connection is destroyed without an answer. */
  dropConnections?: number;
  /** Seed for the fault-injection random numbers, for reproducible tests. */
  seed?: number;
  checker: PipelineChecker;
  /** Called once per request when it has been answered (or dropped). */
  onRequest?: (entry: RequestLogEntry) => void;
  /** Pipelines present at start (ignored when statePath already holds state). */
  pipelines?: JsonObject[];
  /** Hostile behaviours to take on (faults.ts). */
  faults?: readonly FaultName[];
  /** Called before each request is answered (tests: change the store "concurrently"). */
  beforeAnswer?: (procedure: string, store: PipelineStore) => void;
}

/** One request as the emulator saw it, for tests and `--verbose`. */
export interface RequestLogEntry {
  /** Milliseconds since the epoch, with sub-millisecond precision, at arrival. */
  time: number;
  procedure: string;
  status: number;
  /** Connect code when the answer was an error; "dropped" when the connection was destroyed. */
  code?: ConnectCode | "dropped";
  /** Pipeline names in the request body (write and sync requests). */
  pipelines?: string[];
}

export interface RunningEmulator {
  url: string;
  username: string;
  token: string;
  requests: RequestLogEntry[];
  store: PipelineStore;
  close(): Promise<void>;
}

/** mulberry32: a tiny seeded generator so fault injection can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);
const MAX_BODY_BYTES = 64 * 1024 * 1024;

function loadState(path: string): StoreSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const data = JSON.parse(text) as { nextId?: unknown; pipelines?: unknown };
    const pipelines = Array.isArray(data.pipelines) ? data.pipelines.map((p) => decodePipeline(p)) : [];
    const nextId = typeof data.nextId === "number" ? data.nextId : pipelines.length + 1;
    return { nextId, pipelines };
  } catch (error) {
    throw new Error(`Invalid emulator state file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Initial pipelines given programmatically: ids kept when present, else numbered. */
function seedSnapshot(pipelines: JsonObject[]): StoreSnapshot {
  const decoded = pipelines.map((p) => decodePipeline(p));
  let nextId = 1;
  for (const p of decoded) if (p.id && Number(p.id) >= nextId) nextId = Number(p.id) + 1;
  for (const p of decoded) p.id ??= String(nextId++);
  return { nextId, pipelines: decoded };
}

function saveState(path: string, snapshot: StoreSnapshot): void {
  const temp = `${path}.${process.pid}.tmp`;
  const body = { nextId: snapshot.nextId, pipelines: snapshot.pipelines.map(encodePipeline) };
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(temp, path);
}

function credentialsMatch(header: string | undefined, username: string, token: string): boolean {
  if (!header?.startsWith("Basic ")) return false;
  const given = Buffer.from(header.slice(6).trim(), "base64");
  const expected = Buffer.from(`${username}:${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`the emulator listens on loopback only, not ${host}`);
  const username = options.username ?? "fleetlint-emulator";
  const token = options.token ?? randomBytes(24).toString("base64url");
  const rateLimit = options.rateLimit ?? 3;
  const random = seededRandom(options.seed ?? Date.now());
  const requests: RequestLogEntry[] = [];
  const admitted: number[] = [];

  const saved = options.statePath ? loadState(options.statePath) : undefined;
  const snapshot = saved ?? (options.pipelines ? seedSnapshot(options.pipelines) : undefined);
  const store = new PipelineStore({ pipelineLimit: options.pipelineLimit ?? 200, checker: options.checker }, snapshot);
  const persist = (): void => {
    if (options.statePath) saveState(options.statePath, store.snapshot());
  };

  const faults = new Set(options.faults ?? []);
  let synced = false;
  let throttled = 0;
  const routes: Record<string, (body: unknown) => JsonObject> = {
    [`/${PIPELINE_SERVICE}/ListPipelines`]: (body) => listResponse(store.list(decodeListRequest(body)).map(wirePipeline)),
    [`/${PIPELINE_SERVICE}/GetPipeline`]: (body) => wirePipeline(store.get(decodeIdRequest(body).id)),
    [`/${PIPELINE_SERVICE}/GetPipelineID`]: (body) => ({ id: store.idOf(decodeNameRequest(body).name) }),
    [`/${PIPELINE_SERVICE}/CreatePipeline`]: (body) => wirePipeline(store.create(decodeWriteRequest(body))),
    [`/${PIPELINE_SERVICE}/UpdatePipeline`]: (body) => wirePipeline(store.update(decodeWriteRequest(body))),
    [`/${PIPELINE_SERVICE}/UpsertPipeline`]: (body) => wirePipeline(store.upsert(decodeWriteRequest(body))),
    [`/${PIPELINE_SERVICE}/DeletePipeline`]: (body) => (store.delete(decodeIdRequest(body).id), {}),
    [`/${PIPELINE_SERVICE}/BulkDeletePipelines`]: (body) => (store.bulkDelete(decodeBulkDeleteRequest(body).ids), {}),
    [`/${PIPELINE_SERVICE}/SyncPipelines`]: (body) => {
      const request = decodeSyncRequest(body);
      store.sync(request);
      synced = true;
      if (faults.has("sync-deletes-extra")) {
        const sent = new Set(request.pipelines.map((p) => p.name));
        const victim = store.all().find((p) => !sent.has(p.name));
        if (victim?.id) store.delete(victim.id);
      }
      return {};
    },
    // int64 fields are JSON strings in proto3 JSON.
    [`/${TENANT_SERVICE}/GetLimits`]: () => ({
      collectors: "1000",
      pipelines: String(store.pipelineLimit),
      requestsPerSecondCollector: "20",
      requestsPerSecondApi: String(rateLimit),
    }),
  };
  const mutating = new Set(["CreatePipeline", "UpdatePipeline", "UpsertPipeline", "DeletePipeline", "BulkDeletePipelines", "SyncPipelines"]);

  /** Sliding one-second window over admitted requests, like the real API's limit. */
  const overRateLimit = (time: number): boolean => {
    if (rateLimit <= 0) return false;
    while (admitted.length > 0 && time - admitted[0] >= 1000) admitted.shift();
    if (admitted.length >= rateLimit) return true;
    admitted.push(time);
    return false;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const time = performance.timeOrigin + performance.now();
    const procedure = (req.url ?? "/").split("?")[0];
    const entry: RequestLogEntry = { time, procedure: procedure.replace(/^\//, ""), status: 0 };
    requests.push(entry);

    const send = (status: number, body: JsonObject, code?: ConnectCode): void => {
      entry.status = status;
      if (code) entry.code = code;
      const text = JSON.stringify(body);
      res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
      options.onRequest?.(entry);
    };
    const fail = (code: ConnectCode, message: string, headers: Record<string, string> = {}): void => {
      entry.status = HTTP_STATUS[code];
      entry.code = code;
      const text = JSON.stringify({ code, message });
      res.writeHead(HTTP_STATUS[code], { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
      res.end(text);
      options.onRequest?.(entry);
    };
    const raw_ = (status: number, text: string): void => {
      entry.status = status;
      res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
      options.onRequest?.(entry);
    };

    const raw = await readBody(req);
    if (options.dropConnections && random() < options.dropConnections) {
      entry.code = "dropped";
      req.socket.destroy();
      options.onRequest?.(entry);
      return;
    }
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (overRateLimit(time)) return fail("resource_exhausted", `rate limit exceeded: at most ${rateLimit} requests per second`);
    if (faults.has("redirect")) {
      entry.status = 307;
      res.writeHead(307, { Location: "https://admin:hunter2@elsewhere.invalid/steal?token=abc#frag", "Content-Length": 0 });
      res.end();
      options.onRequest?.(entry);
      return;
    }
    if (faults.has("retry-after") && throttled < 2) {
      throttled++;
      return fail("resource_exhausted", "slow down", { "Retry-After": "1" });
    }
    if (faults.has("retry-after-long")) return fail("unavailable", "maintenance", { "Retry-After": "3600" });
    if (faults.has("echo-token")) return fail("unauthenticated", echoCredentials(req.headers.authorization));
    if (faults.has("hostile-message")) return fail("invalid_argument", HOSTILE_MESSAGE);
    if (options.failRate && random() < options.failRate) return fail("unavailable", "injected failure: service unavailable");
    if (!credentialsMatch(req.headers.authorization, username, token)) return fail("unauthenticated", "invalid credentials");
    if (req.method !== "POST") return fail("unimplemented", `${req.method} is not supported; use POST`);
    const route = routes[procedure];
    if (!route) return fail("unimplemented", `unknown procedure ${procedure}`);
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim();
    if (type !== "application/json") return fail("invalid_argument", `unsupported content type "${type}"; use application/json`);
    let body: unknown;
    try {
      body = raw === undefined ? undefined : raw.trim() === "" ? {} : JSON.parse(raw);
    } catch {
      return fail("invalid_argument", "request body is not valid JSON");
    }
    if (body === undefined) return fail("resource_exhausted", "request body too large");
    entry.pipelines = pipelineNames(body);
    const method = procedure.split("/").pop() ?? "";
    options.beforeAnswer?.(method, store);
    if (method === "ListPipelines" && synced && faults.has("readback-unavailable")) return fail("unavailable", "read-back refused by fault injection");
    try {
      const result = route(body);
      if (mutating.has(method) && !isValidateOnly(body)) persist();
      if (method === "SyncPipelines" && faults.has("sync-no-answer")) return; // applied; the answer never comes
      if (method === "ListPipelines") {
        const pageToken = (body as { pageToken?: unknown } | undefined)?.pageToken;
        const fault = listFault(faults, result, typeof pageToken === "string" ? pageToken : undefined);
        if (fault && "stream" in fault) {
          entry.status = 200;
          options.onRequest?.(entry);
          return fault.stream(res);
        }
        if (fault) return raw_(fault.status, fault.text);
      }
      send(200, result);
    } catch (error) {
      if (error instanceof EmulatorError) return fail(error.code, error.message);
      if (error instanceof MessageShapeError) return fail("invalid_argument", error.message);
      return fail("internal", error instanceof Error ? error.message : String(error));
    }
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ code: "internal", message: error instanceof Error ? error.message : String(error) }));
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    username,
    token,
    requests,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A pipeline as protojson writes it: empty lists and empty strings left out. */
function wirePipeline(pipeline: Parameters<typeof encodePipeline>[0]): JsonObject {
  const out = encodePipeline(pipeline);
  if (Array.isArray(out.matchers) && out.matchers.length === 0) delete out.matchers;
  if (out.contents === "") delete out.contents;
  const source = out.source as JsonObject | undefined;
  if (source && source.namespace === "") delete source.namespace;
  return out;
}

/** ListPipelinesResponse: an empty list is left out, so an empty stack is `{}`. */
function listResponse(pipelines: JsonObject[]): JsonObject {
  return pipelines.length > 0 ? { pipelines } : {};
}

/** The whole body as text, or undefined past the size cap. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function isValidateOnly(body: unknown): boolean {
  const b = body as { validateOnly?: unknown; validate_only?: unknown } | null;
  return b?.validateOnly === true || b?.validate_only === true;
}

function pipelineNames(body: unknown): string[] | undefined {
  const b = body as { pipeline?: { name?: unknown }; pipelines?: { name?: unknown }[] } | null;
  if (Array.isArray(b?.pipelines)) return b.pipelines.map((p) => String(p?.name ?? ""));
  if (b?.pipeline && typeof b.pipeline.name === "string") return [b.pipeline.name];
  return undefined;
}
