/**
 * A RuleTester in ESLint's spirit for fleetlint rules: each case is a small
 * repository (relative path → text, a `fleetlint.config.yaml` included when
 * the case needs one), written to a temporary folder and linted through the
 * real config loader, project loader and engine with only the rule under
 * test. Invalid cases list every expected problem: rule message id, the data
 * the message was built from (compared as the rendered message, as ESLint
 * does), the exact range, and optionally severity, related locations and
 * suggestion outputs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintProject } from "../../src/engine/index.js";
import { fillTemplate } from "../../src/core/template.js";
import type { Diagnostic, FileResult, SeverityName } from "../../src/core/diagnostic.js";
import type { OnlineState, Rule } from "../../src/engine/types.js";
import { loadRule, type RuleId } from "../../rules/index.js";

export interface RuleCase {
  /** Shown in the test name. */
  name: string;
  /** Repository files: relative path → text. */
  files: Record<string, string>;
  /** Files given to `check` (relative); default: the whole repository. */
  paths?: string[];
  online?: OnlineState;
  /** Severity for the rule under test (default: its own default). */
  severity?: SeverityName;
  /** Only: other rules to run alongside (by id). */
  alsoRun?: RuleId[];
}

export interface ExpectedRelated {
  file: string;
  line: number;
  column: number;
  message?: string;
}

export interface ExpectedProblem {
  /** Relative path of the file the problem is reported in. */
  file: string;
  /** The rule's message id; null for an engine message (unused directive). */
  messageId: string | null;
  /** Data the message was built from; for `messageId: null`, give `message`. */
  data?: Record<string, string | number>;
  message?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: 1 | 2;
  related?: ExpectedRelated[];
  /** Each suggestion: its description and the whole file after applying it. */
  suggestions?: { desc: string; output: string }[];
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedProblem[];
}

export interface Repo {
  dir: string;
  path(rel: string): string;
  rel(abs: string): string;
}

const made: string[] = [];

/** Writes a repository to a fresh temporary folder (removed after the file's tests). */
export function writeRepo(files: Record<string, string>): Repo {
  const dir = mkdtempSync(join(tmpdir(), "fleetlint-rule-"));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return {
    dir,
    path: (rel) => join(dir, rel),
    rel: (abs) => relative(dir, abs).split(sep).join("/"),
  };
}

/** Lints a case with the rule under test (and `alsoRun`) only; returns results and the repo. */
export async function lintCase(rule: Rule, c: RuleCase): Promise<{ results: FileResult[]; repo: Repo }> {
  const repo = writeRepo(c.files);
  const extra = await Promise.all((c.alsoRun ?? []).map((id) => loadRule(id)));
  const outcome = await lintProject({
    cwd: repo.dir,
    rules: [rule, ...extra],
    paths: c.paths?.map((p) => repo.path(p)),
    online: c.online,
    ruleOverrides: c.severity ? { [rule.meta.id]: c.severity } : undefined,
  });
  return { results: outcome.results, repo };
}

function applySuggestion(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function actualProblem(rule: Rule, result: FileResult, m: Diagnostic, repo: Repo, expected: ExpectedProblem | undefined) {
  const actual: Record<string, unknown> = {
    file: repo.rel(result.filePath),
    messageId: m.ruleId === null ? null : (m.messageId ?? null),
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
  };
  if (expected?.severity !== undefined) actual.severity = m.severity;
  if (expected?.related !== undefined) {
    actual.related = (m.related ?? []).map((r) => {
      const out: ExpectedRelated = { file: repo.rel(r.filePath), line: r.line, column: r.column };
      if (expected.related?.some((e) => e.message !== undefined)) out.message = r.message;
      return out;
    });
  }
  if (expected?.suggestions !== undefined) {
    actual.suggestions = (m.suggestions ?? []).map((s) => ({ desc: s.desc, output: applySuggestion(result.source ?? "", s.fix) }));
  }
  void rule;
  return actual;
}

function expectedProblem(rule: Rule, e: ExpectedProblem): Record<string, unknown> {
  const template = e.messageId === null ? undefined : rule.meta.messages[e.messageId];
  if (e.messageId !== null && template === undefined) throw new Error(`test expects undeclared messageId '${e.messageId}'`);
  const out: Record<string, unknown> = {
    file: e.file,
    messageId: e.messageId,
    line: e.line,
    column: e.column,
    endLine: e.endLine,
    endColumn: e.endColumn,
    message: e.message ?? fillTemplate(template ?? "", e.data),
  };
  if (e.severity !== undefined) out.severity = e.severity;
  if (e.related !== undefined) out.related = e.related;
  if (e.suggestions !== undefined) out.suggestions = e.suggestions;
  return out;
}

/** Registers one vitest `describe` with a test per valid and invalid case. */
export function runRuleTests(id: RuleId, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(id, () => {
    afterAll(() => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const rule = await loadRule(id);
        const { results, repo } = await lintCase(rule, c);
        const problems = results.flatMap((r) => r.messages.map((m) => `${repo.rel(r.filePath)}:${m.line}:${m.column} ${m.message}`));
        expect(problems).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        if (c.errors.length === 0) throw new Error("an invalid case must expect at least one problem");
        const rule = await loadRule(id);
        const { results, repo } = await lintCase(rule, c);
        const actual: Record<string, unknown>[] = [];
        const expectedList = [...c.errors];
        for (const result of results) {
          for (const m of result.messages) {
            // Pair with the expectation at the same place, for the optional fields it asks about.
            const match = expectedList.find(
              (e) => e.file === repo.rel(result.filePath) && e.line === m.line && e.column === m.column,
            );
            actual.push(actualProblem(rule, result, m, repo, match));
          }
        }
        expect(actual).toEqual(c.errors.map((e) => expectedProblem(rule, e)));
      });
    }
  });
}
