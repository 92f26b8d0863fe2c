/**
 * `plan` says everything `sync` will do or refuse (issue #15), against the
 * emulator with the CLI in-process: the JSON contract (additive: the first
 * version's fields unchanged), matcher and field before/after, blocked
 * takeovers, lint counts and `wouldSync` with reasons, the text and markdown
 * lines, `--detailed-exitcode` with Terraform's meanings, and what `sync` and
 * `check --online` then say.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator, type StartOptions } from "../../src/fleet/emulator/index.js";
import { copyFixture, runCli, type Repo } from "./fleet-helpers.js";

let emulator: RunningEmulator | undefined;
let repo: Repo | undefined;

afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  emulator = undefined;
  repo = undefined;
});

async function setup(options: StartOptions = {}) {
  emulator = await startEmulator(options);
  repo = copyFixture("fleet-basic");
  const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  const dir = repo.dir;
  const cli = (...args: string[]) => runCli(args, dir, env);
  return { emulator, repo, env, cli };
}

const grafanaOwned = { name: "node-metrics", contents: "// managed by Grafana\n", matchers: [], enabled: true, source: { type: "SOURCE_TYPE_GRAFANA", namespace: "" } };

describe("plan JSON contract", () => {
  it("keeps every first-version field and adds lint, wouldSync, before/after and blocked", async () => {
    const { cli } = await setup({ pipelines: [grafanaOwned, { name: "app-logs", contents: "x", matchers: ["team=payments", "tier=gold"], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" } }] });
    const result = await cli("plan", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["lint", "targets"]);
    expect(json.lint).toEqual({ errors: 0, warnings: 0 });
    const [target] = json.targets as Record<string, unknown>[];
    // The first version's fields, same names, same meaning.
    expect(target).toMatchObject({ namespace: "payments-repo", stack: "prod", create: [], delete: [], unchanged: [] });
    expect(target.update).toEqual([
      {
        name: "app-logs",
        fields: ["contents", "matchers", "enabled"],
        matchers: { before: ["team=payments", "tier=gold"], after: ["team=payments", "env=prod"] },
        enabled: { before: true, after: false },
      },
    ]);
    expect(target.takeover).toEqual([
      {
        name: "node-metrics",
        source: "SOURCE_TYPE_GRAFANA",
        blocked: true,
        reason: "managed by Grafana: no flag lets a sync overwrite it; rename the pipeline in the repository",
      },
    ]);
    expect(target.wouldSync).toBe(false);
    expect(target.reasons).toEqual([expect.stringContaining("Disallowed overwrite of Grafana-managed pipeline 'node-metrics'")]);
  });

  it("shows the matcher diff and the blocked takeover in text and markdown", async () => {
    const { cli } = await setup({ pipelines: [grafanaOwned, { name: "app-logs", contents: "x", matchers: ["team=payments", "tier=gold"], enabled: false, source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" } }] });
    const text = await cli("plan");
    expect(text.stdout).toContain(["  ~ update   app-logs (contents, matchers)", "      matchers:", "        - tier=gold", "          team=payments", "        + env=prod"].join("\n"));
    expect(text.stdout).toContain("  x blocked  node-metrics (owned by SOURCE_TYPE_GRAFANA; changes contents, matchers): managed by Grafana: no flag lets a sync overwrite it");
    expect(text.stdout).toContain("  sync would refuse this target:\n    Disallowed overwrite of Grafana-managed pipeline 'node-metrics'");
    const markdown = await cli("plan", "--format", "markdown");
    expect(markdown.stdout).toContain("| **blocked** | `node-metrics` | owned by `SOURCE_TYPE_GRAFANA`: managed by Grafana");
    expect(markdown.stdout).toContain("```diff\n- tier=gold\n  team=payments\n+ env=prod\n```");
    expect(markdown.stdout).toContain("**Sync would refuse this target:**");
  });

  it("counts lint errors and says sync would refuse, on every target and at the top", async () => {
    const { cli, repo } = await setup();
    repo.write("pipelines/app-logs.yaml", "enabled: true\nmatchers:\n  - team~payments\n");
    const json = JSON.parse((await cli("plan", "--format", "json")).stdout) as { lint: { errors: number }; targets: { create: string[]; wouldSync: boolean; reasons: string[] }[] };
    expect(json.lint.errors).toBeGreaterThan(0);
    expect(json.targets[0].create).toEqual(["app-logs", "node-metrics"]);
    expect(json.targets[0].wouldSync).toBe(false);
    expect(json.targets[0].reasons[0]).toMatch(/^\d+ lint errors?: sync sends nothing while `fleetlint check` reports errors$/);
    const text = await cli("plan");
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[0]).toMatch(/^Sync would refuse: \d+ lint errors?: sync sends nothing/);
    const markdown = await cli("plan", "--format", "markdown");
    expect(markdown.stdout).toContain("> **Sync would refuse:**");
  });

  it("judges the guards with the flags sync would get", async () => {
    const { cli } = await setup({ pipelines: [{ ...grafanaOwned, name: "app-logs", source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } }] });
    const plain = JSON.parse((await cli("plan", "--format", "json")).stdout) as { targets: { wouldSync: boolean; takeover: { blocked: boolean }[] }[] };
    expect(plain.targets[0].takeover[0].blocked).toBe(false);
    expect(plain.targets[0].wouldSync).toBe(false);
    const adopted = JSON.parse((await cli("plan", "--format", "json", "--adopt")).stdout) as { targets: { wouldSync: boolean; reasons?: string[] }[] };
    expect(adopted.targets[0]).toMatchObject({ wouldSync: true });
    expect(adopted.targets[0].reasons).toBeUndefined();
  });
});

describe("plan --detailed-exitcode", () => {
  it("exits 2 with changes, 0 without, 1 on any error (also a sync that would be refused)", async () => {
    const { cli, env, repo } = await setup();
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(2);
    expect((await cli("sync")).code).toBe(0);
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(0);
    expect((await cli("plan")).code).toBe(0);

    const badToken = await runCli(["plan", "--detailed-exitcode"], repo.dir, { ...env, FLEET_MANAGEMENT_TOKEN: "wrong" });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toContain("rejected the credentials");
    expect((await cli("plan", "--detailed-exitcode", "--format", "yaml")).code).toBe(1);

    repo.write("pipelines/app-logs.yaml", "enabled: true\nmatchers:\n  - team~payments\n");
    expect((await cli("plan", "--detailed-exitcode")).code).toBe(1);
    expect((await cli("plan")).code).toBe(0);
  });
});

describe("what sync and check --online say about a Grafana-managed name", () => {
  it("sync states the refusal first, at the definition file; check --online says sync will refuse", async () => {
    const { cli } = await setup({ pipelines: [grafanaOwned] });
    const sync = await cli("sync", "--adopt");
    expect(sync.code).toBe(1);
    const lines = sync.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^pipelines\/node-metrics\.yaml:\d+:\d+: error Disallowed overwrite of Grafana-managed pipeline 'node-metrics'/);
    expect(lines.at(-1)).toContain("nothing was sent");
    const check = await cli("check", "--online");
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("managed by Grafana; sync will refuse to overwrite it");
    expect(check.stdout).not.toContain("a sync would take it over");
  });
});
