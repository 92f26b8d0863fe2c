import { createServer, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FleetClient } from "../../src/fleet/client.js";
import { FleetApiError, FleetNetworkError } from "../../src/fleet/errors.js";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/server.js";
import { RateLimiter } from "../../src/fleet/rate-limiter.js";
import { version } from "../../src/core/version.js";
import { recordingFetch, simpleChecker, type RecordedRequest } from "./helpers.js";

const fastRetry = { baseDelayMs: 1, maxDelayMs: 4 };
let emulator: RunningEmulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup(options: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  emulator = await startEmulator({ checker: simpleChecker, rateLimit: 0, token: "s3cr3t-token", ...options });
  const log: RecordedRequest[] = [];
  const client = new FleetClient({
    credentials: { url: emulator.url, username: emulator.username, token: emulator.token },
    fetch: recordingFetch(log),
    limiter: new RateLimiter({ limit: 1000 }),
    retry: fastRetry,
  });
  return { emulator, client, log };
}

describe("FleetClient request bodies (pinned to fleet-api.md field names)", () => {
  it("sends Connect JSON with Basic auth and a User-Agent", async () => {
    const { client, log, emulator } = await setup();
    await client.listPipelines();
    expect(log[0].url).toBe(`${emulator.url}/pipeline.v1.PipelineService/ListPipelines`);
    expect(log[0].headers["content-type"]).toBe("application/json");
    expect(log[0].headers["connect-protocol-version"]).toBe("1");
    expect(log[0].headers["user-agent"]).toBe(`fleetlint/${version}`);
    expect(log[0].headers.authorization).toBe(`Basic ${Buffer.from(`${emulator.username}:s3cr3t-token`).toString("base64")}`);
    expect(log[0].body).toEqual({});
  });

  it("SyncPipelines: source, pipelines with enabled and configType explicit", async () => {
    const { client, log } = await setup();
    await client.syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: "repo" }, [
      { name: "a", contents: "x", matchers: ["env=prod"], enabled: false, configType: "CONFIG_TYPE_ALLOY", metadata: { k: "v" } },
    ]);
    expect(log[0].body).toEqual({
      source: { type: "SOURCE_TYPE_GIT", namespace: "repo" },
      pipelines: [{ name: "a", contents: "x", matchers: ["env=prod"], enabled: false, configType: "CONFIG_TYPE_ALLOY", metadata: { k: "v" } }],
    });
  });

  it("UpsertPipeline validate_only, ListPipelines filters, Get/GetPipelineID/Delete/BulkDelete, GetLimits", async () => {
    const { client, log } = await setup();
    await client.upsertPipeline({ name: "a", contents: "x", matchers: [], enabled: true }, true);
    await client.listPipelines({ localAttributes: { env: "prod" }, remoteAttributes: { team: "a" }, configType: "CONFIG_TYPE_OTEL", enabled: true });
    const created = await client.createPipeline({ name: "b", contents: "x", matchers: [], enabled: true });
    await client.getPipelineId("b");
    await client.getPipeline(created.id as string);
    await client.updatePipeline({ ...created, enabled: false });
    await client.deletePipeline(created.id as string);
    const again = await client.createPipeline({ name: "c", contents: "x", matchers: [] });
    await client.bulkDeletePipelines([again.id as string]);
    await client.getLimits();
    const calls = log.map((r) => [r.url.split("/").slice(-2).join("/"), r.body]);
    expect(calls).toEqual([
      ["pipeline.v1.PipelineService/UpsertPipeline", { pipeline: { name: "a", contents: "x", matchers: [], enabled: true }, validateOnly: true }],
      [
        "pipeline.v1.PipelineService/ListPipelines",
        { localAttributes: { env: "prod" }, remoteAttributes: { team: "a" }, configType: "CONFIG_TYPE_OTEL", enabled: true },
      ],
      ["pipeline.v1.PipelineService/CreatePipeline", { pipeline: { name: "b", contents: "x", matchers: [], enabled: true } }],
      ["pipeline.v1.PipelineService/GetPipelineID", { name: "b" }],
      ["pipeline.v1.PipelineService/GetPipeline", { id: created.id }],
      ["pipeline.v1.PipelineService/UpdatePipeline", { pipeline: { ...created, enabled: false } }],
      ["pipeline.v1.PipelineService/DeletePipeline", { id: created.id }],
      ["pipeline.v1.PipelineService/CreatePipeline", { pipeline: { name: "c", contents: "x", matchers: [] } }],
      ["pipeline.v1.PipelineService/BulkDeletePipelines", { ids: [again.id] }],
      ["tenant.v1.TenantService/GetLimits", {}],
    ]);
  });
});

