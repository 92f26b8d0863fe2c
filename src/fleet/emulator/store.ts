/**
 * The emulator's pipeline store and the semantics of each RPC, apart from
 * HTTP. SyncPipelines follows fleet-api.md §3: atomic, upsert by name across
 * every source, and deletion only of pipelines with the request's source type
 * and namespace. Every operation either fully applies or throws.
 */
import type { ConnectCode } from "../errors.js";
import type {
  ListPipelinesRequest,
  PipelineMessage,
  PipelineSource,
  SyncPipelinesRequest,
  WritePipelineRequest,
} from "../messages.js";

export class EmulatorError extends Error {
  constructor(
    readonly code: ConnectCode,
    message: string,
  ) {
    super(message);
    this.name = "EmulatorError";
  }
}

/** What the server checks before accepting a pipeline (injected: it needs our grammars). */
export interface PipelineChecker {
  /** Why the pipeline's contents or matchers are invalid, or undefined when they are fine. */
  problem(pipeline: PipelineMessage): string | undefined;
  /** Whether a pipeline's matchers select a collector with these attributes. */
  selects(matchers: readonly string[], attributes: Record<string, string>): boolean;
  /** Why a matcher is invalid, or undefined when it parses. */
  matcherProblem(matcher: string): string | undefined;
}

export interface StoreSnapshot {
  nextId: number;
  pipelines: PipelineMessage[];
}

export interface StoreOptions {
  pipelineLimit: number;
  checker: PipelineChecker;
  now?: () => Date;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

export class PipelineStore {
  private pipelines = new Map<string, PipelineMessage>();
  private nextId = 1;
  private readonly now: () => Date;

  constructor(private readonly options: StoreOptions, snapshot?: StoreSnapshot) {
    this.now = options.now ?? (() => new Date());
    if (snapshot) this.restore(snapshot);
  }

  get pipelineLimit(): number {
    return this.options.pipelineLimit;
  }

  snapshot(): StoreSnapshot {
    return { nextId: this.nextId, pipelines: [...this.pipelines.values()].map(clone) };
  }

  private restore(snapshot: StoreSnapshot): void {
    this.nextId = snapshot.nextId;
    this.pipelines = new Map(snapshot.pipelines.map((p) => [p.id ?? String(this.nextId++), clone(p)]));
  }

  /** Every pipeline, in creation order (ids are increasing numbers). */
  all(): PipelineMessage[] {
    return [...this.pipelines.values()].map(clone);
  }

  private byName(name: string): PipelineMessage | undefined {
    for (const p of this.pipelines.values()) if (p.name === name) return p;
    return undefined;
  }

  private byId(id: string): PipelineMessage {
    const found = this.pipelines.get(id);
    if (!found) throw new EmulatorError("not_found", `pipeline with id "${id}" not found`);
    return found;
  }

  list(request: ListPipelinesRequest): PipelineMessage[] {
    return this.all().filter((p) => {
      if (request.enabled !== undefined && (p.enabled ?? false) !== request.enabled) return false;
      if (request.configType !== undefined && configTypeOf(p) !== configTypeOf({ configType: request.configType })) return false;
      if (request.localAttributes || request.remoteAttributes) {
        // Remote attributes win over local ones, as on a real collector.
        const attributes = { ...request.localAttributes, ...request.remoteAttributes };
        if (!this.options.checker.selects(p.matchers, attributes)) return false;
      }
      return true;
    });
  }

  get(id: string): PipelineMessage {
    if (!id) throw new EmulatorError("invalid_argument", "id is required");
    return clone(this.byId(id));
  }

  idOf(name: string): string {
    if (!name) throw new EmulatorError("invalid_argument", "name is required");
    const found = this.byName(name);
    if (!found?.id) throw new EmulatorError("not_found", `pipeline "${name}" not found`);
    return found.id;
  }

  create(request: WritePipelineRequest): PipelineMessage {
    const incoming = this.checked(request.pipeline);
    if (this.byName(incoming.name)) throw new EmulatorError("already_exists", `pipeline "${incoming.name}" already exists`);
    this.ensureRoom(this.pipelines.size + 1);
    const created = this.stamp(incoming, undefined, request.validateOnly);
    if (!request.validateOnly) this.pipelines.set(created.id as string, created);
    return clone(created);
  }

