/**
 * The emulator's collector inventory: what ListCollectors and GetCollector
 * answer. Read-only (collectors register themselves in the real service;
 * here they come from the state file or a collectors file). ListCollectors
 * filters by matchers against each collector's effective attributes and,
 * when a page size is set, pages with `nextPageToken` so clients can be
 * tested against a paging server.
 */
import { effectiveAttributes } from "../../match/fleet.js";
import type { CollectorEntry } from "../../match/collectors.js";
import type { CollectorMessage, CollectorsPage, ListCollectorsRequest } from "../collector-messages.js";
import { EmulatorError, type PipelineChecker } from "./store.js";

export class CollectorStore {
  private readonly collectors: CollectorMessage[];

  constructor(
    collectors: readonly CollectorMessage[],
    private readonly checker: PipelineChecker,
    /** Collectors per ListCollectors answer; 0 answers with all of them at once, as the v1 service does. */
    private readonly pageSize = 0,
  ) {
    const seen = new Set<string>();
    for (const c of collectors) {
      if (!c.id) throw new Error("every collector needs an id");
      if (seen.has(c.id)) throw new Error(`collector id "${c.id}" appears more than once`);
      seen.add(c.id);
    }
    this.collectors = collectors.map((c) => structuredClone(c));
  }

  all(): CollectorMessage[] {
    return this.collectors.map((c) => structuredClone(c));
  }

  get(id: string): CollectorMessage {
    if (!id) throw new EmulatorError("invalid_argument", "id is required");
    const found = this.collectors.find((c) => c.id === id);
    if (!found) throw new EmulatorError("not_found", `collector with id "${id}" not found`);
    return structuredClone(found);
  }

  list(request: ListCollectorsRequest): CollectorsPage {
    for (const matcher of request.matchers) {
      const problem = this.checker.matcherProblem(matcher);
      if (problem) throw new EmulatorError("invalid_argument", problem);
    }
    const selected = this.collectors.filter((c) => request.matchers.length === 0 || this.checker.selects(request.matchers, { ...effectiveAttributes(c) }));
    // No copies: the server encodes the answer into new objects anyway.
    if (this.pageSize <= 0) return { collectors: selected };
    const start = request.pageToken ? Number(request.pageToken.replace(/^page-/, "")) : 0;
    if (!Number.isInteger(start) || start < 0 || start > selected.length) throw new EmulatorError("invalid_argument", `invalid page token "${request.pageToken}"`);
    const page: CollectorsPage = { collectors: selected.slice(start, start + this.pageSize) };
    if (start + this.pageSize < selected.length) page.nextPageToken = `page-${start + this.pageSize}`;
    return page;
  }
}

/** Collectors-file items as the emulator serves them: bare attribute maps become local attributes of `collector-N`. */
export function collectorsFromEntries(entries: readonly CollectorEntry[]): CollectorMessage[] {
  return entries.map((entry, index): CollectorMessage => {
    if ("attributes" in entry) return { id: `collector-${index + 1}`, localAttributes: { ...entry.attributes } };
    const { collectorType, ...rest } = entry.record;
    const message: CollectorMessage = { ...rest, id: rest.id || `collector-${index + 1}` };
    if (collectorType === "COLLECTOR_TYPE_ALLOY" || collectorType === "COLLECTOR_TYPE_OTEL" || collectorType === "COLLECTOR_TYPE_UNSPECIFIED") message.collectorType = collectorType;
    return message;
  });
}
