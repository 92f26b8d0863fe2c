/** How the CLI words a failed sync: the sync's own outcome, not the network error it carries as its cause. */
import { describe, expect, it } from "vitest";
import { toCliError } from "../../src/cli/fleet-session.js";
import { FleetlintError } from "../../src/core/errors.js";
import { FleetNetworkError } from "../../src/fleet/errors.js";
import type { TargetPlan } from "../../src/fleet/plan.js";
import { SyncOutcomeUnknownError } from "../../src/fleet/sender.js";

const plan: TargetPlan = { namespace: "payments", stack: "prod", create: ["a"], update: [], delete: [], unchanged: [], takeover: [], namespaceSize: 0, desiredCount: 1 };

describe("toCliError", () => {
  it("keeps 'outcome unknown' when the read-back failed on the network", () => {
    const cause = new FleetNetworkError("pipeline.v1.PipelineService/ListPipelines", "timeout", "after 30000 ms");
    const error = toCliError(new SyncOutcomeUnknownError(plan, "the server accepted SyncPipelines but the read-back failed", cause), undefined) as FleetlintError;
    expect(error).toBeInstanceOf(FleetlintError);
    expect(error.kind).toBe("network");
    expect(error.message).toBe(
      "Sent namespace 'payments' (stack 'prod') but the outcome is unknown: the server accepted SyncPipelines but the read-back failed. Next: run `fleetlint plan` to see what the server holds, then sync again",
    );
  });

  it("still finds a network error wrapped by the engine", () => {
    const cause = new FleetNetworkError("pipeline.v1.PipelineService/ListPipelines", "connection", "ECONNREFUSED", false);
    const error = toCliError(new Error("rule pipeline-limit failed", { cause }), undefined) as FleetlintError;
    expect(error.message).toMatch(/^Cannot reach Fleet Management/);
  });
});
