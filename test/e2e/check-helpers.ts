/**
 * Running the built CLI (`node dist/src/cli/main.js`) for the `check`
 * end-to-end tests. `ensureBuilt` rebuilds dist/ when a source file is newer
 * than it (npm test builds first anyway), holding a lock so parallel test
 * files do not build at once.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "dist", "src", "cli", "main.js");
export const FIXTURES = join(ROOT, "fixtures", "repos");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const stale = () =>
    !existsSync(BIN) || statSync(BIN).mtimeMs < Math.max(...["src", "grammar", "rules", "schemas"].map((d) => newestSource(join(ROOT, d))));
  if (!stale()) return;
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const args = [tsc, "-p", join(ROOT, "tsconfig.build.json")];
  // tsc emits even when another part of the tree has type errors; the tests then run what was built.
  const hasFlock = spawnSync("flock", ["--version"]).status === 0;
  if (hasFlock) spawnSync("flock", [join(tmpdir(), "fleetlint-build.lock"), process.execPath, ...args], { cwd: ROOT });
  else spawnSync(process.execPath, args, { cwd: ROOT });
  if (!existsSync(BIN)) throw new Error(`build failed: ${BIN} is missing`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function fleetlint(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input, env, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const copies: string[] = [];

/** A writable copy of a fixture repository (for --fix and generated files). */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fleetlint-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  copies.push(dir);
  return dir;
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fleetlint-${prefix}-`));
  copies.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
