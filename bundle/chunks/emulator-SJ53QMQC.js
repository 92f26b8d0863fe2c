import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  HOSTILE_MESSAGE,
  echoCredentials,
  listFault
} from "./chunk-GA66TGBU.js";
import {
  loadLanguages
} from "./chunk-Y32ECCPH.js";
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
} from "./chunk-U3QDJVAS.js";
import {
  HTTP_STATUS
} from "./chunk-LIZFXGBB.js";
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
        const parsed = languages.parseMatcher(matcher);
        if ("error" in parsed)
          return `invalid matcher ${JSON.stringify(matcher)}: ${parsed.error}`;
      }
      return void 0;
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

// dist/src/fleet/emulator/store.js
var EmulatorError = class extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "EmulatorError";
  }
};
function clone(value) {
  return structuredClone(value);
}
var PipelineStore = class {
  options;
  pipelines = /* @__PURE__ */ new Map();
  nextId = 1;
  now;
  constructor(options, snapshot) {
    this.options = options;
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
    if (snapshot)
      this.restore(snapshot);
  }
  get pipelineLimit() {
    return this.options.pipelineLimit;
  }
  snapshot() {
    return { nextId: this.nextId, pipelines: [...this.pipelines.values()].map(clone) };
  }
  restore(snapshot) {
    this.nextId = snapshot.nextId;
    this.pipelines = new Map(snapshot.pipelines.map((p) => [p.id ?? String(this.nextId++), clone(p)]));
  }
  /** Every pipeline, in creation order (ids are increasing numbers). */
  all() {
    return [...this.pipelines.values()].map(clone);
  }
  byName(name) {
    for (const p of this.pipelines.values())
      if (p.name === name)
        return p;
    return void 0;
  }
  byId(id) {
    const found = this.pipelines.get(id);
    if (!found)
      throw new EmulatorError("not_found", `pipeline with id "${id}" not found`);
    return found;
  }
  list(request) {
    return this.all().filter((p) => {
      if (request.enabled !== void 0 && (p.enabled ?? false) !== request.enabled)
        return false;
      if (request.configType !== void 0 && configTypeOf(p) !== configTypeOf({ configType: request.configType }))
        return false;
      if (request.localAttributes || request.remoteAttributes) {
        const attributes = { ...request.localAttributes, ...request.remoteAttributes };
        if (!this.options.checker.selects(p.matchers, attributes))
          return false;
      }
      return true;
    });
  }
  get(id) {
    if (!id)
      throw new EmulatorError("invalid_argument", "id is required");
    return clone(this.byId(id));
  }
  idOf(name) {
    if (!name)
      throw new EmulatorError("invalid_argument", "name is required");
    const found = this.byName(name);
    if (!found?.id)
      throw new EmulatorError("not_found", `pipeline "${name}" not found`);
    return found.id;
  }
  create(request) {
    const incoming = this.checked(request.pipeline);
    if (this.byName(incoming.name))
      throw new EmulatorError("already_exists", `pipeline "${incoming.name}" already exists`);
    this.ensureRoom(this.pipelines.size + 1);
    const created = this.stamp(incoming, void 0, request.validateOnly);
    if (!request.validateOnly)
      this.pipelines.set(created.id, created);
    return clone(created);
  }
  update(request) {
    const incoming = this.checked(request.pipeline);
    if (!incoming.id)
      throw new EmulatorError("invalid_argument", "pipeline.id is required");
    const existing = this.byId(incoming.id);
    const clash = this.byName(incoming.name);
    if (clash && clash !== existing)
      throw new EmulatorError("already_exists", `pipeline "${incoming.name}" already exists`);
    const updated = this.stamp(incoming, existing, request.validateOnly);
    if (!request.validateOnly)
      this.pipelines.set(updated.id, updated);
    return clone(updated);
  }
  upsert(request) {
    const incoming = this.checked(request.pipeline);
    const existing = this.byName(incoming.name);
    if (!existing)
      this.ensureRoom(this.pipelines.size + 1);
    const written = this.stamp(incoming, existing, request.validateOnly);
    if (!request.validateOnly)
      this.pipelines.set(written.id, written);
    return clone(written);
  }
  delete(id) {
    if (!id)
      throw new EmulatorError("invalid_argument", "id is required");
    this.byId(id);
    this.pipelines.delete(id);
  }
  bulkDelete(ids) {
    if (ids.length === 0)
      throw new EmulatorError("invalid_argument", "ids must not be empty");
    for (const id of ids)
      this.byId(id);
    for (const id of ids)
      this.pipelines.delete(id);
  }
  sync(request) {
    const source = request.source;
    if (source.type === "SOURCE_TYPE_UNSPECIFIED")
      throw new EmulatorError("invalid_argument", "source.type is required");
    if (!source.namespace)
      throw new EmulatorError("invalid_argument", "source.namespace is required");
    const seen = /* @__PURE__ */ new Set();
    const incoming = request.pipelines.map((p) => {
      const checked = this.checked(p);
      if (seen.has(checked.name))
        throw new EmulatorError("invalid_argument", `pipeline "${checked.name}" appears more than once`);
      seen.add(checked.name);
      return checked;
    });
    const next = new Map(this.pipelines);
    for (const [id, p] of next) {
      if (sameSource(p.source, source) && !seen.has(p.name))
        next.delete(id);
    }
    const idByName = new Map([...next.values()].map((p) => [p.name, p.id]));
    const nextIdBefore = this.nextId;
    for (const p of incoming) {
      const existingId = idByName.get(p.name);
      const written = this.stamp({ ...p, source: { ...source } }, existingId ? next.get(existingId) : void 0, false);
      next.set(written.id, written);
    }
    if (next.size > this.options.pipelineLimit) {
      this.nextId = nextIdBefore;
      throw new EmulatorError("failed_precondition", `pipeline limit exceeded: the sync would leave ${next.size} pipelines, the limit is ${this.options.pipelineLimit}`);
    }
    this.pipelines = next;
  }
  /** Validates a pipeline the way the server does before any write. */
  checked(pipeline) {
    if (!pipeline.name)
      throw new EmulatorError("invalid_argument", "pipeline name is required");
    if (!pipeline.contents.trim())
      throw new EmulatorError("invalid_argument", `pipeline "${pipeline.name}": contents are required`);
    const problem = this.options.checker.problem(pipeline);
    if (problem)
      throw new EmulatorError("invalid_argument", `pipeline "${pipeline.name}": ${problem}`);
    return clone(pipeline);
  }
  ensureRoom(count) {
    if (count > this.options.pipelineLimit) {
      throw new EmulatorError("failed_precondition", `pipeline limit of ${this.options.pipelineLimit} reached`);
    }
  }
  /** Server-set fields: id, timestamps; a full replacement keeps only id and creation time. */
  stamp(incoming, existing, preview) {
    const now = this.now().toISOString();
    const written = { ...incoming, updatedAt: now, createdAt: existing?.createdAt ?? now };
    written.id = existing?.id ?? (preview ? "0" : String(this.nextId++));
    return written;
  }
};
function configTypeOf(p) {
  return p.configType === "CONFIG_TYPE_OTEL" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY";
}
function sameSource(a, b) {
  return a !== void 0 && a.type === b.type && a.namespace === b.namespace;
}

// dist/src/fleet/emulator/server.js
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
    return { nextId, pipelines };
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
function saveState(path, snapshot) {
  const temp = `${path}.${process.pid}.tmp`;
  const body = { nextId: snapshot.nextId, pipelines: snapshot.pipelines.map(encodePipeline) };
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
  const snapshot = saved ?? (options.pipelines ? seedSnapshot(options.pipelines) : void 0);
  const store = new PipelineStore({ pipelineLimit: options.pipelineLimit ?? 200, checker: options.checker }, snapshot);
  const persist = () => {
    if (options.statePath)
      saveState(options.statePath, store.snapshot());
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
      if (method === "ListPipelines") {
        const pageToken = body?.pageToken;
        const fault = listFault(faults, result, typeof pageToken === "string" ? pageToken : void 0);
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
