import { describe, expect, it } from "vitest";
import { checkGuards, type GuardOptions } from "../../src/fleet/guards.js";
import type { TargetPlan } from "../../src/fleet/plan.js";

function plan(overrides: Partial<TargetPlan>): TargetPlan {
  return { namespace: "repo", stack: "prod", create: [], update: [], delete: [], unchanged: [], takeover: [], namespaceSize: 0, desiredCount: 1, ...overrides };
}
const defaults: GuardOptions = { allowEmpty: false, adopt: false };
const guards = (p: TargetPlan, o: Partial<GuardOptions> = {}) => checkGuards(p, { ...defaults, ...o }).map((v) => v.guard);
const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe("sync guards (SPEC §5)", () => {
  it("passes an ordinary plan", () => {
    expect(guards(plan({ create: ["a"], delete: ["b"], namespaceSize: 4, desiredCount: 4 }))).toEqual([]);
  });

  it("refuses an empty pipeline set unless --allow-empty", () => {
    const empty = plan({ desiredCount: 0, delete: ["a", "b"], namespaceSize: 2 });
    expect(guards(empty)).toEqual(["empty", "half-namespace"]);
    expect(guards(empty, { allowEmpty: true })).toEqual([]);
    expect(guards(plan({ desiredCount: 0 }))).toEqual(["empty"]);
  });

  it("refuses more than 5 deletions by default, and more than --max-deletes when given", () => {
    expect(guards(plan({ delete: names(6), namespaceSize: 20 }))).toEqual(["max-deletes"]);
    expect(guards(plan({ delete: names(5), namespaceSize: 20 }))).toEqual([]);
    expect(guards(plan({ delete: names(6), namespaceSize: 20 }), { maxDeletes: 6 })).toEqual([]);
    expect(guards(plan({ delete: names(2), namespaceSize: 20 }), { maxDeletes: 1 })).toEqual(["max-deletes"]);
    expect(guards(plan({ delete: names(2), namespaceSize: 20 }), { maxDeletes: 0 })).toEqual(["max-deletes"]);
  });

  it("refuses deleting more than half of the namespace unless --max-deletes allows it", () => {
    expect(guards(plan({ delete: names(3), namespaceSize: 5 }))).toEqual(["half-namespace"]);
    expect(guards(plan({ delete: names(2), namespaceSize: 4 }))).toEqual([]);
    expect(guards(plan({ delete: names(3), namespaceSize: 5 }), { maxDeletes: 3 })).toEqual([]);
  });

  it("refuses a takeover unless --adopt", () => {
    const p = plan({ takeover: [{ name: "x", source: "SOURCE_TYPE_TERRAFORM:default", sourceType: "SOURCE_TYPE_TERRAFORM", fields: [], blocked: false }] });
    const [violation] = checkGuards(p, defaults);
    expect(violation).toMatchObject({ guard: "takeover", names: ["x"] });
    expect(violation.message).toContain("'x' (owned by SOURCE_TYPE_TERRAFORM:default)");
    expect(violation.message).toContain("--adopt");
    expect(guards(p, { adopt: true })).toEqual([]);
  });

  it("never overwrites a Grafana-managed pipeline, even with --adopt", () => {
    const p = plan({
      takeover: [
        { name: "beyla", source: "SOURCE_TYPE_GRAFANA", sourceType: "SOURCE_TYPE_GRAFANA", fields: [], blocked: true },
        { name: "ui", source: "SOURCE_TYPE_UNSPECIFIED", sourceType: "SOURCE_TYPE_UNSPECIFIED", fields: [], blocked: false },
      ],
    });
    expect(guards(p)).toEqual(["grafana", "takeover"]);
    expect(guards(p, { adopt: true })).toEqual(["grafana"]);
    expect(checkGuards(p, { ...defaults, adopt: true })[0].message).toMatch(/^Disallowed overwrite of Grafana-managed pipeline 'beyla'/);
  });
});
