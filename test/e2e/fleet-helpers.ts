/**
 * End-to-end helpers for the fleet commands: a copy of a fixture repository
 * in a temporary folder, and the CLI run in-process (same code path as the
 * binary: argument parsing, command modules, exit codes) with its output
 * captured.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { run } from "../../src/cli/index.js";
import { startEmulator, type RequestLogEntry, type RunningEmulator, type StartOptions } from "../../src/fleet/emulator/index.js";

export const FIXTURES = join(import.meta.dirname, "../../fixtures/repos");

export interface Repo {
  dir: string;
  write(path: string, text: string): void;
  read(path: string): string;
  remove(path: string): void;
  cleanup(): void;
}

export function copyFixture(name: string): Repo {
  const dir = mkdtempSync(join(tmpdir(), `fleetlint-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    read: (path) => readFileSync(join(dir, path), "utf8"),
    remove: (path) => rmSync(join(dir, path), { force: true }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `fleetlint ...args` in-process with `cwd` and extra environment variables. */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<CliResult> {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write.bind(process.stdout);
  const stderrWrite = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
  for (const key of Object.keys(process.env)) if (key.includes("FLEET_MANAGEMENT")) delete process.env[key];
  Object.assign(process.env, env);
  process.chdir(cwd);
  try {
    const code = await run(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.chdir(savedCwd);
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    process.exitCode = 0;
  }
}

/** The largest number of requests the emulator received within any one-second window. */
export function maxPerSecond(requests: readonly RequestLogEntry[]): number {
  const times = requests.map((r) => r.time).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 1000) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

/** Procedure names without the service prefix, in arrival order. */
export function methods(requests: readonly RequestLogEntry[]): string[] {
  return requests.map((r) => r.procedure.split("/").pop() ?? r.procedure);
}

export interface FleetSession {
  emulator: RunningEmulator;
  repo: Repo;
  /** The CLI in the fixture copy, with the emulator's URL and credentials (plus `env`) in its environment. */
  cli: (...args: string[]) => Promise<CliResult>;
}

/**
 * For a test file that runs the CLI against an emulator: a starter for one
 * emulator and one fixture copy per test, both cleaned up after it, and
 * every test's requests checked against the client's rate limit.
 */
export function emulatorSessions(fixture: string): (options: StartOptions, env?: Record<string, string>) => Promise<FleetSession> {
  let current: { emulator?: RunningEmulator; repo?: Repo } = {};
  afterEach(async () => {
    const { emulator, repo } = current;
    current = {};
    if (emulator) {
      expect(maxPerSecond(emulator.requests)).toBeLessThanOrEqual(3);
      await emulator.close();
    }
    repo?.cleanup();
  });
  return async (options, env = {}) => {
    const emulator = await startEmulator(options);
    current.emulator = emulator;
    const repo = copyFixture(fixture);
    current.repo = repo;
    const fullEnv = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token, ...env };
    return { emulator, repo, cli: (...args: string[]) => runCli(args, repo.dir, fullEnv) };
  };
}
