import { describe, expect, it } from "vitest";
import { EmulatorError, PipelineStore } from "../../src/fleet/emulator/store.js";
import type { PipelineMessage, PipelineSource } from "../../src/fleet/messages.js";
import { simpleChecker } from "./helpers.js";

const git = (namespace: string): PipelineSource => ({ type: "SOURCE_TYPE_GIT", namespace });
const p = (name: string, extra: Partial<PipelineMessage> = {}): PipelineMessage => ({ name, contents: `// ${name}`, matchers: [], enabled: true, ...extra });

function store(limit = 200): PipelineStore {
  let tick = 0;
  return new PipelineStore({ pipelineLimit: limit, checker: simpleChecker, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)) });
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof EmulatorError ? error.code : "other";
  }
  return undefined;
}

describe("SyncPipelines semantics (fleet-api.md §3)", () => {
  it("upserts by name and deletes only pipelines of the same source type and namespace", () => {
    const s = store();
    s.create({ pipeline: p("ui-made") });
    s.upsert({ pipeline: p("tf", { source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "repo" } }) });
    s.sync({ source: git("other"), pipelines: [p("other-1")] });
    s.sync({ source: git("repo"), pipelines: [p("a"), p("b")] });
    s.sync({ source: git("repo"), pipelines: [p("a", { contents: "// changed" })] });
    const byName = Object.fromEntries(s.all().map((x) => [x.name, x]));
    expect(Object.keys(byName).sort()).toEqual(["a", "other-1", "tf", "ui-made"]);
    expect(byName.a.contents).toBe("// changed");
    expect(byName.a.source).toEqual(git("repo"));
  });

  it("takes over a same-named pipeline of another source, keeping its id", () => {
    const s = store();
    const before = s.upsert({ pipeline: p("shared", { source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } }) });
    s.sync({ source: git("repo"), pipelines: [p("shared")] });
    const after = s.all().find((x) => x.name === "shared");
    expect(after?.id).toBe(before.id);
    expect(after?.source).toEqual(git("repo"));
    expect(after?.createdAt).toBe(before.createdAt);
  });

  it("is atomic: one invalid pipeline changes nothing", () => {
    const s = store();
    s.sync({ source: git("repo"), pipelines: [p("a"), p("b")] });
    const snapshot = s.all();
    expect(codeOf(() => s.sync({ source: git("repo"), pipelines: [p("c"), p("bad", { contents: "INVALID" })] }))).toBe("invalid_argument");
    expect(codeOf(() => s.sync({ source: git("repo"), pipelines: [p("c"), p("c")] }))).toBe("invalid_argument");
    expect(s.all()).toEqual(snapshot);
  });

  it("an empty list deletes the whole namespace", () => {
    const s = store();
    s.sync({ source: git("repo"), pipelines: [p("a"), p("b")] });
    s.sync({ source: git("repo"), pipelines: [] });
    expect(s.all()).toEqual([]);
  });

  it("enforces the pipeline limit atomically", () => {
    const s = store(2);
    s.create({ pipeline: p("ui") });
    expect(codeOf(() => s.sync({ source: git("repo"), pipelines: [p("a"), p("b")] }))).toBe("failed_precondition");
    expect(s.all().map((x) => x.name)).toEqual(["ui"]);
    s.sync({ source: git("repo"), pipelines: [p("a")] });
    expect(codeOf(() => s.create({ pipeline: p("c") }))).toBe("failed_precondition");
  });

  it("requires a source type and namespace", () => {
    const s = store();
    expect(codeOf(() => s.sync({ source: { type: "SOURCE_TYPE_UNSPECIFIED", namespace: "x" }, pipelines: [] }))).toBe("invalid_argument");
    expect(codeOf(() => s.sync({ source: git(""), pipelines: [] }))).toBe("invalid_argument");
  });
});

describe("single-pipeline RPCs", () => {
  it("create, get, id lookup, update, delete and bulk delete", () => {
    const s = store();
    const a = s.create({ pipeline: p("a") });
    expect(codeOf(() => s.create({ pipeline: p("a") }))).toBe("already_exists");
    expect(s.idOf("a")).toBe(a.id);
    expect(s.get(a.id as string).name).toBe("a");
    expect(s.update({ pipeline: { ...a, enabled: false } }).enabled).toBe(false);
    expect(codeOf(() => s.update({ pipeline: p("zzz", { id: "999" }) }))).toBe("not_found");
    const b = s.create({ pipeline: p("b") });
    expect(codeOf(() => s.update({ pipeline: { ...b, name: "a" } }))).toBe("already_exists");
    expect(codeOf(() => s.bulkDelete([a.id as string, "999"]))).toBe("not_found");
    expect(s.all()).toHaveLength(2);
    s.bulkDelete([a.id as string, b.id as string]);
    expect(codeOf(() => s.bulkDelete([]))).toBe("invalid_argument");
    expect(codeOf(() => s.delete(a.id as string))).toBe("not_found");
    expect(codeOf(() => s.idOf("a"))).toBe("not_found");
  });

  it("validate_only checks and previews without writing", () => {
    const s = store();
    const preview = s.upsert({ pipeline: p("a"), validateOnly: true });
    expect(preview.name).toBe("a");
    expect(s.all()).toEqual([]);
    expect(codeOf(() => s.upsert({ pipeline: p("a", { contents: "INVALID" }), validateOnly: true }))).toBe("invalid_argument");
  });

  it("filters ListPipelines by enabled, config type and collector attributes", () => {
    const s = store();
    s.create({ pipeline: p("on", { matchers: ["env=prod"] }) });
    s.create({ pipeline: p("off", { enabled: false, matchers: ["env=dev"] }) });
    s.create({ pipeline: p("otel", { configType: "CONFIG_TYPE_OTEL" }) });
    expect(s.list({ enabled: false }).map((x) => x.name)).toEqual(["off"]);
    expect(s.list({ configType: "CONFIG_TYPE_OTEL" }).map((x) => x.name)).toEqual(["otel"]);
    expect(s.list({ configType: "CONFIG_TYPE_ALLOY" }).map((x) => x.name)).toEqual(["on", "off"]);
    expect(s.list({ localAttributes: { env: "dev" }, remoteAttributes: { env: "prod" } }).map((x) => x.name)).toEqual(["on", "otel"]);
  });
});
