/** Which failed SyncPipelines answers say "nothing was applied" (exit 1) and which leave the outcome open. */
import { describe, expect, it } from "vitest";
import { CONNECT_CODES, FleetApiError } from "../../src/fleet/errors.js";
import { isVerdict } from "../../src/fleet/sender.js";

describe("isVerdict", () => {
  it("is a verdict only when the server refused the request as such", () => {
    const verdicts = CONNECT_CODES.filter((code) => isVerdict(new FleetApiError("pipeline.v1.PipelineService/SyncPipelines", code, "", 400)));
    expect([...verdicts].sort()).toEqual(["already_exists", "failed_precondition", "invalid_argument", "not_found", "out_of_range"]);
  });
});
