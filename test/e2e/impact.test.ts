/**
 * The blast radius end to end: the emulator serves a collector inventory,
 * `plan` reports which collectors each change reaches (JSON, text, markdown),
 * `match --online` agrees with `match --collectors` on the same fleet, and
 * the inventory is listed once per stack within the rate limit.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StartOptions } from "../../src/fleet/emulator/index.js";
import type { JsonObject } from "../../src/fleet/messages.js";
import { emulatorSessions, methods } from "./fleet-helpers.js";

const session = emulatorSessions("fleet-basic");

/** Five collectors: three prod Linux payments boxes (one disabled), one staging, one OTel. */
const FLEET: JsonObject[] = [
  { id: "c1", name: "web-1", localAttributes: { "collector.os": "linux", team: "payments", env: "prod" } },
  { id: "c2", name: "web-2", collectorType: "COLLECTOR_TYPE_ALLOY", localAttributes: { "collector.os": "linux", team: "payments", env: "staging" }, remoteAttributes: { env: "prod" } },
  { id: "c3", name: "web-3", enabled: false, localAttributes: { "collector.os": "linux", team: "payments", env: "prod" } },
  { id: "c4", name: "stage-1", localAttributes: { "collector.os": "linux", team: "payments", env: "staging" } },
  { id: "c5", name: "otel-1", collectorType: "COLLECTOR_TYPE_OTEL", localAttributes: { "collector.os": "linux", team: "payments", env: "prod" } },
];

function setup(options: StartOptions = {}) {
  return session({ collectors: FLEET, ...options });
}

interface ImpactJson {
  pipeline: string;
  change: string;
  before: number;
  after: number;
  gained: string[];
  lost: string[];
}

describe("plan with the collector inventory", () => {
  it("shows per change who gains and loses the pipeline, listing the inventory once per stack", async () => {
    const { cli, emulator, repo } = await setup();
    const first = await cli("plan", "--format", "json");
    expect(first.code).toBe(0);
    const target = JSON.parse(first.stdout).targets[0];
    // app-logs is disabled: it reaches nobody. node-metrics reaches the enabled prod Linux Alloy collectors,
    // c2 through its remote env=prod; c3 is disabled, c5 runs OTel.
    expect(target.impact).toEqual([
      { pipeline: "app-logs", change: "create", before: 0, after: 0, gained: [], lost: [] },
      { pipeline: "node-metrics", change: "create", before: 0, after: 2, gained: ["c1", "c2"], lost: [] },
    ]);
    expect(target.collectorsChanged).toBe(2);
    const lists = (): string[] => methods(emulator.requests).filter((m) => m.startsWith("List"));
    expect(lists().sort()).toEqual(["ListCollectors", "ListPipelines"]);

    expect((await cli("sync")).code).toBe(0);
    repo.write("pipelines/app-logs.yaml", "enabled: true\nmatchers:\n  - team=payments\n");
    repo.write("pipelines/node-metrics.yaml", "enabled: true\nmatchers:\n  - collector.ID=c1\n");
    const second = JSON.parse((await cli("plan", "--format", "json")).stdout).targets[0];
    expect(second.impact).toEqual([
      { pipeline: "app-logs", change: "update", before: 0, after: 2, gained: ["c1", "c2"], lost: [] },
      { pipeline: "node-metrics", change: "update", before: 2, after: 1, gained: [], lost: ["c2"] },
    ]);
    // The global env=prod keeps stage-1 out, so nothing reaches every Alloy collector.
    expect(second.impactWarnings).toEqual([]);

    const text = await cli("plan");
    expect(text.stdout).toContain("~ update   app-logs (enabled)\n      enabled: false -> true\n      collectors 0 → 2\n      gains 2: web-1 (c1), web-2 (c2)");
    expect(text.stdout).toContain("      loses 1: web-2 (c2)");
    expect(text.stdout).toContain("Blast radius: 2 collectors change configuration (of 3 Alloy and 1 OTel enabled collectors)");
    const markdown = await cli("plan", "--format", "markdown");
    expect(markdown.stdout).toContain("| action | pipeline | details | collectors |");
    expect(markdown.stdout).toContain("| update | `node-metrics` | matchers | 2 → 1 (−1) |");
    expect(markdown.stdout).toContain("- `node-metrics` (update): loses 1: <code>web-2 (c2)</code>");
  });

  it("warns when a change reaches no collector or drops most of its collectors", async () => {
    const { cli, repo } = await setup();
    expect((await cli("sync")).code).toBe(0);
    repo.write("pipelines/node-metrics.yaml", "enabled: true\nmatchers:\n  - collector.os=darwin\n");
    const target = JSON.parse((await cli("plan", "--format", "json")).stdout).targets[0];
    const codes = target.impactWarnings.map((w: { code: string }) => w.code);
    expect(codes).toEqual(["reaches-none", "loses-most"]);
    const text = (await cli("plan")).stdout;
    expect(text).toContain("warning: Pipeline 'node-metrics' reaches no collector: none of the 3 enabled Alloy collectors match its matchers");
    expect(text).toContain("warning: Pipeline 'node-metrics' stops reaching 2 of the 2 collectors it reaches today");
  });

  it("--no-collectors plans without the inventory; --collectors FILE uses a file instead", async () => {
    const { cli, emulator, repo } = await setup();
    const none = JSON.parse((await cli("plan", "--format", "json", "--no-collectors")).stdout).targets[0];
    expect(none.impact).toBeUndefined();
    expect(methods(emulator.requests).filter((m) => m.startsWith("List"))).toEqual(["ListPipelines"]);
    const file = join(repo.dir, "fleet.yaml");
    writeFileSync(file, "- id: a\n  local_attributes: {collector.os: linux, team: payments, env: prod}\n- id: b\n  enabled: false\n  local_attributes: {env: prod}\n");
    const fromFile = JSON.parse((await cli("plan", "--format", "json", "--collectors", file)).stdout).targets[0];
    expect(fromFile.impact.find((i: ImpactJson) => i.pipeline === "node-metrics")).toMatchObject({ after: 1, gained: ["a"] });
    expect(methods(emulator.requests).filter((m) => m === "ListCollectors")).toEqual([]);
  });

  it("follows nextPageToken when the server pages", async () => {
    const { cli, emulator } = await setup({ collectorPageSize: 2 });
    const target = JSON.parse((await cli("plan", "--format", "json")).stdout).targets[0];
    expect(target.impact[1]).toMatchObject({ pipeline: "node-metrics", after: 2, gained: ["c1", "c2"] });
    expect(methods(emulator.requests).filter((m) => m === "ListCollectors")).toHaveLength(3);
  });

  it("retries the listing through the emulator's injected failures", async () => {
    const { cli, emulator } = await setup({ failRate: 0.5, seed: 3 });
    const result = await cli("plan", "--format", "json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).targets[0].impact[1].after).toBe(2);
    expect(emulator.requests.some((r) => r.code === "unavailable")).toBe(true);
  });
});

describe("check --online with the collector inventory", () => {
  it("reports a pipeline that reaches no collector today as info: shown, exit 0, not a warning", async () => {
    const { cli, repo } = await setup();
    repo.write("pipelines/node-metrics.yaml", "name: node-metrics\nenabled: true\nmatchers:\n  - collector.os=darwin\n");
    const run = await cli("check", "--online", "--max-warnings", "0", "--no-color");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "pipelines/node-metrics.yaml:3:1: info Pipeline 'node-metrics' reaches no collector today: none of the 3 enabled Alloy collectors of stack 'prod' match its matchers [pipeline-reach]",
    );
    const results = JSON.parse((await cli("check", "--online", "--format", "json")).stdout) as { infoCount: number; warningCount: number; messages: { ruleId: string; severity: number }[] }[];
    const reach = results.flatMap((r) => r.messages).filter((m) => m.ruleId === "pipeline-reach");
    expect(reach).toEqual([expect.objectContaining({ severity: 3 })]);
    const sarif = JSON.parse((await cli("check", "--online", "--format", "sarif")).stdout) as { runs: { results: { ruleId: string; level: string }[] }[] };
    expect(sarif.runs[0].results.filter((r) => r.ruleId === "pipeline-reach").map((r) => r.level)).toEqual(["note"]);
  });
});

