/**
 * plan / sync / import against the emulator on a random loopback port, with
 * the CLI run in-process. Every test also checks, from the emulator's request
 * log, that the client never exceeded 3 requests in any one-second window.
 */
import { readdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FleetClient } from "../../src/fleet/client.js";
import { languageChecker } from "../../src/fleet/emulator/checker.js";
import { startEmulator, type RunningEmulator, type StartOptions } from "../../src/fleet/emulator/index.js";
import { loadLanguages } from "../../src/fleet/languages.js";
import type { JsonObject, PipelineMessage } from "../../src/fleet/messages.js";
import { copyFixture, maxPerSecond, methods, runCli, type Repo } from "./fleet-helpers.js";

let emulator: RunningEmulator | undefined;
let repo: Repo | undefined;

afterEach(async () => {
  if (emulator) {
    expect(maxPerSecond(emulator.requests)).toBeLessThanOrEqual(3);
    expect(emulator.requests.filter((r) => r.code === "resource_exhausted")).toEqual([]);
    await emulator.close();
  }
  repo?.cleanup();
  emulator = undefined;
  repo = undefined;
});

async function setup(options: StartOptions = {}, fixture = "fleet-basic") {
  emulator = await startEmulator(options);
  repo = copyFixture(fixture);
  const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  const cli = (...args: string[]) => runCli(args, (repo as Repo).dir, env);
  return { emulator, repo, env, cli };
}

