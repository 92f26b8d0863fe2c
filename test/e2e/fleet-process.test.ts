/**
 * What only separate processes show (issue #11): the built CLI interrupted
 * while SyncPipelines is in flight, several CLIs sharing one rate budget,
 * token files that are not safe, and the emulator decoding requests as a
 * protojson server would. The signal and budget cases need `npm run build`.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import type { JsonObject } from "../../src/fleet/messages.js";
import { copyFixture, maxPerSecond, runCli, type Repo } from "./fleet-helpers.js";

const BIN = join(import.meta.dirname, "../../dist/src/cli/main.js");
// `npm test` builds first (pretest): a missing build must fail these tests, never skip them.
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);

let emulator: RunningEmulator | undefined;
const repos: Repo[] = [];

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const r of repos.splice(0)) r.cleanup();
});

const owned = (names: string[]): JsonObject[] =>
  names.map((name) => ({ name, contents: `// ${name}\n`, matchers: ["env=prod"], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" } }));

function envOf(em: RunningEmulator): Record<string, string> {
  return { FLEET_MANAGEMENT_URL: em.url, FLEET_MANAGEMENT_USERNAME: em.username, FLEET_MANAGEMENT_TOKEN: em.token };
}

function runBin(args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stderr })));
  return { child, exited };
}

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(process.platform === "win32")("signals during a send (built CLI)", () => {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    it(`${signal} while SyncPipelines is in flight: unknown outcome, exit ${code}`, async () => {
      emulator = await startEmulator({ faults: ["sync-no-answer"], pipelines: owned(["app-logs", "node-metrics", "old-1", "old-2", "old-3"]) });
      const repo = copyFixture("fleet-basic");
      repos.push(repo);
      const { child, exited } = runBin(["sync", "--max-deletes", "3"], repo.dir, envOf(emulator));
      await until(() => emulator!.requests.some((r) => r.procedure.endsWith("SyncPipelines")));
      await new Promise((r) => setTimeout(r, 200));
      child.kill(signal);
      const result = await exited;
      expect(result.stderr).toContain(`interrupted (${signal}) while SyncPipelines for namespace 'payments-repo' was in flight: the outcome is unknown`);
      expect(result.stderr).toContain("run `fleetlint plan`");
      expect(result.code).toBe(code);
    });
  }
});

describe("one rate budget per credentials across processes (built CLI)", () => {
  it("four concurrent plans stay within 3 requests per second together", async () => {
    emulator = await startEmulator();
    const runs = Array.from({ length: 4 }, () => {
      const repo = copyFixture("fleet-basic");
      repos.push(repo);
      return runBin(["plan"], repo.dir, envOf(emulator!)).exited;
    });
    const results = await Promise.all(runs);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(emulator.requests.length).toBeGreaterThanOrEqual(12);
    expect(emulator.requests.filter((r) => r.code === "resource_exhausted")).toEqual([]);
    expect(maxPerSecond(emulator.requests)).toBeLessThanOrEqual(3);
  });
});

describe.skipIf(process.platform === "win32")("token files", () => {
  it("refuses a token file that is not a regular file, without hanging", async () => {
    emulator = await startEmulator();
    const repo = copyFixture("fleet-basic");
    repos.push(repo);
    execFileSync("mkfifo", [join(repo.dir, "token.fifo")]);
    const { FLEET_MANAGEMENT_TOKEN: _unused, ...env } = envOf(emulator);
    const result = await runCli(["plan", "--token-file", "token.fifo"], repo.dir, env);
    expect(result.stderr).toContain("Refusing --token-file token.fifo: not a regular file");
    expect(result.code).toBe(2);
  });

  it("warns when the token file is readable by group or others, and still works", async () => {
    emulator = await startEmulator();
    const repo = copyFixture("fleet-basic");
    repos.push(repo);
    const path = join(repo.dir, "token");
    writeFileSync(path, `${emulator.token}\n`);
    chmodSync(path, 0o644);
    const { FLEET_MANAGEMENT_TOKEN: _unused, ...env } = envOf(emulator);
    const result = await runCli(["plan", "--token-file", "token"], repo.dir, env);
    expect(result.stderr).toContain("warning: --token-file token is readable by its group and others; restrict it with `chmod 600`");
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(emulator.token);
  });
});

describe("the emulator decodes as a protojson server", () => {
  async function post(method: string, body: unknown, service = "pipeline.v1.PipelineService") {
    const response = await fetch(`${emulator!.url}/${service}/${method}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Basic ${Buffer.from(`${emulator!.username}:${emulator!.token}`).toString("base64")}` },
      body: JSON.stringify(body),
    });
    await new Promise((r) => setTimeout(r, 350)); // stay under the emulator's 3 rps
    return { status: response.status, text: await response.text() };
  }

  it("rejects wrong enum spellings, ignores unknown fields, writes int64 as strings and leaves empty lists out", async () => {
    emulator = await startEmulator({ rateLimit: 0 });
    expect(await post("ListPipelines", { futureFilter: true })).toEqual({ status: 200, text: "{}" });
    const wrongEnum = await post("SyncPipelines", { source: { type: "GIT", namespace: "n" }, pipelines: [] });
    expect(wrongEnum.status).toBe(400);
    expect(wrongEnum.text).toContain("invalid_argument");
    const ok = await post("SyncPipelines", { source: { type: "SOURCE_TYPE_GIT", namespace: "n" }, pipelines: [{ name: "p", contents: "// p\n", enabled: true, unknownField: 1 }], extra: "x" });
    expect(ok.status).toBe(200);
    const listed = JSON.parse((await post("ListPipelines", {})).text) as { pipelines: JsonObject[] };
    expect(listed.pipelines[0]).not.toHaveProperty("matchers");
    expect(listed.pipelines[0].name).toBe("p");
    const limits = JSON.parse((await post("GetLimits", {}, "tenant.v1.TenantService")).text) as JsonObject;
    expect(limits.pipelines).toBe("200");
  });
});
