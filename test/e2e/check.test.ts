/**
 * `fleetlint check` end to end through the built binary, on the fixture
 * repositories fixtures/repos/check-{core,targets,clean}: every core rule,
 * partial file lists, --stdin, the JSON shape, formats and exit codes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, ensureBuilt, FIXTURES, fleetlint, removeCopies, tempDir } from "./check-helpers.js";

const core = join(FIXTURES, "check-core");
const targets = join(FIXTURES, "check-targets");
const clean = join(FIXTURES, "check-clean");

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related?: { filePath: string; line: number; column: number; message: string }[];
  suggestions?: unknown[];
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function json(args: string[], cwd: string, input?: string): { code: number | null; results: JsonResult[]; stderr: string } {
  const run = fleetlint(["check", "--format", "json", ...args], { cwd, input });
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[], stderr: run.stderr };
}

/** `file:line:col rule` for every message, files relative to the repo. */
function brief(results: JsonResult[], repo: string): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(repo.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? "-"}`));
}

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => removeCopies());

describe("fleetlint check on whole repositories", () => {
  it("a clean repository: exit 0, no output", () => {
    const run = fleetlint(["check"], { cwd: clean });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("plain stylish output (not a TTY) for every core rule, exit 1", () => {
    const run = fleetlint(["check"], { cwd: core });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      "pipelines/b-logs-copy.yaml:1:7: error Duplicate pipeline name 'logs' in stack 'prod' (also defined at pipelines/a-logs.yaml:1:7) [pipeline-unique-name]",
      "pipelines/d-metrics.yaml:1:7: warning Pipeline name 'metrics' differs only in case from 'Metrics' in stack 'prod' (defined at pipelines/c-metrics-upper.yaml:1:7) [pipeline-unique-name]",
      "pipelines/e-broken.alloy:3:1: error expected }, got EOF [alloy-syntax]",
      "pipelines/f-forgotten.yaml:1:7: warning Expected `enabled` in the definition of 'forgotten': without it the pipeline is synced disabled [explicit-enabled]",
      "pipelines/f-forgotten.yaml:1:7: error Too many pipelines in stack 'prod': 5 exceeds the limit of 4 [pipeline-limit]",
      'pipelines/f-forgotten.yaml:7:3: error attribute names may only consist of a single identifier with no "." [alloy-syntax]',
      "",
      "\u2716 6 problems (4 errors, 2 warnings)",
      "",
    ]);
  });

  it("--format json: ESLint's shape, absolute paths, one result per linted file", () => {
    const { code, results } = json([], core);
    expect(code).toBe(1);
    expect(results.map((r) => r.filePath)).toEqual(
      [
        "a-logs.alloy",
        "a-logs.yaml",
        "b-logs-copy.yaml",
        "c-metrics-upper.yaml",
        "d-metrics.yaml",
        "e-broken.alloy",
        "e-broken.yaml",
        "f-forgotten.yaml",
      ].map((f) => join(core, "pipelines", f)),
    );
    const duplicate = results[2].messages[0];
    expect(duplicate).toEqual({
      ruleId: "pipeline-unique-name",
      severity: 2,
      message: "Duplicate pipeline name 'logs' in stack 'prod' (also defined at pipelines/a-logs.yaml:1:7)",
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 11,
      related: [{ filePath: join(core, "pipelines", "a-logs.yaml"), line: 1, column: 7, message: "'logs' previously defined here" }],
    });
    expect(results[7]).toMatchObject({ errorCount: 2, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(results[7].messages[0].suggestions).toEqual([{ desc: "Add `enabled: true`", fix: { range: [16, 16], text: "enabled: true\n" } }]);
    // ESLint's keys, then infoCount, plus alloyMode on .alloy files (how each was analysed, docs/check.md).
    for (const r of results) {
      const keys = ["filePath", "messages", "errorCount", "warningCount", "fixableErrorCount", "fixableWarningCount", "infoCount"];
      expect(Object.keys(r)).toEqual(r.filePath.endsWith(".alloy") ? [...keys, "alloyMode"] : keys);
    }
    expect(results.filter((r) => r.filePath.endsWith(".alloy")).map((r) => (r as { alloyMode?: string }).alloyMode)).toEqual(["pipeline", "pipeline"]);
  });

  it("config-file problems use the config file's path", () => {
    const { code, results } = json([], targets);
    expect(code).toBe(1);
    expect(brief(results, targets)).toEqual([
      "fleetlint.config.yaml:6:11 source-consistency",
      "fleetlint.config.yaml:7:16 source-consistency",
      "pipelines/team/team.yaml:1:7 source-consistency",
    ]);
  });
});

describe("partial file lists (hooks)", () => {
  it("one later duplicate given: reported there with related, nothing on other files", () => {
    const { results } = json(["pipelines/b-logs-copy.yaml"], core);
    // Results are sorted by path; the stack's limit problem is file-less (the crossing file was not given).
    expect(results.map((r) => r.filePath)).toEqual([join(core, "fleetlint.config.yaml"), join(core, "pipelines", "b-logs-copy.yaml")]);
    expect(brief(results, core)).toEqual(["fleetlint.config.yaml:5:12 pipeline-limit", "pipelines/b-logs-copy.yaml:1:7 pipeline-unique-name"]);
    expect(results[1].messages[0].related?.[0].filePath).toBe(join(core, "pipelines", "a-logs.yaml"));
  });

  it("only the first of two duplicates given: the collision is still reported, on that file", () => {
    const { results } = json(["pipelines/a-logs.yaml"], core);
    const own = results.find((r) => r.filePath === join(core, "pipelines", "a-logs.yaml"));
    const messages = own?.messages ?? [];
    expect(messages.map((m) => m.message)).toEqual(["Duplicate pipeline name 'logs' in stack 'prod' (also defined at pipelines/b-logs-copy.yaml:1:7)"]);
    expect(messages[0].related).toEqual([{ filePath: join(core, "pipelines", "b-logs-copy.yaml"), line: 1, column: 7, message: "'logs' also defined here" }]);
  });

  it("a .alloy path alone is linted as Alloy contents", () => {
    const { code, results } = json(["pipelines/e-broken.alloy"], core);
    expect(code).toBe(1);
    expect(brief(results, core)).toEqual(["fleetlint.config.yaml:5:12 pipeline-limit", "pipelines/e-broken.alloy:3:1 alloy-syntax"]);
  });

  it("a path that matches nothing lintable is exit 2, unless --no-errors-on-unmatched", () => {
    const run = fleetlint(["check", "fleetlint.config.yaml"], { cwd: clean });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fleetlint: no lintable files .* match '.*fleetlint\.config\.yaml'/);
    expect(fleetlint(["check", "--no-errors-on-unmatched", "fleetlint.config.yaml"], { cwd: clean })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("--stdin --stdin-filename", () => {
  it("lints the buffer as if it were at the path; project rules see the rest of the repository", () => {
    const input = 'name: self\nmatchers: ["env=prod"]\ncontents: |\n  prometheus.exporter.self "x" { }\n';
    const { code, results } = json(["--stdin", "--stdin-filename", "pipelines/new.yaml"], clean, input);
    expect(code).toBe(1);
    expect(results).toHaveLength(1);
    expect(results[0].filePath).toBe(join(clean, "pipelines", "new.yaml"));
    expect(results[0].messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["pipeline-unique-name", 1, 7],
      ["explicit-enabled", 1, 7],
    ]);
    expect(existsSync(join(clean, "pipelines", "new.yaml"))).toBe(false);
  });

  it("the buffer replaces the file on disk", () => {
    const { code, results } = json(["--stdin", "--stdin-filename", "pipelines/self.alloy"], clean, "x = [1 2]\n");
    expect(code).toBe(1);
    expect(results[0].messages.map((m) => m.message)).toEqual(["missing ',' in expression list"]);
  });

  it("refuses --fix (nothing to write to); --fix-dry-run is the editor's form", () => {
    const run = fleetlint(["check", "--stdin", "--stdin-filename", "pipelines/self.alloy", "--fix"], { cwd: clean, input: "" });
    expect(run).toMatchObject({ code: 2, stderr: "fleetlint: --fix cannot write standard input; use --fix-dry-run with --stdin\n" });
  });

  it("needs --stdin-filename", () => {
    const run = fleetlint(["check", "--stdin"], { cwd: clean, input: "" });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fleetlint: --stdin needs --stdin-filename PATH\n");
  });
});

describe("flags and exit codes", () => {
  it("--quiet shows errors only; --max-warnings turns warnings into exit 1", () => {
    const quiet = fleetlint(["check", "--quiet", "--format", "compact", "pipelines/d-metrics.yaml"], { cwd: core });
    expect(quiet.code).toBe(1); // the config-file pipeline-limit error
    expect(quiet.stdout).not.toContain("Warning");
    const warnOnly = ["check", "--rule", "pipeline-limit:off", "pipelines/d-metrics.yaml"];
    expect(fleetlint(warnOnly, { cwd: core }).code).toBe(0);
    const tooMany = fleetlint([...warnOnly, "--max-warnings", "0"], { cwd: core });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe("fleetlint: too many warnings (1; maximum 0)\n");
  });

  it("info (--rule id:info): shown, exit 0, not a warning for --max-warnings, hidden by --quiet", () => {
    const infoOnly = ["check", "--rule", "pipeline-limit:off", "--rule", "pipeline-unique-name:info", "pipelines/d-metrics.yaml"];
    const plain = fleetlint(infoOnly, { cwd: core });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^pipelines\/d-metrics\.yaml:\d+:\d+: info Pipeline name 'metrics' differs only in case .* \[pipeline-unique-name\]$/m);
    expect(plain.stdout).toContain("\u2139 1 problem (0 errors, 0 warnings, 1 info)");
    expect(fleetlint([...infoOnly, "--max-warnings", "0"], { cwd: core })).toMatchObject({ code: 0, stderr: "" });
    expect(fleetlint([...infoOnly, "--quiet"], { cwd: core })).toMatchObject({ code: 0, stdout: "" });
    const [result] = JSON.parse(fleetlint([...infoOnly, "--format", "json"], { cwd: core }).stdout) as (JsonResult & { infoCount: number })[];
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, infoCount: 1, messages: [{ ruleId: "pipeline-unique-name", severity: 3 }] });
  });

  it("--rule id:severity overrides the config, and rejects unknown rules and severities", () => {
    const run = fleetlint(["check", "--rule", "explicit-enabled:error", "--rule", "pipeline-limit:0", "--format", "compact", "pipelines/f-forgotten.yaml"], { cwd: core });
    expect(run.stdout).toContain("line 1, col 7, Error - Expected `enabled`");
    expect(run.stdout).not.toContain("pipeline-limit");
    expect(fleetlint(["check", "--rule", "no-such-rule:warn"], { cwd: core })).toMatchObject({ code: 2, stderr: "fleetlint: unknown rule 'no-such-rule' in --rule\n" });
    expect(fleetlint(["check", "--rule", "explicit-enabled:loud"], { cwd: core }).code).toBe(2);
  });

  it("several formats in one run: each --output-file goes with the --format before it", () => {
    const dir = copyFixture("check-core");
    const run = fleetlint(["check", "--format", "json", "--output-file", "out/report.json", "--format", "compact"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(": line 1, col 7, Error - Duplicate pipeline name 'logs'");
    const written = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as JsonResult[];
    expect(written).toHaveLength(8);
  });

  it("usage and configuration failures exit 2 with one line, never a stack trace", () => {
    const badFlag = fleetlint(["check", "--frobnicate"], { cwd: clean });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("unknown option '--frobnicate'");
    const badFormat = fleetlint(["check", "--format", "xml"], { cwd: clean });
    expect(badFormat).toMatchObject({ code: 2, stderr: "fleetlint: unknown format 'xml': expected one of stylish, json, compact, sarif, github, junit\n" });
    const missing = fleetlint(["check", "nope.yaml"], { cwd: clean });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^fleetlint: .*nope\.yaml/);
    const dir = tempDir("badconfig");
    writeFileSync(join(dir, "fleetlint.config.yaml"), "targets:\n  - root: .\n    pipelineLimit: lots\n");
    const badConfig = fleetlint(["check"], { cwd: dir });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/^fleetlint: fleetlint\.config\.yaml:3:\d+: /);
    for (const run of [badFlag, badFormat, missing, badConfig]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--print-config prints the resolved configuration and exits 0", () => {
    const run = fleetlint(["check", "--print-config"], { cwd: core });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("namespace: core");
    expect(run.stdout).toContain("pipelineLimit: 4");
  });

  it("--online without credentials exits 2 with a clear message", () => {
    const env = { FLEET_MANAGEMENT_URL: "", FLEET_MANAGEMENT_USERNAME: "", FLEET_MANAGEMENT_TOKEN: "", GRAFANA_FLEET_MANAGEMENT_URL: "", GRAFANA_FLEET_MANAGEMENT_AUTH: "" };
    const run = fleetlint(["check", "--online"], { cwd: clean, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fleetlint: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--color forces code frames; NO_COLOR keeps the plain form", () => {
    const colored = fleetlint(["check", "--color", "pipelines/e-broken.alloy", "--rule", "pipeline-limit:off"], { cwd: core });
    expect(colored.stdout).toContain("\u001b[");
    // eslint-disable-next-line no-control-regex
    expect(colored.stdout.replace(/\u001b\[\d+m/g, "")).toContain("--> pipelines/e-broken.alloy:3:1");
    expect(colored.stdout).toContain("docs/rules/alloy-syntax.md");
    const plain = fleetlint(["check", "pipelines/e-broken.alloy", "--rule", "pipeline-limit:off"], { cwd: core, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
  });
});

describe("--fix", () => {
  it("applies fixes, writes the file and reports what remains", () => {
    const dir = copyFixture("check-clean");
    const alloy = join(dir, "pipelines", "self.alloy");
    writeFileSync(alloy, 'prometheus.exporter.self "alloy" {\n}\nlogging {\nlevel="info"\n}\n');
    const before = fleetlint(["check", "--rule", "alloy-format:error", "--format", "json"], { cwd: dir });
    expect(before.code).toBe(1);
    expect((JSON.parse(before.stdout) as JsonResult[]).some((r) => r.fixableErrorCount > 0)).toBe(true);
    const fixed = fleetlint(["check", "--rule", "alloy-format:error", "--rule", "alloy-module-constraints:off", "--fix"], { cwd: dir });
    expect(fixed).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(alloy, "utf8")).toBe('prometheus.exporter.self "alloy" { }\n\nlogging {\n\tlevel = "info"\n}\n');
  });
});

describe("a generated repository of 2,000 pipelines", () => {
  it("lints clean (exit 0)", () => {
    const dir = tempDir("gen2000");
    const generator = join(FIXTURES, "..", "generate-repo.mjs");
    const gen = spawnSync(process.execPath, [generator, dir, "2000"], { encoding: "utf8" });
    expect(gen.status).toBe(0);
    const run = fleetlint(["check", "--format", "compact"], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: "" });
  }, 120_000);
});
