import { describe, expect, it } from "vitest";
import {
  decodeLimits,
  decodePipeline,
  decodePipelines,
  decodeSyncRequest,
  decodeWriteRequest,
  describeSource,
  encodePipeline,
  MessageShapeError,
} from "../../src/fleet/messages.js";

describe("Pipeline JSON (fleet-api.md §2.2)", () => {
  it("encodes every field with its proto3 JSON (lowerCamelCase) name", () => {
    const json = encodePipeline({
      name: "p",
      contents: "x",
      matchers: ["env=prod"],
      createdAt: "2024-01-15T10:30:00Z",
      updatedAt: "2024-01-16T10:30:00Z",
      enabled: false,
      id: "42",
      metadata: { team: "a" },
      source: { type: "SOURCE_TYPE_GIT", namespace: "repo" },
      configType: "CONFIG_TYPE_OTEL",
    });
    expect(json).toEqual({
      name: "p",
      contents: "x",
      matchers: ["env=prod"],
      createdAt: "2024-01-15T10:30:00Z",
      updatedAt: "2024-01-16T10:30:00Z",
      enabled: false,
      id: "42",
      metadata: { team: "a" },
      source: { type: "SOURCE_TYPE_GIT", namespace: "repo" },
      configType: "CONFIG_TYPE_OTEL",
    });
  });

  it("sends enabled: false explicitly and leaves unset optional fields out", () => {
    expect(encodePipeline({ name: "p", contents: "x", matchers: [], enabled: false })).toEqual({ name: "p", contents: "x", matchers: [], enabled: false });
  });

  it("reads camelCase and snake_case names alike", () => {
    const camel = decodePipeline({ name: "p", contents: "c", createdAt: "t1", updatedAt: "t2", configType: "CONFIG_TYPE_OTEL" });
    const snake = decodePipeline({ name: "p", contents: "c", created_at: "t1", updated_at: "t2", config_type: "CONFIG_TYPE_OTEL" });
    expect(snake).toEqual(camel);
    expect(camel).toEqual({ name: "p", contents: "c", matchers: [], createdAt: "t1", updatedAt: "t2", configType: "CONFIG_TYPE_OTEL" });
  });

  it("accepts enum numbers and defaults missing fields as proto3 does", () => {
    const p = decodePipeline({ name: "p", source: { type: 1, namespace: "ns" }, configType: 2 });
    expect(p.source).toEqual({ type: "SOURCE_TYPE_GIT", namespace: "ns" });
    expect(p.configType).toBe("CONFIG_TYPE_OTEL");
    expect(p.contents).toBe("");
    expect(p.enabled).toBeUndefined();
    expect(decodePipelines({})).toEqual({ pipelines: [] });
  });

  it("rejects values of the wrong type", () => {
    expect(() => decodePipeline({ name: 3 })).toThrow(MessageShapeError);
    expect(() => decodePipeline({ name: "p", matchers: "env=a" })).toThrow(/list of strings/);
    // Requests are decoded as a protojson server does: a wrong enum spelling is rejected.
    expect(() => decodePipeline({ name: "p", configType: "ALLOY" }, "request")).toThrow(/CONFIG_TYPE_ALLOY/);
    // Responses are forward-compatible: an enum value from a newer API is UNSPECIFIED.
    expect(decodePipeline({ name: "p", configType: "CONFIG_TYPE_WASM" }).configType).toBe("CONFIG_TYPE_UNSPECIFIED");
  });

  it("reads validate_only in either spelling", () => {
    expect(decodeWriteRequest({ pipeline: { name: "p" }, validate_only: true }).validateOnly).toBe(true);
    expect(decodeWriteRequest({ pipeline: { name: "p" }, validateOnly: true }).validateOnly).toBe(true);
  });

  it("requires a source on SyncPipelines", () => {
    expect(() => decodeSyncRequest({ pipelines: [] })).toThrow(/source/);
    expect(decodeSyncRequest({ source: { type: "SOURCE_TYPE_GIT", namespace: "n" } })).toEqual({ source: { type: "SOURCE_TYPE_GIT", namespace: "n" }, pipelines: [] });
  });

  it("reads GetLimits in gcx's snake_case and in camelCase, int64 as strings", () => {
    expect(decodeLimits({ collectors: 10, pipelines: "200", requests_per_second_collector: 20, requests_per_second_api: 3 })).toEqual({
      collectors: 10,
      pipelines: 200,
      requestsPerSecondCollector: 20,
      requestsPerSecondApi: 3,
    });
    expect(decodeLimits({ requestsPerSecondApi: 5 })).toEqual({ requestsPerSecondApi: 5 });
  });

  it("describes sources as one token", () => {
    expect(describeSource(undefined)).toBe("SOURCE_TYPE_UNSPECIFIED");
    expect(describeSource({ type: "SOURCE_TYPE_TERRAFORM", namespace: "default" })).toBe("SOURCE_TYPE_TERRAFORM:default");
  });
});
