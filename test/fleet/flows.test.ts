/**
 * The sync, plan and import workflows called as library functions (from the
 * package's public entry), against the emulator: results and progress events,
 * nothing printed.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FleetSession, importPipelines, lintProject, loadConfig, loadProject, planTargets, syncProject, type SyncEvent } from "../../src/index.js";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import { copyFixture, type Repo } from "../e2e/fleet-helpers.js";

let emulator: RunningEmulator | undefined;
let repo: Repo | undefined;
const cleanups: (() => void)[] = [];

afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  for (const c of cleanups.splice(0)) c();
  emulator = undefined;
  repo = undefined;
});

async function setup() {
  emulator = await startEmulator();
  repo = copyFixture("fleet-basic");
  const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  const cwd = repo.dir;
  const config = await loadConfig({ cwd });
  const project = await loadProject(config, { cwd });
  const session = new FleetSession({ env });
  return { emulator, cwd, config, project, session, env };
}

describe("library workflows", () => {
  it("syncProject returns the outcome and reports each step as an event, printing nothing", async () => {
    const { cwd, config, project, session, emulator } = await setup();
    const stdout = vi.spyOn(process.stdout, "write");
    const stderr = vi.spyOn(process.stderr, "write");
    const events: SyncEvent[] = [];
    const result = await syncProject({
      cwd,
      project,
      session,
      allowEmpty: false,
      adopt: false,
      lint: async () => (await lintProject({ cwd, config, project })).results,
      onEvent: (event) => events.push(event),
    });
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    stdout.mockRestore();
    stderr.mockRestore();
    expect(result.status).toBe("applied");
    expect(result.applied.map((p) => p.namespace)).toEqual(["payments-repo"]);
    expect(events.map((e) => e.type)).toEqual(["lint", "planned", "sending", "applied"]);
    expect(emulator.store.all().map((p) => p.name).sort()).toEqual(["app-logs", "node-metrics"]);

    const again = await planTargets({ project, session: new FleetSession({ env: { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token } }) });
    expect(again.map((p) => p.plan.unchanged.length)).toEqual([2]);
  });

  it("syncProject with dryRun plans and sends nothing", async () => {
    const { cwd, project, session, emulator } = await setup();
    const result = await syncProject({ cwd, project, session, allowEmpty: false, adopt: false, dryRun: true, lint: async () => [] });
    expect(result.status).toBe("dry-run");
    expect(result.plans[0].create).toEqual(["app-logs", "node-metrics"]);
    expect(emulator.requests.map((r) => r.procedure.split("/").pop())).toEqual(["ListPipelines", "GetPipelineID", "GetPipelineID"]);
  });

  it("importPipelines writes the namespace's pipelines and returns what it wrote", async () => {
    const { cwd, config, project, session, env } = await setup();
    // a clean repo and an empty server: sync first, then import what it wrote
    await syncProject({ cwd, project, session, allowEmpty: false, adopt: false, lint: async () => [] });
    const into = mkdtempSync(join(tmpdir(), "fleetlint-flows-import-"));
    cleanups.push(() => rmSync(into, { recursive: true, force: true }));
    const result = await importPipelines({ cwd, config, session: new FleetSession({ env }), into });
    expect(result.namespace).toBe("payments-repo");
    expect(result.pipelines.map((p) => p.name).sort()).toEqual(["app-logs", "node-metrics"]);
    expect(readdirSync(into).sort()).toEqual(result.files.map((f) => f.path.slice(into.length + 1)).sort());
  });
});