  update(request: WritePipelineRequest): PipelineMessage {
    const incoming = this.checked(request.pipeline);
    if (!incoming.id) throw new EmulatorError("invalid_argument", "pipeline.id is required");
    const existing = this.byId(incoming.id);
    const clash = this.byName(incoming.name);
    if (clash && clash !== existing) throw new EmulatorError("already_exists", `pipeline "${incoming.name}" already exists`);
    const updated = this.stamp(incoming, existing, request.validateOnly);
    if (!request.validateOnly) this.pipelines.set(updated.id as string, updated);
    return clone(updated);
  }

  upsert(request: WritePipelineRequest): PipelineMessage {
    const incoming = this.checked(request.pipeline);
    const existing = this.byName(incoming.name);
    if (!existing) this.ensureRoom(this.pipelines.size + 1);
    const written = this.stamp(incoming, existing, request.validateOnly);
    if (!request.validateOnly) this.pipelines.set(written.id as string, written);
    return clone(written);
  }

  delete(id: string): void {
    if (!id) throw new EmulatorError("invalid_argument", "id is required");
    this.byId(id);
    this.pipelines.delete(id);
  }

  bulkDelete(ids: readonly string[]): void {
    if (ids.length === 0) throw new EmulatorError("invalid_argument", "ids must not be empty");
    for (const id of ids) this.byId(id); // all or none
    for (const id of ids) this.pipelines.delete(id);
  }

  sync(request: SyncPipelinesRequest): void {
    const source = request.source;
    if (source.type === "SOURCE_TYPE_UNSPECIFIED") throw new EmulatorError("invalid_argument", "source.type is required");
    if (!source.namespace) throw new EmulatorError("invalid_argument", "source.namespace is required");
    const seen = new Set<string>();
    const incoming = request.pipelines.map((p) => {
      const checked = this.checked(p);
      if (seen.has(checked.name)) throw new EmulatorError("invalid_argument", `pipeline "${checked.name}" appears more than once`);
      seen.add(checked.name);
      return checked;
    });
    // Build the next state aside and swap it in only when everything passed.
    const next = new Map(this.pipelines);
    for (const [id, p] of next) {
      if (sameSource(p.source, source) && !seen.has(p.name)) next.delete(id);
    }
    const idByName = new Map([...next.values()].map((p) => [p.name, p.id as string]));
    const nextIdBefore = this.nextId;
    for (const p of incoming) {
      const existingId = idByName.get(p.name);
      const written = this.stamp({ ...p, source: { ...source } }, existingId ? next.get(existingId) : undefined, false);
      next.set(written.id as string, written);
    }
    if (next.size > this.options.pipelineLimit) {
      this.nextId = nextIdBefore;
      throw new EmulatorError("failed_precondition", `pipeline limit exceeded: the sync would leave ${next.size} pipelines, the limit is ${this.options.pipelineLimit}`);
    }
    this.pipelines = next;
  }

  /** Validates a pipeline the way the server does before any write. */
  private checked(pipeline: PipelineMessage): PipelineMessage {
    if (!pipeline.name) throw new EmulatorError("invalid_argument", "pipeline name is required");
    if (!pipeline.contents.trim()) throw new EmulatorError("invalid_argument", `pipeline "${pipeline.name}": contents are required`);
    const problem = this.options.checker.problem(pipeline);
    if (problem) throw new EmulatorError("invalid_argument", `pipeline "${pipeline.name}": ${problem}`);
    return clone(pipeline);
  }

  private ensureRoom(count: number): void {
    if (count > this.options.pipelineLimit) {
      throw new EmulatorError("failed_precondition", `pipeline limit of ${this.options.pipelineLimit} reached`);
    }
  }

  /** Server-set fields: id, timestamps; a full replacement keeps only id and creation time. */
  private stamp(incoming: PipelineMessage, existing: PipelineMessage | undefined, preview: boolean | undefined): PipelineMessage {
    const now = this.now().toISOString();
    const written: PipelineMessage = { ...incoming, updatedAt: now, createdAt: existing?.createdAt ?? now };
    written.id = existing?.id ?? (preview ? "0" : String(this.nextId++));
    return written;
  }
}

function configTypeOf(p: Pick<PipelineMessage, "configType">): string {
  return p.configType === "CONFIG_TYPE_OTEL" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY";
}

function sameSource(a: PipelineSource | undefined, b: PipelineSource): boolean {
  return a !== undefined && a.type === b.type && a.namespace === b.namespace;
}
