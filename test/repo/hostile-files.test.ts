/**
 * Hostile local files (issue #11): a FIFO, a device or an oversized file in
 * the repository is refused without being read, a binary `.alloy` gives one
 * diagnostic, a YAML alias bomb a located diagnostic, and non-finite metadata
 * numbers a pipeline-schema error; never a hang or an internal error.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyFixture, runCli, type Repo } from "../e2e/fleet-helpers.js";

let repo: Repo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

function setup(): Repo {
  repo = copyFixture("fleet-basic");
  return repo;
}

const definition = 'enabled: true\nmatchers: ["env=a"]\n';
const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdef"[i]}`).join(",")}]`), "matchers: *g", ""].join("\n");

describe.skipIf(process.platform === "win32")("hostile local files", () => {
  it("refuses a FIFO and a device as pipeline contents without hanging", async () => {
    const r = setup();
    r.write("pipelines/fifo.yaml", definition);
    execFileSync("mkfifo", [join(r.dir, "pipelines/fifo.alloy")]);
    r.write("pipelines/dev.yaml", definition);
    symlinkSync("/dev/zero", join(r.dir, "pipelines/dev.alloy"));
    const result = await runCli(["check"], r.dir, {});
    expect(result.stdout).toContain("not a regular file (a FIFO)");
    expect(result.stdout).toContain("not a regular file (a device)");
    expect(result.code).toBe(1);
  });

  it("refuses a file above the size limit without reading it", async () => {
    const r = setup();
    r.write("pipelines/big.yaml", definition);
    r.write("pipelines/big.alloy", "// x\n".repeat(4000));
    const result = await runCli(["check"], r.dir, { FLEETLINT_MAX_FILE_BYTES: "5000" });
    expect(result.stdout).toContain("20000 bytes, above the 5000-byte limit (FLEETLINT_MAX_FILE_BYTES)");
    expect(result.code).toBe(1);
  });

  it("gives a binary .alloy file one diagnostic", async () => {
    const r = setup();
    r.write("pipelines/bin.yaml", definition);
    const bytes = Buffer.alloc(2_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(join(r.dir, "pipelines/bin.alloy"), bytes);
    const started = Date.now();
    const result = await runCli(["check", "--format", "json"], r.dir, { FLEETLINT_MAX_FILE_BYTES: "10000000" });
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { message: string }[] }[];
    const about = files.flatMap((f) => f.messages.filter((m) => m.message.includes("binary file")));
    expect(about).toHaveLength(1);
    expect(result.stderr).not.toContain("internal error");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("reports a YAML alias bomb in a definition at its line", async () => {
    const r = setup();
    r.write("pipelines/bomb.yaml", BOMB);
    const result = await runCli(["check"], r.dir, {});
    expect(result.stdout).toMatch(/bomb\.yaml[\s\S]*2:\d+[\s\S]*alias/);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(1);
  });

  it("reports a YAML alias bomb in the config with file:line", async () => {
    const r = setup();
    r.write("fleetlint.config.yaml", BOMB);
    const result = await runCli(["check"], r.dir, {});
    expect(result.stderr).toMatch(/fleetlint\.config\.yaml:2:\d+: error Invalid YAML: .*alias/);
    expect(result.stderr).not.toContain("internal error");
    expect(result.code).toBe(2);
  });

  it("makes .nan and .inf in metadata a pipeline-schema error", async () => {
    const r = setup();
    r.write("pipelines/nan.yaml", `${definition}metadata:\n  x: .nan\n  y: -.inf\n`);
    r.write("pipelines/nan.alloy", "// nan\n");
    const result = await runCli(["check"], r.dir, {});
    expect(result.stdout).toContain('Invalid value for "metadata.x": expected a finite number');
    expect(result.stdout).toContain('Invalid value for "metadata.y": expected a finite number');
    expect(result.stdout).toContain("pipeline-schema");
    expect(result.code).toBe(1);
  });
});
