/**
 * `fleetlint check --online` through the built binary against
 * `fleetlint emulator` on a random loopback port: the server-side parts of
 * source-consistency (a name another source owns) and pipeline-limit (the
 * server's limit), with the network rules running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, fleetlint, removeCopies, tempDir } from "./check-helpers.js";

const TOKEN = "check-online-token-5b1e";
let emulator: ChildProcess | undefined;
let env: Record<string, string> = {};

function repo(namespace: string, names: string[]): string {
  const dir = tempDir(`online-${namespace}`);
  writeFileSync(join(dir, "fleetlint.config.yaml"), `targets:\n  - root: pipelines\n    namespace: ${namespace}\n    stack: prod\n`);
  mkdirSync(join(dir, "pipelines"));
  for (const name of names) {
    writeFileSync(join(dir, "pipelines", `${name}.yaml`), `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\ncontents: |\n  prometheus.exporter.self "alloy" { }\n`);
  }
  return dir;
}

beforeAll(async () => {
  ensureBuilt();
  const dir = tempDir("online-emulator");
  const tokenFile = join(dir, "token");
  writeFileSync(tokenFile, `${TOKEN}\n`);
  emulator = spawn(process.execPath, [BIN, "emulator", "--port", "0", "--token-file", tokenFile, "--username", "777", "--pipeline-limit", "2", "--rate-limit", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const banner = await new Promise<string>((resolve, reject) => {
    let out = "";
    emulator!.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("FLEET_MANAGEMENT_TOKEN")) resolve(out);
    });
    emulator!.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const url = /export FLEET_MANAGEMENT_URL=(\S+)/.exec(banner)?.[1] ?? "";
  env = { FLEET_MANAGEMENT_URL: url, FLEET_MANAGEMENT_USERNAME: "777", FLEET_MANAGEMENT_TOKEN: TOKEN };
  // Another team's namespace already owns "shared" on the server.
  const other = repo("other-team", ["shared"]);
  const synced = fleetlint(["sync"], { cwd: other, env });
  if (synced.code !== 0) throw new Error(`seeding the emulator failed: ${synced.stderr}`);
}, 300_000);

afterAll(() => {
  emulator?.kill("SIGTERM");
  removeCopies();
});

describe("fleetlint check --online against the emulator", () => {
  it("reports a name owned by another namespace, and the server's limit counting every source", () => {
    const dir = repo("mine", ["alpha", "shared"]);
    const run = fleetlint(["check", "--online", "--format", "json"], { cwd: dir, env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[];
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([
      "pipelines/shared.yaml:1:7 source-consistency: Pipeline 'shared' already exists in stack 'prod', owned by the Git namespace 'other-team'; a sync would take it over",
    ]);
    const three = repo("mine", ["alpha", "beta", "gamma"]);
    const over = fleetlint(["check", "--online", "--format", "compact"], { cwd: three, env });
    expect(over.code).toBe(1);
    // With one pipeline of another source on the server, the second local one crosses the limit.
    expect(over.stdout).toContain(
      "pipelines/beta.yaml: line 1, col 7, Error - Too many pipelines in stack 'prod': 4 (3 from this repository, 1 from other sources) exceeds the limit of 2 (pipeline-limit)",
    );
  });

  it("offline, the same repository is clean", () => {
    const dir = repo("mine", ["alpha", "shared"]);
    expect(fleetlint(["check"], { cwd: dir, env })).toMatchObject({ code: 0, stdout: "" });
  });
});