describe("FleetClient errors and retries", () => {
  it("reads the Connect code and message from the body and does not retry invalid_argument", async () => {
    const { client, emulator } = await setup();
    const error = await client.upsertPipeline({ name: "bad", contents: "INVALID", matchers: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetApiError);
    expect((error as FleetApiError).code).toBe("invalid_argument");
    expect((error as FleetApiError).serverMessage).toBe('pipeline "bad": invalid Alloy configuration: 1:1: unexpected INVALID');
    expect(emulator.requests).toHaveLength(1);
  });

  it("retries unavailable until it succeeds", async () => {
    const { client, emulator } = await setup({ failRate: 0.5, seed: 7 });
    await client.listPipelines();
    expect(emulator.requests.map((r) => r.code ?? r.status)).toEqual(["unavailable", "unavailable", 200]);
  });

  it("gives up after maxRetries", async () => {
    const { emulator } = await setup({ failRate: 1 });
    const client = new FleetClient({
      credentials: { url: emulator.url, username: emulator.username, token: emulator.token },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: { ...fastRetry, maxRetries: 2 },
    });
    await expect(client.listPipelines()).rejects.toMatchObject({ code: "unavailable" });
    expect(emulator.requests).toHaveLength(3);
  });

  it("retries dropped connections", async () => {
    // Seed 7 draws 0.01, 0.06, 0.98: two drops, then an answer.
    const { client, emulator } = await setup({ dropConnections: 0.5, seed: 7 });
    await client.listPipelines();
    expect(emulator.requests.map((r) => r.code ?? r.status)).toEqual(["dropped", "dropped", 200]);
  });

  it("times out and reports it without the token", async () => {
    const { emulator } = await setup({ latencyMs: 300 });
    const client = new FleetClient({
      credentials: { url: emulator.url, username: emulator.username, token: emulator.token },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: { ...fastRetry, maxRetries: 1 },
      timeoutMs: 50,
    });
    const error = await client.listPipelines().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetNetworkError);
    expect((error as FleetNetworkError).kind).toBe("timeout");
    expect(String(error)).not.toContain(emulator.token);
  });

  it("does not retry a wrong token, and never shows it", async () => {
    const { emulator } = await setup();
    const events: string[] = [];
    const client = new FleetClient({
      credentials: { url: emulator.url, username: emulator.username, token: "wrong-token-value" },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: fastRetry,
      onEvent: (e) => events.push(JSON.stringify(e)),
    });
    const error = await client.listPipelines().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unauthenticated" });
    expect(emulator.requests).toHaveLength(1);
    expect(`${String(error)} ${(error as Error).stack} ${events.join()}`).not.toContain("wrong-token-value");
  });

  it("scrubs a server message that echoes the token", () => {
    const client = new FleetClient({ credentials: { url: "https://x", username: "u", token: "tok-123" } });
    expect(client.scrub("bad token tok-123 in header")).toBe("bad token [redacted] in header");
    const pair = Buffer.from("u:tok-123").toString("base64");
    expect(client.scrub(`Authorization: Basic ${pair}`)).toBe("Authorization: Basic [redacted]");
  });

  it("falls back to the HTTP status when the body is not Connect JSON", async () => {
    const client = new FleetClient({
      credentials: { url: "https://x", username: "u", token: "t" },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: { ...fastRetry, maxRetries: 0 },
      fetch: async () => new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    });
    await expect(client.listPipelines()).rejects.toMatchObject({ code: "unavailable", httpStatus: 502 });
  });
});

describe("FleetClient against the server's rate limit", () => {
  it("retries resource_exhausted (HTTP 429) after backing off", async () => {
    const { emulator } = await setup({ rateLimit: 1 });
    // A client allowed to go faster than the server: it must back off until the window has passed.
    const client = new FleetClient({
      credentials: { url: emulator.url, username: emulator.username, token: emulator.token },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: { baseDelayMs: 200, maxDelayMs: 2000 },
    });
    await Promise.all([client.listPipelines(), client.listPipelines()]);
    const codes = emulator.requests.map((r) => r.code ?? r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(2);
    expect(codes).toContain("resource_exhausted");
    expect(emulator.requests.find((r) => r.code === "resource_exhausted")?.status).toBe(429);
  });
});

describe("FleetClient without a server", () => {
  it("reports a refused connection as a network error after its retries", async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const client = new FleetClient({
      credentials: { url: `http://127.0.0.1:${port}`, username: "12345", token: "glc_refused_token" },
      limiter: new RateLimiter({ limit: 1000 }),
      retry: { ...fastRetry, maxRetries: 1 },
    });
    const error = await client.listPipelines().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetNetworkError);
    expect(error).toMatchObject({ kind: "connection" });
    expect((error as Error).message).toMatch(/^pipeline\.v1\.PipelineService\/ListPipelines: connection failed: .*ECONNREFUSED/);
  });
});
