/**
 * `fleetlint fmt` through the CLI dispatcher, in-process: stdout/stderr are
 * captured, files are copies of fixtures/fmt/tree in a temporary folder
 * (plus a node_modules package, which must be skipped).
 */
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/index.js";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/fmt/tree");
const FORMATTED_SCRAPE =
  'prometheus.scrape "default" {\n\ttargets    = [{"__address__" = "localhost:9090"}]\n\tforward_to = [prometheus.remote_write.default.receiver]\n}\n';

let dir: string;
let stdout: string;
let stderr: string;
const cwd = process.cwd();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fleetlint-fmt-"));
  cpSync(FIXTURES, dir, { recursive: true });
  // Made here rather than in fixtures/: git ignores node_modules folders.
  mkdirSync(join(dir, "node_modules/pkg"), { recursive: true });
  writeFileSync(join(dir, "node_modules/pkg/ignored.alloy"), "a=1\n");
  process.chdir(dir);
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.chdir(cwd);
  process.exitCode = 0;
  rmSync(dir, { recursive: true, force: true });
});

const fmt = (...args: string[]) => run(["fmt", ...args]);

describe("fleetlint fmt FILE", () => {
  it("prints the formatted file and leaves it alone", async () => {
    const before = readFileSync("unformatted.alloy");
    expect(await fmt("unformatted.alloy")).toBe(0);
    expect(stdout).toBe(FORMATTED_SCRAPE);
    expect(readFileSync("unformatted.alloy")).toEqual(before);
  });

  it("prints syntax errors as path:line:col: message and exits 1", async () => {
    expect(await fmt("nested/broken.alloy")).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("nested/broken.alloy:3:1: error expected expression, got } [alloy-syntax]\n");
  });

  it("counts columns in UTF-16 code units", async () => {
    writeFileSync("wide.alloy", 'a = "é😀" + @\n');
    expect(await fmt("wide.alloy")).toBe(1);
    expect(stderr.split("\n")[0]).toBe("wide.alloy:1:13: error illegal character U+0040 '@' [alloy-syntax]");
  });

  it("exits 2 with a clear message for a missing path", async () => {
    expect(await fmt("nope.alloy")).toBe(2);
    expect(stderr).toBe("fleetlint: No such file or folder: nope.alloy\n");
  });

  it("needs a path unless writing or checking", async () => {
    expect(await fmt()).toBe(2);
    expect(stderr).toContain("fmt needs a file, a folder or - (stdin)");
  });

  it("refuses --write with --check", async () => {
    expect(await fmt("--write", "--check", ".")).toBe(2);
    expect(stderr).toContain("--write and --check cannot be used together");
  });

  it("warns when it keeps an escaped object key alloy fmt would change", async () => {
    writeFileSync("key.alloy", 'a = {"x\\"y" = 1}\n');
    expect(await fmt("key.alloy")).toBe(0);
    expect(stdout).toBe('a = {"x\\"y" = 1}\n');
    expect(stderr).toMatch(/^key\.alloy:1:6: warning Kept object key "x\\"y" as written/);
  });
});

describe("fleetlint fmt - (stdin)", () => {
  function stdin(text: string) {
    vi.spyOn(process, "stdin", "get").mockReturnValue(Readable.from([Buffer.from(text)]) as typeof process.stdin);
  }

  it("formats stdin to stdout", async () => {
    stdin("a=1\nbbb=2\n");
    expect(await fmt("-")).toBe(0);
    expect(stdout).toBe("a   = 1\nbbb = 2\n");
  });

  it("checks stdin", async () => {
    stdin("a = 1\n");
    expect(await fmt("--check", "-")).toBe(0);
    stdin("a=1\n");
    expect(await fmt("--check", "-")).toBe(1);
    expect(stdout).toBe("<stdin>\n");
  });

  it("reports syntax errors on stdin", async () => {
    stdin("a = \n");
    expect(await fmt("-")).toBe(1);
    expect(stderr).toBe("<stdin>:2:1: error expected expression, got EOF [alloy-syntax]\n");
  });

  it("does not write stdin", async () => {
    expect(await fmt("--write", "-")).toBe(2);
  });
});

describe("fleetlint fmt --check", () => {
  it("lists every unformatted .alloy file below a folder and exits 1", async () => {
    expect(await fmt("--check", ".")).toBe(1);
    expect(stdout).toBe("nested/deep.alloy\nunformatted.alloy\n");
    expect(stderr).toBe("nested/broken.alloy:3:1: error expected expression, got } [alloy-syntax]\n");
  });

  it("exits 0 when everything is formatted", async () => {
    expect(await fmt("-t", "formatted.alloy")).toBe(0);
    expect(stdout).toBe("");
  });

  it("defaults to the current folder", async () => {
    expect(await fmt("--check")).toBe(1);
    expect(stdout).toContain("unformatted.alloy\n");
  });

  it("treats a BOM or CRLF as unformatted", async () => {
    writeFileSync("crlf.alloy", "a = 1\r\n");
    writeFileSync("bom.alloy", "\uFEFFa = 1\n");
    expect(await fmt("--check", "crlf.alloy", "bom.alloy")).toBe(1);
    expect(stdout).toBe("crlf.alloy\nbom.alloy\n");
  });

  it("skips node_modules, .git and symlinked folders, but formats symlinked files", async () => {
    cpSync("nested", ".git/hooks", { recursive: true });
    symlinkSync(join(dir, "nested"), join(dir, "linked-folder"));
    symlinkSync(join(dir, "unformatted.alloy"), join(dir, "linked-file.alloy"));
    expect(await fmt("--check", ".")).toBe(1);
    expect(stdout).toBe("linked-file.alloy\nnested/deep.alloy\nunformatted.alloy\n");
  });
});

describe("fleetlint fmt --write", () => {
  it("rewrites changed files atomically, keeping their mode", async () => {
    chmodSync("unformatted.alloy", 0o640);
    expect(await fmt("--write", "unformatted.alloy")).toBe(0);
    expect(readFileSync("unformatted.alloy", "utf8")).toBe(FORMATTED_SCRAPE);
    expect(statSync("unformatted.alloy").mode & 0o777).toBe(0o640);
    expect(stdout).toBe("");
  });

  it("does not touch formatted files", async () => {
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync("formatted.alloy", past, past);
    expect(await fmt("-w", "formatted.alloy")).toBe(0);
    expect(statSync("formatted.alloy").mtimeMs).toBe(past.getTime());
  });

  it("keeps going after a file with syntax errors and exits 1", async () => {
    const broken = readFileSync("nested/broken.alloy");
    expect(await fmt("--write", ".")).toBe(1);
    expect(readFileSync("nested/broken.alloy")).toEqual(broken);
    expect(readFileSync("nested/deep.alloy", "utf8")).toBe("a = 1\n");
    expect(readFileSync("unformatted.alloy", "utf8")).toBe(FORMATTED_SCRAPE);
    expect(readFileSync("node_modules/pkg/ignored.alloy", "utf8")).toBe("a=1\n");
    expect(stderr).toBe("nested/broken.alloy:3:1: error expected expression, got } [alloy-syntax]\n");
  });

  it("writes through a symlink, which stays a symlink", async () => {
    symlinkSync(join(dir, "unformatted.alloy"), join(dir, "link.alloy"));
    expect(await fmt("--write", "link.alloy")).toBe(0);
    expect(readFileSync("unformatted.alloy", "utf8")).toBe(FORMATTED_SCRAPE);
    expect(lstatSync("link.alloy").isSymbolicLink()).toBe(true);
  });
});