describe("match --online", () => {
  it("agrees with match --collectors on the same fleet", async () => {
    const { cli, repo } = await setup();
    const file = join(repo.dir, "fleet.json");
    writeFileSync(file, JSON.stringify({ collectors: FLEET }));
    const online = await cli("match", "--online", "--format", "json");
    const offline = await cli("match", "--collectors", file, "--format", "json");
    expect(online.code).toBe(0);
    expect(offline.code).toBe(0);
    expect(JSON.parse(online.stdout)).toEqual(JSON.parse(offline.stdout));
    const results = JSON.parse(online.stdout) as { id: string; pipelines: string[]; disabled: string[]; enabled?: boolean }[];
    expect(results.map((r) => [r.id, r.pipelines, r.disabled, r.enabled])).toEqual([
      ["c1", ["node-metrics"], ["app-logs"], undefined],
      ["c2", ["node-metrics"], ["app-logs"], undefined],
      ["c3", [], [], false],
      ["c4", [], [], undefined],
      ["c5", [], [], undefined],
    ]);
    expect((await cli("match", "--online")).stdout).toContain("collector web-3 (c3): ");
  });

  it("--collector-id picks one collector; an unknown id is an error", async () => {
    const { cli } = await setup();
    const one = await cli("match", "--online", "--collector-id", "c2", "--format", "json");
    expect(JSON.parse(one.stdout)).toEqual([
      { collector: { "collector.os": "linux", team: "payments", env: "prod", "collector.ID": "c2" }, id: "c2", name: "web-2", pipelines: ["node-metrics"], disabled: ["app-logs"] },
    ]);
    const missing = await cli("match", "--online", "--collector-id", "nope");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Unknown collector id 'nope'");
    const alone = await cli("match", "--collector-id", "c2");
    expect(alone.code).toBe(2);
  });
});
