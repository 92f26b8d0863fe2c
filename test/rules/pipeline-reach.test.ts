import { describe, expect, it } from "vitest";
import rule from "../../rules/pipeline-reach.js";
import type { OnlineState } from "../../src/engine/types.js";
import { collectorFromRecord, type CollectorRecord } from "../../src/match/fleet.js";
import { brief, runRule } from "./rule-tester.js";

const ALLOY = 'prometheus.exporter.self "s" { }\n';

function online(records: CollectorRecord[] | undefined): OnlineState & { asked: number } {
  const state = {
    asked: 0,
    remotePipelines: async () => [],
    pipelineLimit: async () => undefined,
    validate: async () => ({ ok: true }) as const,
    collectors: async () => {
      state.asked++;
      return records?.map(collectorFromRecord);
    },
  };
  return state;
}

const FLEET: CollectorRecord[] = [
  { id: "a", localAttributes: { env: "prod" } },
  { id: "b", localAttributes: { env: "dev" }, enabled: false },
  { id: "o", localAttributes: { env: "dev" }, collectorType: "COLLECTOR_TYPE_OTEL" },
];

describe("pipeline-reach", () => {
  it("is a network rule", () => {
    expect(rule.meta).toMatchObject({ id: "pipeline-reach", category: "network", scope: "project", defaultSeverity: "info" });
  });

  it("reports enabled pipelines that no enabled collector of their type receives", async () => {
    const reports = await runRule(rule, {
      pipelines: [
        { name: "ok", contents: ALLOY, matchers: ["env=prod"] },
        { name: "typo", contents: ALLOY, matchers: ["env=prdo"] },
        { name: "disabled-only", contents: ALLOY, matchers: ["env=dev"] },
        { name: "draft", contents: ALLOY, matchers: ["env=none"], enabled: false },
        { name: "otel", contents: "receivers: {}\n", configType: "otel", matchers: ["env=dev"] },
        { name: "bad", contents: ALLOY, matchers: ["env~x"] },
      ],
      online: online(FLEET),
    });
    expect(reports.map((r) => `${r.file} ${brief(r)}`)).toEqual(["disabled-only.yaml 3:1-3:9 reachesNone", "typo.yaml 3:1-3:9 reachesNone"]);
    expect(reports[1].message).toBe("Pipeline 'typo' reaches no collector today: none of the 1 enabled Alloy collectors of stack 'default' match its matchers");
  });

  it("stays quiet when the stack has no collector of the type, offline, or without inventory access", async () => {
    const pipelines = [{ name: "otel", contents: "receivers: {}\n", configType: "otel" as const, matchers: ["env=dev"] }];
    expect(await runRule(rule, { pipelines, online: online(FLEET.slice(0, 2)) })).toEqual([]);
    expect(await runRule(rule, { pipelines })).toEqual([]);
    expect(await runRule(rule, { pipelines, online: online(undefined) })).toEqual([]);
  });
});
