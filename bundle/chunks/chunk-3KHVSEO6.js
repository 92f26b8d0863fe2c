import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  effectiveAttributes
} from "./chunk-XXFPFKBW.js";

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

// dist/src/fleet/emulator/collectors.js
var CollectorStore = class {
  checker;
  pageSize;
  collectors;
  constructor(collectors, checker, pageSize = 0) {
    this.checker = checker;
    this.pageSize = pageSize;
    const seen = /* @__PURE__ */ new Set();
    for (const c of collectors) {
      if (!c.id)
        throw new Error("every collector needs an id");
      if (seen.has(c.id))
        throw new Error(`collector id "${c.id}" appears more than once`);
      seen.add(c.id);
    }
    this.collectors = collectors.map((c) => structuredClone(c));
  }
  all() {
    return this.collectors.map((c) => structuredClone(c));
  }
  get(id) {
    if (!id)
      throw new EmulatorError("invalid_argument", "id is required");
    const found = this.collectors.find((c) => c.id === id);
    if (!found)
      throw new EmulatorError("not_found", `collector with id "${id}" not found`);
    return structuredClone(found);
  }
  list(request) {
    for (const matcher of request.matchers) {
      const problem = this.checker.matcherProblem(matcher);
      if (problem)
        throw new EmulatorError("invalid_argument", problem);
    }
    const selected = this.collectors.filter((c) => request.matchers.length === 0 || this.checker.selects(request.matchers, { ...effectiveAttributes(c) }));
    if (this.pageSize <= 0)
      return { collectors: selected };
    const start = request.pageToken ? Number(request.pageToken.replace(/^page-/, "")) : 0;
    if (!Number.isInteger(start) || start < 0 || start > selected.length)
      throw new EmulatorError("invalid_argument", `invalid page token "${request.pageToken}"`);
    const page = { collectors: selected.slice(start, start + this.pageSize) };
    if (start + this.pageSize < selected.length)
      page.nextPageToken = `page-${start + this.pageSize}`;
    return page;
  }
};
function collectorsFromEntries(entries) {
  return entries.map((entry, index) => {
    if ("attributes" in entry)
      return { id: `collector-${index + 1}`, localAttributes: { ...entry.attributes } };
    const { collectorType, ...rest } = entry.record;
    const message = { ...rest, id: rest.id || `collector-${index + 1}` };
    if (collectorType === "COLLECTOR_TYPE_ALLOY" || collectorType === "COLLECTOR_TYPE_OTEL" || collectorType === "COLLECTOR_TYPE_UNSPECIFIED")
      message.collectorType = collectorType;
    return message;
  });
}

export {
  EmulatorError,
  PipelineStore,
  CollectorStore,
  collectorsFromEntries
};
