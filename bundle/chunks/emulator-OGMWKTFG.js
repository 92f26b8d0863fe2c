import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  HOSTILE_MESSAGE,
  echoCredentials,
  listFault
} from "./chunk-KOWJCE67.js";
import {
  CollectorStore,
  EmulatorError,
  PipelineStore
} from "./chunk-3KHVSEO6.js";
import {
  loadLanguages
} from "./chunk-KUBCEZNM.js";
import "./chunk-XXFPFKBW.js";
import {
  HTTP_STATUS
} from "./chunk-LIZFXGBB.js";
import {
  COLLECTOR_SERVICE,
  decodeCollector,
  decodeListCollectorsRequest,
  encodeCollector
} from "./chunk-GXBRFKVI.js";
import {
  MessageShapeError,
  PIPELINE_SERVICE,
  TENANT_SERVICE,
  decodeBulkDeleteRequest,
  decodeIdRequest,
  decodeListRequest,
  decodeNameRequest,
  decodePipeline,
  decodeSyncRequest,
  decodeWriteRequest,
  encodePipeline
} from "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/emulator/checker.js
function languageChecker(languages) {
  return {
    problem(pipeline) {
      if (pipeline.configType === "CONFIG_TYPE_OTEL") {
        const yaml = languages.yamlValue(pipeline.contents);
        const value = yaml?.value;
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          return "invalid OTel configuration: contents must be a YAML map";
        }
      } else {
        const problem = languages.alloyProblem(pipeline.contents);
        if (problem)
          return `invalid Alloy configuration: ${problem}`;
      }
      for (const matcher of pipeline.matchers) {
        const problem = this.matcherProblem(matcher);
        if (problem)
          return problem;
      }
      return void 0;
    },
    matcherProblem(matcher) {
      const parsed = languages.parseMatcher(matcher);
      return "error" in parsed ? `invalid matcher ${JSON.stringify(matcher)}: ${parsed.error}` : void 0;
    },
    selects(matchers, attributes) {
      return matchers.every((text) => {
        const parsed = languages.parseMatcher(text);
        return !("error" in parsed) && languages.matches(parsed, attributes);
      });
    }
  };
}

