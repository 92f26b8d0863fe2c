import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyFixes, lintProject, writeFileAtomic } from "../../src/engine/index.js";
import { testRule } from "./helpers.js";

describe("applyFixes", () => {
  it("applies fixes in position order and skips one overlapping an earlier fix", () => {
    const fixes = [
      { range: [6, 9] as [number, number], text: "X" },
      { range: [0, 3] as [number, number], text: "abc!" },
      { range: [2, 5] as [number, number], text: "never" },
      { range: [9, 9] as [number, number], text: "+" },
    ];
    expect(applyFixes("012345678901", fixes)).toEqual({ output: "abc!345X+901", applied: 3 });
  });
});

describe("writeFileAtomic", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("replaces the file, keeps its mode, and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetlint-fix-"));
    dirs.push(dir);
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    await writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
  });
});

/** Collapses "aa" to "a" in definition files: overlapping fixes need several passes. */
const collapse = testRule({ id: "collapse", fixable: true, messages: { double: "Expected a single 'a'" } }, (context) => ({
  pipeline(p) {
    const { file } = p.definition;
    for (let i = file.text.indexOf("aa"); i !== -1; i = file.text.indexOf("aa", i + 1)) {
      context.report({ messageId: "double", loc: { file, range: { start: i, end: i + 2 } }, fix: { range: { start: i, end: i + 2 }, text: "a" } });
    }
  },
}));

describe("--fix", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const repo = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "fleetlint-fix-"));
    dirs.push(dir);
    writeFileSync(join(dir, "p.yaml"), text);
    return dir;
  };

  it("re-lints and fixes again until nothing changes, writes the file and reports what remains", async () => {
    const dir = repo('name: baaaar\nenabled: true\ncontents: "logging {}"\n');
    const outcome = await lintProject({ cwd: dir, rules: [collapse], fix: true });
    const path = join(dir, "p.yaml");
    expect(readFileSync(path, "utf8")).toBe('name: bar\nenabled: true\ncontents: "logging {}"\n');
    expect(outcome.fixedFiles).toEqual([path]);
    const [result] = outcome.results;
    expect(result.output).toBe('name: bar\nenabled: true\ncontents: "logging {}"\n');
    expect(result.messages).toEqual([]);
  });

  it("reports fixable counts without --fix and writes nothing", async () => {
    const dir = repo('name: baar\ncontents: "x"\n');
    const { results } = await lintProject({ cwd: dir, rules: [collapse] });
    expect(results[0]).toMatchObject({ errorCount: 1, fixableErrorCount: 1 });
    expect(results[0].messages[0].fix).toEqual({ range: [7, 9], text: "a" });
    expect(readFileSync(join(dir, "p.yaml"), "utf8")).toBe('name: baar\ncontents: "x"\n');
  });

  it("dry run and buffers: output computed, nothing written", async () => {
    const dir = repo('name: baar\ncontents: "x"\n');
    const path = join(dir, "p.yaml");
    const dry = await lintProject({ cwd: dir, rules: [collapse], fix: true, fixDryRun: true });
    expect(dry.results[0].output).toBe('name: bar\ncontents: "x"\n');
    const buffered = await lintProject({ cwd: dir, rules: [collapse], fix: true, buffers: new Map([[path, 'name: caar\ncontents: "x"\n']]), paths: [path] });
    expect(buffered.results[0].output).toBe('name: car\ncontents: "x"\n');
    expect(readFileSync(path, "utf8")).toBe('name: baar\ncontents: "x"\n');
  });
});
