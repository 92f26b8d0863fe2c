import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/server.js";
import { createOnlineState } from "../../src/fleet/online.js";
import { RateLimiter } from "../../src/fleet/rate-limiter.js";
import { pipelineNamedIn } from "../../src/fleet/sender.js";
import { FleetSession } from "../../src/fleet/session.js";
import { loadProject } from "../../src/repo/index.js";
import { simpleChecker } from "./helpers.js";

const FIXTURE = join(import.meta.dirname, "../../fixtures/repos/fleet-basic");
let emulator: RunningEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup(options: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  emulator = await startEmulator({ checker: simpleChecker, rateLimit: 0, ...options });
  const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  const session = new FleetSession({ env, client: { limiter: new RateLimiter({ limit: 1000 }), retry: { baseDelayMs: 1, maxDelayMs: 2 } } });
  const config = await loadConfig({ cwd: FIXTURE });
  const project = await loadProject(config, { cwd: FIXTURE });
  return { emulator, session, project, online: createOnlineState(project, { env, session }) };
}

describe("createOnlineState", () => {
  it("lists the stack once and summarises each pipeline's source", async () => {
    const { online, project, emulator } = await setup({
      pipelines: [
        { name: "a", contents: "x", source: { type: "SOURCE_TYPE_GIT", namespace: "repo" } },
        { name: "b", contents: "x" },
      ],
    });
    const target = project.targets[0];
    expect(await online.remotePipelines(target)).toEqual([
      { name: "a", sourceType: "SOURCE_TYPE_GIT", namespace: "repo" },
      { name: "b", sourceType: "SOURCE_TYPE_UNSPECIFIED" },
    ]);
    await online.remotePipelines(target);
    expect(emulator.requests.filter((r) => r.procedure.endsWith("ListPipelines"))).toHaveLength(1);
  });

  it("reads the pipeline limit from GetLimits", async () => {
    const { online, project } = await setup({ pipelineLimit: 42 });
    expect(await online.pipelineLimit(project.targets[0])).toBe(42);
  });

  it("validates with UpsertPipeline validate_only, as sync would send the pipeline", async () => {
    const { online, project, emulator } = await setup();
    const pipeline = project.pipelines.find((p) => p.name === "node-metrics");
    expect(pipeline).toBeDefined();
    expect(await online.validate(pipeline!)).toEqual({ ok: true });
    expect(emulator.store.all()).toEqual([]);
    const upsert = emulator.requests[0];
    expect(upsert.procedure).toBe("pipeline.v1.PipelineService/UpsertPipeline");

    const broken = { ...pipeline!, contents: { ...pipeline!.contents!, text: "INVALID" } };
    expect(await online.validate(broken)).toEqual({ ok: false, message: 'pipeline "node-metrics": invalid Alloy configuration: 1:1: unexpected INVALID' });
  });

  it("fails the run on bad credentials instead of reporting a verdict", async () => {
    const { project, emulator } = await setup();
    const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: "wrong" };
    const online = createOnlineState(project, { env, client: { limiter: new RateLimiter({ limit: 1000 }) } });
    await expect(online.validate(project.pipelines[0])).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("resolves credentials up front", () => {
    expect(() => createOnlineState({ targets: [{ stack: "default" }] }, { env: {} })).toThrow(/Missing Fleet Management URL/);
  });
});

describe("pipelineNamedIn", () => {
  it("finds the longest pipeline name the server's message mentions", () => {
    const names = ["logs", "logs-extra", "metrics"];
    expect(pipelineNamedIn('pipeline "logs-extra": invalid matcher', names)).toBe("logs-extra");
    expect(pipelineNamedIn("invalid config in logs: 3:1", names)).toBe("logs");
    expect(pipelineNamedIn("pipeline limit exceeded", names)).toBeUndefined();
    expect(pipelineNamedIn("bad metricsx", names)).toBeUndefined();
  });
});