// dist/src/fleet/emulator/server.js
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["127.0.0.1", "::1", "localhost"]);
var MAX_BODY_BYTES = 64 * 1024 * 1024;
function loadState(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw error;
  }
  try {
    const data = JSON.parse(text);
    const pipelines = Array.isArray(data.pipelines) ? data.pipelines.map((p) => decodePipeline(p)) : [];
    const nextId = typeof data.nextId === "number" ? data.nextId : pipelines.length + 1;
    const state = { snapshot: { nextId, pipelines } };
    if (data.collectors !== void 0) {
      if (!Array.isArray(data.collectors))
        throw new Error("collectors must be a list");
      state.collectors = data.collectors.map(decodeCollector);
    }
    return state;
  } catch (error) {
    throw new Error(`Invalid emulator state file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
function seedSnapshot(pipelines) {
  const decoded = pipelines.map((p) => decodePipeline(p));
  let nextId = 1;
  for (const p of decoded)
    if (p.id && Number(p.id) >= nextId)
      nextId = Number(p.id) + 1;
  for (const p of decoded)
    p.id ??= String(nextId++);
  return { nextId, pipelines: decoded };
}
function saveState(path, snapshot, collectors) {
  const temp = `${path}.${process.pid}.tmp`;
  const body = { nextId: snapshot.nextId, pipelines: snapshot.pipelines.map(encodePipeline) };
  if (collectors.length > 0)
    body.collectors = collectors.map(encodeCollector);
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}
`);
  renameSync(temp, path);
}
function credentialsMatch(header, username, token) {
  if (!header?.startsWith("Basic "))
    return false;
  const given = Buffer.from(header.slice(6).trim(), "base64");
  const expected = Buffer.from(`${username}:${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
async function startEmulator(options) {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK_HOSTS.has(host))
    throw new Error(`the emulator listens on loopback only, not ${host}`);
  const username = options.username ?? "fleetlint-emulator";
  const token = options.token ?? randomBytes(24).toString("base64url");
  const rateLimit = options.rateLimit ?? 3;
  const random = seededRandom(options.seed ?? Date.now());
  const requests = [];
  const admitted = [];
  const saved = options.statePath ? loadState(options.statePath) : void 0;
  const snapshot = saved?.snapshot ?? (options.pipelines ? seedSnapshot(options.pipelines) : void 0);
  const store = new PipelineStore({ pipelineLimit: options.pipelineLimit ?? 200, checker: options.checker }, snapshot);
  const inventory = options.collectors ? options.collectors.map(decodeCollector) : saved?.collectors ?? [];
  const collectors = new CollectorStore(inventory, options.checker, options.collectorPageSize ?? 0);
  const persist = () => {
    if (options.statePath)
      saveState(options.statePath, store.snapshot(), collectors.all());
  };
  const faults = new Set(options.faults ?? []);
  let synced = false;
  let throttled = 0;
  const routes = {
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
        if (victim?.id)
          store.delete(victim.id);
      }
      return {};
    },
    [`/${COLLECTOR_SERVICE}/ListCollectors`]: (body) => {
      const page = collectors.list(decodeListCollectorsRequest(body));
      const answer = page.collectors.length > 0 ? { collectors: page.collectors.map(encodeCollector) } : {};
      if (page.nextPageToken)
        answer.nextPageToken = page.nextPageToken;
      return answer;
    },
    [`/${COLLECTOR_SERVICE}/GetCollector`]: (body) => encodeCollector(collectors.get(decodeIdRequest(body).id)),
    // int64 fields are JSON strings in proto3 JSON.
    [`/${TENANT_SERVICE}/GetLimits`]: () => ({
      collectors: "1000",
      pipelines: String(store.pipelineLimit),
      requestsPerSecondCollector: "20",
      requestsPerSecondApi: String(rateLimit)
    })
  };
  const mutating = /* @__PURE__ */ new Set(["CreatePipeline", "UpdatePipeline", "UpsertPipeline", "DeletePipeline", "BulkDeletePipelines", "SyncPipelines"]);
  const overRateLimit = (time) => {
    if (rateLimit <= 0)
      return false;
    while (admitted.length > 0 && time - admitted[0] >= 1e3)
      admitted.shift();
    if (admitted.length >= rateLimit)
      return true;
    admitted.push(time);
    return false;
  };
  const handle = async (req, res) => {
    const time = performance.timeOrigin + performance.now();
    const procedure = (req.url ?? "/").split("?")[0];
    const entry = { time, procedure: procedure.replace(/^\//, ""), status: 0 };
    requests.push(entry);
    const send = (status, body2, code) => {
      entry.status = status;
      if (code)
        entry.code = code;
      const text = JSON.stringify(body2);
      res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
      res.end(text);
      options.onRequest?.(entry);
    };
    const fail = (code, message, headers = {}) => {
      entry.status = HTTP_STATUS[code];
      entry.code = code;
      const text = JSON.stringify({ code, message });
      res.writeHead(HTTP_STATUS[code], { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
      res.end(text);
      options.onRequest?.(entry);
    };
    const raw_ = (status, text) => {
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
    if (options.latencyMs)
      await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (overRateLimit(time))
      return fail("resource_exhausted", `rate limit exceeded: at most ${rateLimit} requests per second`);
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
    if (faults.has("retry-after-long"))
      return fail("unavailable", "maintenance", { "Retry-After": "3600" });
    if (faults.has("echo-token"))
      return fail("unauthenticated", echoCredentials(req.headers.authorization));
    if (faults.has("hostile-message"))
      return fail("invalid_argument", HOSTILE_MESSAGE);
    if (options.failRate && random() < options.failRate)
      return fail("unavailable", "injected failure: service unavailable");
    if (!credentialsMatch(req.headers.authorization, username, token))
      return fail("unauthenticated", "invalid credentials");
    if (req.method !== "POST")
      return fail("unimplemented", `${req.method} is not supported; use POST`);
    const route = routes[procedure];
    if (!route)
      return fail("unimplemented", `unknown procedure ${procedure}`);
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim();
    if (type !== "application/json")
      return fail("invalid_argument", `unsupported content type "${type}"; use application/json`);
    let body;
    try {
      body = raw === void 0 ? void 0 : raw.trim() === "" ? {} : JSON.parse(raw);
    } catch {
      return fail("invalid_argument", "request body is not valid JSON");
    }
    if (body === void 0)
      return fail("resource_exhausted", "request body too large");
    entry.pipelines = pipelineNames(body);
    const method = procedure.split("/").pop() ?? "";
    options.beforeAnswer?.(method, store);
    if (method === "ListPipelines" && synced && faults.has("readback-unavailable"))
      return fail("unavailable", "read-back refused by fault injection");
    try {
      const result = route(body);
      if (mutating.has(method) && !isValidateOnly(body))
        persist();
      if (method === "SyncPipelines" && faults.has("sync-no-answer"))
        return;
      if (method === "ListPipelines" || method === "ListCollectors") {
        const pageToken = body?.pageToken;
        const fault = listFault(faults, result, typeof pageToken === "string" ? pageToken : void 0, method === "ListPipelines" ? "pipelines" : "collectors");
        if (fault && "stream" in fault) {
          entry.status = 200;
          options.onRequest?.(entry);
          return fault.stream(res);
        }
        if (fault)
          return raw_(fault.status, fault.text);
      }
      send(200, result);
    } catch (error) {
      if (error instanceof EmulatorError)
        return fail(error.code, error.message);
      if (error instanceof MessageShapeError)
        return fail("invalid_argument", error.message);
      return fail("internal", error instanceof Error ? error.message : String(error));
    }
  };
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
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
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    username,
    token,
    requests,
    store,
    collectors,
    close: () => new Promise((resolve) => {
      for (const socket of sockets)
        socket.destroy();
      server.close(() => resolve());
    })
  };
}
function wirePipeline(pipeline) {
  const out = encodePipeline(pipeline);
  if (Array.isArray(out.matchers) && out.matchers.length === 0)
    delete out.matchers;
  if (out.contents === "")
    delete out.contents;
  const source = out.source;
  if (source && source.namespace === "")
    delete source.namespace;
  return out;
}
function listResponse(pipelines) {
  return pipelines.length > 0 ? { pipelines } : {};
}
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      return void 0;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function isValidateOnly(body) {
  const b = body;
  return b?.validateOnly === true || b?.validate_only === true;
}
function pipelineNames(body) {
  const b = body;
  if (Array.isArray(b?.pipelines))
    return b.pipelines.map((p) => String(p?.name ?? ""));
  if (b?.pipeline && typeof b.pipeline.name === "string")
    return [b.pipeline.name];
  return void 0;
}

// dist/src/fleet/emulator/index.js
async function startEmulator2(options = {}) {
  const checker = options.checker ?? languageChecker(await loadLanguages());
  return startEmulator({ ...options, checker });
}
export {
  startEmulator2 as startEmulator
};
