/**
 * The built binary end to end: `fleetlint emulator` started as a child
 * process on a random port, then `plan`, `sync` and a wrong token through
 * the binary. Needs `npm run build` (npm test runs it first); without dist/
 * this file says so and skips.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, type Repo } from "./fleet-helpers.js";

const BIN = join(import.meta.dirname, "../../dist/src/cli/main.js");
// `npm test` builds first (pretest): a missing build must fail these tests, never skip them.
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);

let emulator: ChildProcess | undefined;
let repo: Repo;
let env: Record<string, string>;
const TOKEN = "emulator-token-7f3a9c";

function fleetlint(args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repo.dir, env: { ...process.env, ...env, ...extraEnv, NO_COLOR: "1" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("built CLI against `fleetlint emulator`", () => {
  beforeAll(async () => {
    repo = copyFixture("fleet-basic");
    const tokenFile = join(repo.dir, "emulator.token");
    writeFileSync(tokenFile, `${TOKEN}\n`);
    emulator = spawn(process.execPath, [BIN, "emulator", "--port", "0", "--token-file", tokenFile, "--username", "12345"], { stdio: ["ignore", "pipe", "pipe"] });
    const banner = await new Promise<string>((resolve, reject) => {
      let out = "";
      emulator!.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("FLEET_MANAGEMENT_TOKEN")) resolve(out);
      });
      emulator!.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
    });
    const url = /export FLEET_MANAGEMENT_URL=(\S+)/.exec(banner)?.[1] ?? "";
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(banner).toContain("export FLEET_MANAGEMENT_USERNAME=12345");
    expect(banner).not.toContain(TOKEN);
    env = { FLEET_MANAGEMENT_URL: `${url}/pipeline.v1.PipelineService/`, FLEET_MANAGEMENT_USERNAME: "12345", FLEET_MANAGEMENT_TOKEN: TOKEN };
  });

  afterAll(() => {
    emulator?.kill("SIGTERM");
    repo?.cleanup();
  });

  it("rejects a wrong token with exit 2 and never prints it", () => {
    const wrong = "wrong-token-d41d8cd98f";
    const result = fleetlint(["plan", "--verbose"], { FLEET_MANAGEMENT_TOKEN: wrong });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Fleet Management rejected the credentials (unauthenticated)");
    expect(result.stdout + result.stderr).not.toContain(wrong);
    expect(result.stdout + result.stderr).not.toContain(Buffer.from(`12345:${wrong}`).toString("base64"));
  });

  it("plans, syncs and then plans no changes", () => {
    const before = fleetlint(["plan", "--format", "json"]);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).targets[0].create).toEqual(["app-logs", "node-metrics"]);
    const sync = fleetlint(["sync"]);
    expect(sync.stderr).toContain("applied namespace 'payments-repo'");
    expect(sync.code).toBe(0);
    const after = fleetlint(["plan"]);
    expect(after.stdout).toBe("Target namespace 'payments-repo' (stack 'prod'): no changes, 2 unchanged\n");
    expect(sync.stdout + sync.stderr + after.stdout + after.stderr).not.toContain(TOKEN);
  });
});