async function planJson(cli: (...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>) {
  const result = await cli("plan", "--format", "json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { targets: { create: string[]; update: { name: string; fields: string[] }[]; delete: string[]; unchanged: string[]; takeover: { name: string; source: string }[] }[] };
}

const byName = (em: RunningEmulator): Record<string, PipelineMessage> => Object.fromEntries(em.store.all().map((p) => [p.name, p]));
const owned = (namespace: string, names: string[], extra: Partial<JsonObject> = {}): JsonObject[] =>
  names.map((name) => ({ name, contents: `// ${name}\n`, matchers: [], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace }, ...extra }));

describe("fleetlint sync", () => {
  it("first sync creates every pipeline with source, enabled, config type and global matchers", async () => {
    const { cli, emulator } = await setup();
    const first = await cli("sync");
    expect(first.stderr).toContain("applied namespace 'payments-repo' (stack 'prod'): 2 created");
    expect(first.code).toBe(0);
    const server = byName(emulator);
    expect(Object.keys(server).sort()).toEqual(["app-logs", "node-metrics"]);
    expect(server["node-metrics"]).toMatchObject({
      enabled: true,
      configType: "CONFIG_TYPE_ALLOY",
      source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" },
      matchers: ["collector.os=linux", 'team="payments"', "env=prod"],
    });
    expect(server["app-logs"].enabled).toBe(false);
    // An empty listing is confirmed by looking up the names about to be created; the stack is listed again right before the send.
    expect(methods(emulator.requests)).toEqual(["ListPipelines", "GetPipelineID", "GetPipelineID", "ListPipelines", "SyncPipelines", "ListPipelines"]);

    const plan = await planJson(cli);
    expect(plan).toEqual({
      lint: { errors: 0, warnings: 0 },
      targets: [
        {
          namespace: "payments-repo",
          stack: "prod",
          create: [],
          update: [],
          delete: [],
          unchanged: ["app-logs", "node-metrics"],
          takeover: [],
          impact: [],
          collectorsChanged: 0,
          impactWarnings: [],
          wouldSync: true,
        },
      ],
    });
  });

  it("updates changed fields, and ignores the server's reformatting and matcher spelling", async () => {
    const { cli, emulator, repo } = await setup();
    expect((await cli("sync")).code).toBe(0);
    // The server reformats contents and re-quotes matchers: not a change.
    const stored = byName(emulator)["node-metrics"];
    emulator.store.upsert({
      pipeline: { ...stored, contents: stored.contents.replace(/\t/g, "  ").replace(/ {4}= /g, " = "), matchers: ['env="prod"', "team=payments", 'collector.os="linux"'] },
    });
    expect((await planJson(cli)).targets[0].unchanged).toEqual(["app-logs", "node-metrics"]);

    repo.write("pipelines/app-logs.yaml", "enabled: true\nmatchers:\n  - team=payments\n  - tier=web\n");
    repo.write("pipelines/node-metrics.alloy", repo.read("pipelines/node-metrics.alloy").replace('"node" { }', '"node" {\n\tinclude_exporter_metrics = true\n}'));
    const plan = await planJson(cli);
    expect(plan.targets[0].update).toEqual([
      {
        name: "app-logs",
        fields: ["matchers", "enabled"],
        matchers: { before: ["team=payments", "env=prod"], after: ["team=payments", "tier=web", "env=prod"] },
        enabled: { before: false, after: true },
      },
      { name: "node-metrics", fields: ["contents"] },
    ]);
    const text = await cli("plan");
    expect(text.stdout).toContain("~ update   node-metrics (contents)");
    // The matcher change is a diff, not only a field name.
    expect(text.stdout).toContain(["  ~ update   app-logs (matchers, enabled)", "      enabled: false -> true", "      matchers:", "          team=payments", "        + tier=web", "          env=prod"].join("\n"));
    expect(text.stdout).toContain("+\tinclude_exporter_metrics = true");
    const markdown = await cli("plan", "--format", "markdown");
    expect(markdown.stdout).toContain("| update | `node-metrics` | contents |");
    expect(markdown.stdout).toContain("```diff");

    const sync = await cli("sync");
    expect(sync.code).toBe(0);
    expect(sync.stderr).toContain("2 updated");
    expect(byName(emulator)["app-logs"]).toMatchObject({ enabled: true, matchers: ["team=payments", "tier=web", "env=prod"] });
    expect(byName(emulator)["node-metrics"].contents).toContain("include_exporter_metrics = true");
  });

  it("deletes a pipeline whose files were removed", async () => {
    const { cli, emulator, repo } = await setup();
    expect((await cli("sync")).code).toBe(0);
    repo.remove("pipelines/app-logs.yaml");
    repo.remove("pipelines/app-logs.alloy");
    expect((await planJson(cli)).targets[0].delete).toEqual(["app-logs"]);
    const sync = await cli("sync");
    expect(sync.code).toBe(0);
    expect(sync.stdout).toContain("- delete   app-logs");
    expect(Object.keys(byName(emulator))).toEqual(["node-metrics"]);
  });

  it("--dry-run plans and sends nothing", async () => {
    const { cli, emulator } = await setup();
    const result = await cli("sync", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("+ create   app-logs");
    expect(result.stderr).toContain("dry run: nothing was sent");
    expect(methods(emulator.requests)).toEqual(["ListPipelines", "GetPipelineID", "GetPipelineID"]);
    expect(emulator.store.all()).toEqual([]);
  });
});

describe("sync guards", () => {
  it("refuses an empty pipeline set unless --allow-empty", async () => {
    const { cli, emulator, repo } = await setup({ pipelines: owned("payments-repo", ["a", "b"]) });
    for (const f of ["app-logs", "node-metrics"]) for (const ext of ["yaml", "alloy"]) repo.remove(`pipelines/${f}.${ext}`);
    const refused = await cli("sync");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to sync an empty pipeline set to namespace 'payments-repo'");
    expect(refused.stderr).toContain("--allow-empty");
    expect(emulator.store.all()).toHaveLength(2);
    const allowed = await cli("sync", "--allow-empty");
    expect(allowed.code).toBe(0);
    expect(emulator.store.all()).toEqual([]);
  });

  it("refuses more than 5 deletions unless --max-deletes allows them", async () => {
    const { cli, emulator } = await setup({ pipelines: owned("payments-repo", ["o1", "o2", "o3", "o4", "o5", "o6", "app-logs", "node-metrics"]) });
    const refused = await cli("sync");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Too many deletions in namespace 'payments-repo' (stack 'prod'): 6, default limit 5; pass --max-deletes 6");
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
    expect((await cli("sync", "--max-deletes", "5")).code).toBe(1);
    expect((await cli("sync", "--max-deletes", "6")).code).toBe(0);
    expect(Object.keys(byName(emulator)).sort()).toEqual(["app-logs", "node-metrics"]);
  });

  it("refuses deleting more than half of the namespace", async () => {
    const { cli, emulator } = await setup({ pipelines: owned("payments-repo", ["o1", "o2", "o3", "app-logs"]) });
    const refused = await cli("sync");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("3 of its 4 pipelines, more than half; pass --max-deletes 3");
    expect((await cli("sync", "--max-deletes", "3")).code).toBe(0);
    expect(Object.keys(byName(emulator)).sort()).toEqual(["app-logs", "node-metrics"]);
  });

  it("refuses a takeover without --adopt and takes ownership with it", async () => {
    const { cli, emulator } = await setup({
      pipelines: [{ name: "node-metrics", contents: "// terraform\n", matchers: [], enabled: true, source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } }],
    });
    const plan = await planJson(cli);
    expect(plan.targets[0].takeover).toEqual([{ name: "node-metrics", source: "SOURCE_TYPE_TERRAFORM:default", blocked: false }]);
    const refused = await cli("sync");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to take over 'node-metrics' (owned by SOURCE_TYPE_TERRAFORM:default)");
    expect(byName(emulator)["node-metrics"].source?.type).toBe("SOURCE_TYPE_TERRAFORM");
    const adopted = await cli("sync", "--adopt");
    expect(adopted.code).toBe(0);
    expect(adopted.stderr).toContain("1 taken over");
    expect(byName(emulator)["node-metrics"].source).toEqual({ type: "SOURCE_TYPE_GIT", namespace: "payments-repo" });
  });

  it("never overwrites a Grafana-managed pipeline, even with --adopt", async () => {
    const { cli, emulator } = await setup({
      pipelines: [{ name: "app-logs", contents: "// grafana\n", matchers: [], enabled: true, source: { type: "SOURCE_TYPE_GRAFANA", namespace: "" } }],
    });
    const refused = await cli("sync", "--adopt");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Disallowed overwrite of Grafana-managed pipeline 'app-logs'");
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
    expect(byName(emulator)["app-logs"].contents).toBe("// grafana\n");
  });
});

describe("server failures", () => {
  it("retries unavailable answers and still syncs", async () => {
    // Seed 9 draws 0.20, 0.85, 0.14, 0.82, 0.72: with a 30% fail rate the first
    // ListPipelines and the first SyncPipelines are answered 503.
    const { cli, emulator } = await setup({ failRate: 0.3, seed: 9 });
    const result = await cli("sync");
    expect(result.code).toBe(0);
    expect(emulator.requests.map((r) => `${r.procedure.split("/")[1]} ${r.code ?? r.status}`)).toEqual([
      "ListPipelines unavailable",
      "ListPipelines 200",
      "GetPipelineID unavailable",
      "GetPipelineID not_found",
      "GetPipelineID not_found",
      "ListPipelines 200",
      "SyncPipelines unavailable",
      "SyncPipelines 200",
      "ListPipelines unavailable",
      "ListPipelines 200",
    ]);
    expect(Object.keys(byName(emulator)).sort()).toEqual(["app-logs", "node-metrics"]);
  });

  it("reports the server's invalid_argument with the pipeline it names, without retrying", async () => {
    // A server stricter than the local rules: it rejects loki.write in this stack.
    const base = languageChecker(await loadLanguages());
    const { cli, emulator } = await setup({
      checker: {
        ...base,
        problem: (p) => (p.contents.includes("loki.write") ? "component loki.write is not allowed in this stack" : base.problem(p)),
      },
    });
    const result = await cli("sync");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Fleet Management refused the sync of namespace 'payments-repo' (stack 'prod'), pipeline 'app-logs': invalid_argument: pipeline "app-logs": component loki.write is not allowed in this stack`,
    );
    expect(result.stderr).toContain("applied and confirmed: none; not sent: 'payments-repo'");
    expect(methods(emulator.requests)).toEqual(["ListPipelines", "GetPipelineID", "GetPipelineID", "ListPipelines", "SyncPipelines"]);
    expect(emulator.store.all()).toEqual([]);
  });

  it("says which targets were applied when a later one is refused", async () => {
    const base = languageChecker(await loadLanguages());
    const { cli, emulator } = await setup(
      { checker: { ...base, problem: (p) => (p.name === "b-metrics" ? "contents rejected" : base.problem(p)) } },
      "fleet-multi",
    );
    const result = await cli("sync");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("applied namespace 'team-a' (stack 'prod'): 1 created");
    expect(result.stderr).toContain("sync stopped; applied and confirmed: 'team-a'; not sent: 'team-b'");
    expect(result.stderr).toContain(`refused the sync of namespace 'team-b' (stack 'prod'), pipeline 'b-metrics': invalid_argument`);
    expect(Object.keys(byName(emulator))).toEqual(["a-metrics"]);
    // Both targets share the stack: it is listed once for the plan, then again right before each send (which also reads back the one before).
    expect(methods(emulator.requests)).toEqual(["ListPipelines", "GetPipelineID", "GetPipelineID", "ListPipelines", "SyncPipelines", "ListPipelines", "ListPipelines", "SyncPipelines"]);
  });

  it("moves a pipeline between two targets of one stack in one run (its own change is not drift)", async () => {
    const { cli, emulator, repo } = await setup({}, "fleet-multi");
    expect((await cli("sync")).code).toBe(0);
    for (const ext of ["yaml", "alloy"]) renameSync(join(repo.dir, "team-a", `a-metrics.${ext}`), join(repo.dir, "team-b", `a-metrics.${ext}`));
    const moved = await cli("sync", "--adopt", "--allow-empty");
    expect(moved.stderr).not.toContain("disappeared");
    expect(moved.code).toBe(0);
    expect(Object.fromEntries(emulator.store.all().map((p) => [p.name, p.source?.namespace]))).toEqual({ "a-metrics": "team-b", "b-metrics": "team-b" });
  });

  it("fails when the server does not match the plan after a sync", async () => {
    const { repo, env, emulator } = await setup();
    // A proxy that loses one pipeline from the SyncPipelines body: the read-back must notice.
    const original = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      if (String(input).endsWith("/SyncPipelines") && typeof init?.body === "string") {
        const body = JSON.parse(init.body) as { pipelines: { name: string }[] };
        body.pipelines = body.pipelines.filter((p) => p.name !== "app-logs");
        init = { ...init, body: JSON.stringify(body) };
      }
      return original(input, init);
    }) as typeof fetch;
    try {
      const result = await runCli(["sync"], repo.dir, env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("The server does not match the plan after syncing namespace 'payments-repo' (stack 'prod'): 'app-logs' is missing");
      expect(result.stderr).toContain("sent, but the server does not match the plan: 'payments-repo'");
    } finally {
      globalThis.fetch = original;
    }
    expect(Object.keys(byName(emulator))).toEqual(["node-metrics"]);
  });

  it("--verbose logs each request and retry without secrets", async () => {
    const { cli, emulator } = await setup({ failRate: 0.3, seed: 9 });
    const result = await cli("plan", "--verbose", "--no-collectors");
    expect(result.code).toBe(0);
    // The empty listing is then confirmed by GetPipelineID lookups (not_found lines).
    const lines = result.stderr.trim().split("\n").filter((line) => !line.includes("GetPipelineID"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^fleetlint: pipeline\.v1\.PipelineService\/ListPipelines failed, retrying: .*unavailable: injected failure: service unavailable \[\d+ ms\]$/);
    expect(lines[1]).toMatch(/^fleetlint: pipeline\.v1\.PipelineService\/ListPipelines \(retry 1\) ok \[\d+ ms\]$/);
    expect(result.stderr).not.toContain(emulator.token);
  });

  it("needs a namespace to plan", async () => {
    const { cli, repo } = await setup();
    repo.write("fleetlint.config.yaml", "targets:\n  - root: pipelines\n");
    const result = await cli("plan");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing namespace for target");
  });

  it("keeps the client at 3 requests per second against a rate-limited server", async () => {
    const { emulator } = await setup();
    const client = new FleetClient({ credentials: { url: emulator.url, username: emulator.username, token: emulator.token } });
    await Promise.all(Array.from({ length: 10 }, () => client.listPipelines()));
    expect(emulator.requests).toHaveLength(10);
    expect(emulator.requests.every((r) => r.status === 200)).toBe(true);
    expect(maxPerSecond(emulator.requests)).toBe(3);
  });

  it("says the credentials were rejected and never shows the token", async () => {
    const { repo, env } = await setup();
    const result = await runCli(["plan"], repo.dir, { ...env, FLEET_MANAGEMENT_TOKEN: "not-the-right-token" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Fleet Management rejected the credentials (unauthenticated)");
    expect(result.stdout + result.stderr).not.toContain("not-the-right-token");
  });
});

describe("network rules", () => {
  const rejectLoki = async () => {
    const base = languageChecker(await loadLanguages());
    return { ...base, problem: (p: PipelineMessage) => (p.contents.includes("loki.write") ? "component loki.write is not allowed" : base.problem(p)) };
  };

  it("check --online reports the server's verdict as remote-validate", async () => {
    const { cli, emulator } = await setup({ checker: await rejectLoki() });
    const result = await cli("check", "--online", "--format", "json");
    expect(result.code).toBe(1);
    const messages = (JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[]).flatMap((r) =>
      r.messages.map((m) => ({ file: r.filePath.split("/").pop(), ruleId: m.ruleId, message: m.message })),
    );
    expect(messages).toContainEqual({
      file: "app-logs.yaml",
      ruleId: "remote-validate",
      message: `Invalid pipeline 'app-logs' according to Fleet Management: pipeline "app-logs": component loki.write is not allowed`,
    });
    expect(emulator.store.all()).toEqual([]);
  });

  it("check --online with a wrong token fails with exit 2", async () => {
    const { repo, env } = await setup();
    const result = await runCli(["check", "--online"], repo.dir, { ...env, FLEET_MANAGEMENT_TOKEN: "bad-token-for-check" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("rejected the credentials");
    expect(result.stdout + result.stderr).not.toContain("bad-token-for-check");
  });

  it("sync --online refuses before sending when the server rejects a pipeline", async () => {
    const { cli, emulator } = await setup({ checker: await rejectLoki() });
    const result = await cli("sync", "--online");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("app-logs.yaml:1:1: error Invalid pipeline 'app-logs' according to Fleet Management");
    expect(result.stderr).toContain("sync refused: 1 lint error");
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
  });
});

describe("emulator state", () => {
  it("persists pipelines to --state and loads them on restart", async () => {
    const { repo } = await setup();
    await emulator?.close();
    const statePath = join(repo.dir, "state.json");
    emulator = await startEmulator({ statePath });
    const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
    expect((await runCli(["sync"], repo.dir, env)).code).toBe(0);
    const saved = JSON.parse(repo.read("state.json")) as { pipelines: { name: string; source: unknown }[] };
    expect(saved.pipelines.map((p) => p.name).sort()).toEqual(["app-logs", "node-metrics"]);
    expect(readdirSync(repo.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await emulator.close();
    emulator = await startEmulator({ statePath });
    expect(emulator.store.all().map((p) => p.name).sort()).toEqual(["app-logs", "node-metrics"]);
  });
});

describe("fleetlint import", () => {
  const legacy: JsonObject[] = [
    {
      name: "node metrics/linux",
      contents: 'prometheus.exporter.unix "node" { }\n\nprometheus.scrape "node" {\n  targets = prometheus.exporter.unix.node.targets\n  forward_to = []\n}\n',
      matchers: ["collector.os=linux", 'env="prod"'],
      enabled: true,
      source: { type: "SOURCE_TYPE_GIT", namespace: "legacy-repo" },
      metadata: { owner: "team-a" },
    },
    {
      name: "otel-gateway",
      contents: "receivers:\n  otlp:\n    protocols:\n      grpc: {}\nexporters:\n  debug: {}\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [debug]\n",
      matchers: ["role=gateway", "env=prod"],
      enabled: false,
      configType: "CONFIG_TYPE_OTEL",
      source: { type: "SOURCE_TYPE_GIT", namespace: "legacy-repo" },
    },
    { name: "someone-else", contents: "// other\n", matchers: [], enabled: true, source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } },
  ];

  it("writes the namespace's pipelines, and syncing them back is an empty plan", async () => {
    const { cli, repo, emulator } = await setup({ pipelines: legacy }, "fleet-import");
    const imported = await cli("import");
    expect(imported.stderr).toContain("imported 2 pipelines of namespace 'legacy-repo'");
    expect(imported.code).toBe(0);
    const files = readdirSync(join(repo.dir, "pipelines")).sort();
    expect(files).toEqual([".gitkeep", "node_metrics_linux.alloy", "node_metrics_linux.yaml", "otel-gateway.yaml"]);
    expect(repo.read("pipelines/node_metrics_linux.yaml")).toBe(
      'name: node metrics/linux\nenabled: true\nmatchers:\n  - collector.os=linux\nmetadata:\n  owner: team-a\n',
    );
    expect(repo.read("pipelines/node_metrics_linux.alloy")).toBe(legacy[0].contents);
    expect(repo.read("pipelines/otel-gateway.yaml")).toContain("config_type: otel\n");

    const plan = await planJson(cli);
    expect(plan.targets[0]).toMatchObject({ create: [], update: [], delete: [], takeover: [], unchanged: ["node metrics/linux", "otel-gateway"] });
    const sync = await cli("sync");
    expect(sync.code).toBe(0);
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");

    const again = await cli("import");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Refusing to overwrite existing files");
    expect((await cli("import", "--force")).code).toBe(0);
  });
});
