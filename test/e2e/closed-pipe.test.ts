/**
 * Every command and output format with a closed standard output, as
 * `fleetlint … | head -1` leaves it: the run ends quietly (no stack trace, no
 * EPIPE message) with the exit code it has when its output is read. Runs the
 * built binary (`npm test` builds first), since the crash this guards
 * against only happens in a real process writing to a real pipe.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/index.js";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import { copyFixture, type Repo } from "./fleet-helpers.js";

const BIN = join(import.meta.dirname, "../../dist/src/cli/main.js");
// `npm test` builds first (pretest): a missing build must fail these tests, never skip them.
if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The stop timer ended it (it was still running then). */
  stopped: boolean;
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** fetch, retried while the server is still starting. */
async function retryFetch(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Close our reading end of the child's stdout before it writes anything. */
  closed: boolean;
  input?: string;
  /** Stop a long-running command (emulator) after this many ms. */
  stopAfterMs?: number;
}

function runBinary(args: string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    if (options.closed) child.stdout.destroy();
    else child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on("error", () => {}); // the child may exit before reading its input
    child.stdin.end(options.input ?? "");
    let stopped = false;
    const stop =
      options.stopAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            stopped = child.exitCode === null && child.signalCode === null;
            child.kill("SIGTERM");
          }, options.stopAfterMs);
    const limit = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(limit);
      if (stop) clearTimeout(stop);
      resolve({ code, signal, stdout, stderr, stopped });
    });
  });
}

/** What a closed pipe must never produce on stderr. */
function expectNoTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/EPIPE|ERR_STREAM|internal error|Unhandled|node:internal/);
}

let emulator: RunningEmulator;
let repo: Repo;
let checkRepo: Repo;
let scratch: string;
let fleetEnv: Record<string, string>;

describe("every command with a closed stdout", () => {
  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: 1000 });
    repo = copyFixture("fleet-basic");
    checkRepo = copyFixture("example");
    scratch = mkdtempSync(join(tmpdir(), "fleetlint-closed-pipe-"));
    fleetEnv = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  });

  afterAll(async () => {
    await emulator?.close();
    repo?.cleanup();
    checkRepo?.cleanup();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  // [label, args, where] — each run twice: read normally and with stdout closed.
  const cases: [string, string[], "check" | "fleet"][] = [
    ["--help", ["--help"], "check"],
    ["--version", ["--version"], "check"],
    ...["stylish", "json", "compact", "sarif", "github", "junit"].map((f): [string, string[], "check"] => [`check -f ${f}`, ["check", "-f", f], "check"]),
    ["check --color", ["check", "--color"], "check"],
    ["check --print-config", ["check", "--print-config"], "check"],
    ["fmt FILE…", ["fmt", "pipelines/platform/node-metrics.alloy", "pipelines/platform/journal-logs.alloy", "staging/node-metrics.alloy"], "check"],
    ["fmt -t .", ["fmt", "-t", "."], "check"],
    ["fmt --help", ["fmt", "--help"], "check"],
    ["match text", ["match", "--collector", "collector.os=linux,env=prod"], "fleet"],
    ["match json", ["match", "--collector", "collector.os=linux", "-f", "json"], "fleet"],
    ...["text", "json", "markdown"].map((f): [string, string[], "fleet"] => [`plan -f ${f}`, ["plan", "-f", f], "fleet"]),
    ...["text", "json", "markdown"].map((f): [string, string[], "fleet"] => [`sync --dry-run -f ${f}`, ["sync", "--dry-run", "-f", f], "fleet"]),
    ["check --online", ["check", "--online"], "fleet"],
    ["plan with a usage error", ["plan", "--format", "yaml"], "fleet"],
  ];

  it.each(cases)("%s", async (_, args, where) => {
    const cwd = where === "check" ? checkRepo.dir : repo.dir;
    const env = where === "fleet" ? fleetEnv : {};
    const open = await runBinary(args, { cwd, env, closed: false });
    const closed = await runBinary(args, { cwd, env, closed: true });
    expectNoTrace(open);
    expectNoTrace(closed);
    expect(closed.code).toBe(open.code);
  });

  it("fmt - (stdin) and check --stdin", async () => {
    for (const args of [["fmt", "-"], ["check", "--stdin", "--stdin-filename", "pipelines/platform/node-metrics.alloy"]]) {
      const input = 'prometheus.exporter.self "s" { }\n';
      const open = await runBinary(args, { cwd: checkRepo.dir, closed: false, input });
      const closed = await runBinary(args, { cwd: checkRepo.dir, closed: true, input });
      expectNoTrace(closed);
      expect(closed.code).toBe(open.code);
    }
  });

  it("init and import write their files and exit 0", async () => {
    const init = await runBinary(["init", join(scratch, "fresh")], { cwd: scratch, closed: true });
    expectNoTrace(init);
    expect(init.code).toBe(0);
    expect(existsSync(join(scratch, "fresh", "fleetlint.config.yaml"))).toBe(true);
    const imported = await runBinary(["import", "--all", "--into", join(scratch, "imported")], { cwd: repo.dir, env: fleetEnv, closed: true });
    expectNoTrace(imported);
    expect(imported.code).toBe(0);
  });

  it("sync sends, confirms and exits 0; plan then shows no changes", async () => {
    const sync = await runBinary(["sync"], { cwd: repo.dir, env: fleetEnv, closed: true });
    expectNoTrace(sync);
    expect(sync.code).toBe(0);
    expect(sync.stderr).toContain("server confirmed");
    const plan = await runBinary(["plan"], { cwd: repo.dir, env: fleetEnv, closed: false });
    expect(plan.stdout).toContain("no changes");
  });

  it("the emulator keeps serving without a reader for its banner", async () => {
    const port = await freePort();
    const running = runBinary(["emulator", "--port", String(port)], { cwd: scratch, closed: true, stopAfterMs: 3000 });
    // Serving: any HTTP answer (an unauthenticated request gets one) while its banner had no reader.
    const answer = await retryFetch(`http://127.0.0.1:${port}/pipeline.v1.PipelineService/ListPipelines`);
    expect(answer.status).toBeGreaterThanOrEqual(200);
    const run = await running;
    expectNoTrace(run);
    // It was still running when stopped, not gone on its own.
    expect(run.stopped).toBe(true);
  });

  it("the language server ends quietly when its client is gone", async () => {
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    const run = await runBinary(["lsp", "--stdio"], { cwd: scratch, closed: true, input: `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, stopAfterMs: 5000 });
    expectNoTrace(run);
    // It ends on its own when stdin closes, with 1: the LSP's code for an exit without a shutdown request.
    expect(run).toMatchObject({ stopped: false, code: 1, signal: null });
  });

  it("covers every command", () => {
    const swept = new Set([...cases.map(([, args]) => args[0]), "init", "import", "sync", "emulator", "lsp"]);
    for (const command of COMMANDS) expect(swept).toContain(command);
  });
});

