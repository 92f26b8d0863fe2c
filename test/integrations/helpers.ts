// Shared plumbing for the integration tests that drive real git hooks:
// throwaway git repositories, a snapshot of this package's working tree, and
// commands run with their output captured for assertions.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const repoRoot = join(import.meta.dirname, "..", "..");

/** Git identity and settings that make commits work on any machine. */
export const gitEnv: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: "fleetlint test",
  GIT_AUTHOR_EMAIL: "test@fleetlint.invalid",
  GIT_COMMITTER_NAME: "fleetlint test",
  GIT_COMMITTER_EMAIL: "test@fleetlint.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for messages that may go to either. */
  output: string;
}

/**
 * The environment a user's shell would have: without the npm_* variables
 * `npm test` sets for its own scripts (they name this package and its prefix),
 * so npm, husky and pre-commit in a temporary repository never act on ours.
 */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 600_000): RunResult {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env: { ...userEnv(), ...gitEnv, ...env },
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs a command that must succeed; throws with its output otherwise. */
export function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}) in ${cwd}:\n${result.output}`);
  return result;
}

export function gitInit(dir: string): void {
  mkdirSync(dir, { recursive: true });
  must("git", ["init", "-q", "-b", "main"], dir);
  must("git", ["config", "commit.gpgsign", "false"], dir);
}

export function commitAll(dir: string, message: string): void {
  must("git", ["add", "-A"], dir);
  must("git", ["commit", "-q", "--no-verify", "-m", message], dir);
}

/**
 * Copies this package's working tree (tracked and untracked files, minus what
 * .gitignore excludes) into a new git repository with one commit, so tools
 * that install from git see exactly the code under test, committed or not.
 * Only reads this repository's git state.
 */
export function snapshotWorkingTree(dest: string): void {
  const listed = must("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], repoRoot).stdout.split("\0");
  for (const file of listed) {
    if (!file) continue;
    const from = join(repoRoot, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted but not yet staged
    const to = join(dest, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  gitInit(dest);
  commitAll(dest, "snapshot of the working tree");
}

/** The installed version of a dependency, to install the same one elsewhere. */
export function installedVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** True when `version` (x.y.z) is at least 22.12, the oldest Node fleetlint runs on. */
export function supportedNode(version: string): boolean {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/**
 * A folder holding `node` (and `nodejs`, which nodeenv looks for first) of
 * the given major version: the Node running the tests or the system Node when
 * it is that major, else the
 * `node@<major>` package from the npm registry, installed once into
 * .ci/node<major> (git-ignored). Returns the folder to put first on PATH.
 */
export function nodeOfMajor(major: number, scratch: string): string {
  const bin = join(scratch, `node${major}-bin`);
  mkdirSync(bin, { recursive: true });
  let executable: string | undefined = process.version.startsWith(`v${major}.`) ? process.execPath : undefined;
  for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
    if (executable) break;
    if (!existsSync(candidate)) continue;
    const version = run(candidate, ["--version"], scratch).stdout.trim();
    if (version.startsWith(`v${major}.`)) executable = candidate;
  }
  if (!executable) {
    const prefix = join(repoRoot, ".ci", `node${major}`);
    executable = join(prefix, "node_modules", "node", "bin", "node");
    if (!existsSync(executable)) {
      mkdirSync(prefix, { recursive: true });
      // A package.json of its own, so npm installs here and not into the project.
      writeFileSync(join(prefix, "package.json"), `{ "name": "fleetlint-ci-node${major}", "private": true }\n`);
      must("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", `node@${major}`], prefix);
    }
  }
  for (const name of ["node", "nodejs"]) if (!existsSync(join(bin, name))) symlinkSync(executable, join(bin, name));
  return bin;
}
