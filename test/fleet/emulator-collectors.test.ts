/**
 * The emulator's collector service through the real client: ListCollectors
 * (with matchers and pages), GetCollector, the state file, and the list
 * faults the pipeline service has.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FleetClient } from "../../src/fleet/client.js";
import { FleetApiError } from "../../src/fleet/errors.js";
import { startEmulator, type RunningEmulator, type StartOptions } from "../../src/fleet/emulator/index.js";
import type { JsonObject } from "../../src/fleet/messages.js";

const FLEET: JsonObject[] = [
  { id: "a", name: "web-a", localAttributes: { env: "prod", "collector.os": "linux" } },
  { id: "b", localAttributes: { env: "dev" }, remoteAttributes: { env: "prod" } },
  { id: "c", enabled: false, collectorType: "COLLECTOR_TYPE_OTEL", localAttributes: { env: "dev" } },
];

let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function client(options: Partial<StartOptions> = {}): Promise<FleetClient> {
  emulator = await startEmulator({ rateLimit: 0, collectors: FLEET, ...options });
  return new FleetClient({ credentials: { url: emulator.url, username: emulator.username, token: emulator.token }, retry: { maxRetries: 0 } });
}

describe("emulator collector service", () => {
  it("lists every collector, or those whose effective attributes match", async () => {
    const c = await client();
    expect((await c.listCollectors()).map((x) => x.id)).toEqual(["a", "b", "c"]);
    // b's remote env=prod overrides its local env=dev.
    expect((await c.listCollectors(["env=prod"])).map((x) => x.id)).toEqual(["a", "b"]);
    expect((await c.listCollectors(["collector.ID=c"])).map((x) => x.id)).toEqual(["c"]);
    await expect(c.listCollectors(["env~prod"])).rejects.toMatchObject({ code: "invalid_argument" });
  });

  it("answers GetCollector with the stored record, and not_found for an unknown id", async () => {
    const c = await client();
    expect(await c.getCollector("c")).toEqual({ id: "c", enabled: false, collectorType: "COLLECTOR_TYPE_OTEL", localAttributes: { env: "dev" } });
    const error = await c.getCollector("zzz").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetApiError);
    expect((error as FleetApiError).code).toBe("not_found");
  });

  it("pages when asked to, and the client follows every page", async () => {
    const c = await client({ collectorPageSize: 1 });
    expect((await c.listCollectors()).map((x) => x.id)).toEqual(["a", "b", "c"]);
    expect(emulator!.requests.filter((r) => r.procedure.endsWith("ListCollectors"))).toHaveLength(3);
  });

  it("loads the inventory from the state file and keeps it when the state is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetlint-collectors-"));
    try {
      const state = join(dir, "state.json");
      writeFileSync(state, JSON.stringify({ nextId: 1, pipelines: [], collectors: FLEET }));
      emulator = await startEmulator({ rateLimit: 0, statePath: state });
      const c = new FleetClient({ credentials: { url: emulator.url, username: emulator.username, token: emulator.token } });
      expect((await c.listCollectors()).map((x) => x.id)).toEqual(["a", "b", "c"]);
      await c.upsertPipeline({ name: "p", contents: 'prometheus.exporter.self "s" { }\n', matchers: ["env=prod"], enabled: true });
      expect(JSON.parse(readFileSync(state, "utf8")).collectors.map((x: { id: string }) => x.id)).toEqual(["a", "b", "c"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["list-cased-key", /spelled 'Collectors'/],
    ["list-null", /collectors is null/],
    ["list-paged-stuck", /pages do not end/],
    ["list-duplicate", /collector 'a' is listed twice/],
    ["list-not-object", /not an object/],
  ] as const)("refuses a wrong ListCollectors answer (%s) instead of an empty or partial fleet", async (fault, message) => {
    const c = await client({ faults: [fault] });
    await expect(c.listCollectors()).rejects.toThrow(message);
  });

  it("reads collector types from a newer API as unspecified, and ignores unknown fields", async () => {
    const c = await client({ faults: ["list-future"] });
    expect((await c.listCollectors()).map((x) => [x.id, x.collectorType])).toEqual([
      ["a", "COLLECTOR_TYPE_UNSPECIFIED"],
      ["b", "COLLECTOR_TYPE_UNSPECIFIED"],
      ["c", "COLLECTOR_TYPE_OTEL"],
    ]);
  });
});
