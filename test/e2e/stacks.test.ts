/**
 * Many stacks in one repository: two targets on two stacks (two emulators,
 * each with its own instance ID and token), their credentials named in the
 * config (environment variable names) or selected by the `stack` key
 * (FLEET_MANAGEMENT_<STACK>_*). One run plans and syncs both, each with its
 * own credentials and its own rate limit; `--target` narrows plan, sync,
 * import and check --online; errors name the target.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import { maxPerSecond, methods, runCli } from "./fleet-helpers.js";

const running: RunningEmulator[] = [];
let dir: string | undefined;

afterEach(async () => {
  for (const emulator of running.splice(0)) {
    // Each stack has its own budget: neither emulator ever saw more than its 3 requests a second.
    expect(maxPerSecond(emulator.requests)).toBeLessThanOrEqual(3);
    expect(emulator.requests.filter((r) => r.code === "resource_exhausted")).toEqual([]);
    await emulator.close();
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const ALLOY = 'prometheus.exporter.self "default" { }\n';

function write(path: string, text: string): void {
  const file = join(dir as string, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
}

/** A repository with an EU target (credentials named in the config) and a US target (stack key). */
async function twoStacks() {
  const eu = await startEmulator({ username: "111111", token: "eu-token-3b1c" });
  const us = await startEmulator({ username: "222222", token: "us-token-9f7e" });
  running.push(eu, us);
  dir = mkdtempSync(join(tmpdir(), "fleetlint-stacks-"));
  write(
    "fleetlint.config.yaml",
    `targets:
  - name: eu
    root: eu
    namespace: platform-eu
    stack: eu-prod
    credentials:
      urlEnv: FM_EU_URL
      usernameEnv: FM_EU_USER
      tokenEnv: FM_EU_TOKEN
  - root: us
    namespace: platform-us
    stack: us-prod
`,
  );
  write("eu/eu-metrics.yaml", "enabled: true\nmatchers:\n  - region=eu\n");
  write("eu/eu-metrics.alloy", ALLOY);
  write("us/us-metrics.yaml", "enabled: true\nmatchers:\n  - region=us\n");
  write("us/us-metrics.alloy", ALLOY);
  const env = {
    FM_EU_URL: eu.url,
    FM_EU_USER: eu.username,
    FM_EU_TOKEN: eu.token,
    FLEET_MANAGEMENT_US_PROD_URL: us.url,
    FLEET_MANAGEMENT_US_PROD_USERNAME: us.username,
    FLEET_MANAGEMENT_US_PROD_TOKEN: us.token,
  };
  // An `undefined` in `extra` leaves the variable unset (process.env would store the string "undefined").
  const cli = (args: string[], extra: Record<string, string | undefined> = {}) =>
    runCli(args, dir as string, Object.fromEntries(Object.entries({ ...env, ...extra }).filter(([, value]) => value !== undefined)));
  return { eu, us, env, cli };
}

describe("two stacks with different credentials", () => {
  it("plans and syncs every target against its own stack in one run", async () => {
    const { eu, us, cli } = await twoStacks();
    const plan = await cli(["plan", "--format", "json"]);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    const targets = (JSON.parse(plan.stdout) as { targets: { namespace: string; stack: string; create: string[]; wouldSync: boolean }[] }).targets;
    expect(targets.map((t) => [t.namespace, t.stack, t.create, t.wouldSync])).toEqual([
      ["platform-eu", "eu-prod", ["eu-metrics"], true],
      ["platform-us", "us-prod", ["us-metrics"], true],
    ]);

    const sync = await cli(["sync"]);
    expect(sync.code).toBe(0);
    expect(sync.stderr).toContain("applied namespace 'platform-eu' (stack 'eu-prod')");
    expect(sync.stderr).toContain("applied namespace 'platform-us' (stack 'us-prod')");
    // Each stack holds only its own target's pipelines, sent with its own credentials.
    expect(eu.store.all().map((p) => p.name)).toEqual(["eu-metrics"]);
    expect(us.store.all().map((p) => p.name)).toEqual(["us-metrics"]);
    expect(methods(eu.requests)).toContain("SyncPipelines");
    expect(methods(us.requests)).toContain("SyncPipelines");
    expect(eu.requests.every((r) => r.code !== "unauthenticated") && us.requests.every((r) => r.code !== "unauthenticated")).toBe(true);

    const after = await cli(["plan", "--detailed-exitcode"]);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Target namespace 'platform-eu' (stack 'eu-prod'): no changes, 1 unchanged");
    expect(after.stdout).toContain("Target namespace 'platform-us' (stack 'us-prod'): no changes, 1 unchanged");
  });

  it("--target limits plan, sync, import and check --online to the named targets", async () => {
    const { eu, us, cli } = await twoStacks();
    const plan = await cli(["plan", "--target", "platform-us", "--format", "json"]);
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { targets: { namespace: string }[] }).targets.map((t) => t.namespace)).toEqual(["platform-us"]);
    expect(eu.requests).toEqual([]);

    // The EU target is named by its `name`; only its stack is touched, and the US credentials are not even needed.
    const sync = await cli(["sync", "--target", "eu"], { FLEET_MANAGEMENT_US_PROD_TOKEN: undefined, FLEET_MANAGEMENT_US_PROD_USERNAME: undefined, FLEET_MANAGEMENT_US_PROD_URL: undefined });
    expect(sync.stderr).not.toContain("platform-us");
    expect(sync.code).toBe(0);
    expect(eu.store.all().map((p) => p.name)).toEqual(["eu-metrics"]);
    expect(us.store.all()).toEqual([]);

    const both = await cli(["plan", "--target", "eu", "--target", "platform-us", "--format", "json"]);
    expect((JSON.parse(both.stdout) as { targets: unknown[] }).targets).toHaveLength(2);

    const usRequests = us.requests.length;
    const check = await cli(["check", "--online", "--target", "eu"]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(us.requests.length).toBe(usRequests);

    const imported = await cli(["import", "--target", "eu", "--into", "restored"]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain("imported 1 pipeline of namespace 'platform-eu'");
    expect(existsSync(join(dir as string, "restored/eu-metrics.yaml"))).toBe(true);

    const unknown = await cli(["plan", "--target", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown target 'nope' (--target): the config has 'eu', 'platform-us'");
  });

  it("errors name the target and the variables it reads", async () => {
    const { cli } = await twoStacks();
    const missing = await cli(["plan"], { FLEET_MANAGEMENT_US_PROD_TOKEN: undefined });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("target 'platform-us' (stack 'us-prod'): Missing Fleet Management token: set FLEET_MANAGEMENT_US_PROD_TOKEN");

    const wrong = await cli(["plan"], { FM_EU_TOKEN: "not-the-eu-token" });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("target 'eu' (stack 'eu-prod'): Fleet Management rejected the credentials (unauthenticated): check FM_EU_USER (the instance ID) and FM_EU_TOKEN");
    expect(wrong.stdout + wrong.stderr).not.toContain("not-the-eu-token");
  });
});
