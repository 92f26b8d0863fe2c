/**
 * `fleetlint import` against hostile names and a hostile folder (issue #11):
 * names that cannot be file names are refused before anything is written,
 * an import writes all files or none, and planted symlinks never redirect a
 * write.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/fleet/emulator/index.js";
import type { JsonObject } from "../../src/fleet/messages.js";
import { copyFixture, runCli, type Repo } from "./fleet-helpers.js";

let emulator: RunningEmulator | undefined;
let repo: Repo | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  emulator = undefined;
  repo = undefined;
});

const pipeline = (name: string): JsonObject => ({ name, contents: `// ${name}\n`, matchers: ["env=prod"], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" } });

async function setup(names: string[]) {
  emulator = await startEmulator({ pipelines: names.map(pipeline) });
  repo = copyFixture("fleet-basic");
  const into = mkdtempSync(join(tmpdir(), "fleetlint-import-into-"));
  const outside = mkdtempSync(join(tmpdir(), "fleetlint-import-outside-"));
  dirs.push(into, outside);
  const env = { FLEET_MANAGEMENT_URL: emulator.url, FLEET_MANAGEMENT_USERNAME: emulator.username, FLEET_MANAGEMENT_TOKEN: emulator.token };
  const cli = (...args: string[]) => runCli(["import", "--into", into, ...args], (repo as Repo).dir, env);
  return { cli, into, outside };
}

describe("import safety", () => {
  it("refuses a name too long for a file before writing anything", async () => {
    const { cli, into } = await setup(["alpha", "x".repeat(300)]);
    const result = await cli();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("above the 255-byte limit");
    expect(result.stderr).toContain("nothing was written");
    expect(readdirSync(into)).toEqual([]);
  });

  it("writes all files or none: a failure part-way leaves the folder as it was", async () => {
    const { cli, into } = await setup(["alpha", "beta"]);
    writeFileSync(join(into, "alpha.yaml"), "original\n");
    // beta.alloy cannot be replaced: a non-empty folder sits at that path.
    mkdirSync(join(into, "beta.alloy"));
    writeFileSync(join(into, "beta.alloy", "keep"), "");
    const result = await cli("--force");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Import failed, nothing was written");
    expect(readFileSync(join(into, "alpha.yaml"), "utf8")).toBe("original\n");
    expect(readdirSync(into).sort()).toEqual(["alpha.yaml", "beta.alloy"]);
  });

  it("never writes through a symlink planted at a destination", async () => {
    const { cli, into, outside } = await setup(["alpha"]);
    const victim = join(outside, "victim");
    writeFileSync(victim, "precious\n");
    symlinkSync(victim, join(into, "alpha.alloy"));
    const refused = await cli();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Refusing to overwrite");
    const forced = await cli("--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(lstatSync(join(into, "alpha.alloy")).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(into, "alpha.alloy"), "utf8")).toBe("// alpha\n");
  });

  it("is not redirected by symlinks planted at predictable temporary names", async () => {
    const { cli, into, outside } = await setup(["alpha"]);
    const victim = join(outside, "victim");
    writeFileSync(victim, "precious\n");
    for (const name of ["alpha.yaml", "alpha.alloy"]) symlinkSync(victim, join(into, `${name}.${process.pid}.tmp`));
    const result = await cli();
    expect(result.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("precious\n");
    expect(readdirSync(into).filter((n) => !n.endsWith(`.${process.pid}.tmp`)).sort()).toEqual(["alpha.alloy", "alpha.yaml"]);
  });
});
