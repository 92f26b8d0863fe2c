/**
 * The import zones in eslint.config.js encode DESIGN §1: a stage never
 * imports from a later one. These lint made-up files through the project's
 * own config, so a zone that stops matching fails here, not in review.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const eslint = new ESLint({ cwd: root });

/** The layering messages ESLint gives for `code` placed at `path`. */
async function layeringProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layering zones (DESIGN §1)", () => {
  it.each([
    ["src/engine/upward.ts", 'import { exitCodeOf } from "../cli/errors.js";\nexport const f = exitCodeOf;\n'],
    ["src/config/upward.ts", 'import type { Pipeline } from "../repo/types.js";\nexport type P = Pipeline;\n'],
    ["src/core/upward.ts", 'import { parseFile } from "../../grammar/alloy/index.js";\nexport const f = parseFile;\n'],
    ["grammar/alloy/upward.ts", 'import { loadProject } from "../../src/repo/index.js";\nexport const f = loadProject;\n'],
    ["rules/upward.ts", 'import { loadFormatter } from "../src/report/index.js";\nexport const f = loadFormatter;\n'],
    ["src/report/upward.ts", 'import { FleetSession } from "../fleet/session.js";\nexport const f = FleetSession;\n'],
    ["src/lsp/upward.ts", 'import { version } from "../cli/index.js";\nexport const f = version;\n'],
  ])("rejects an upward import in %s", async (path, code) => {
    const problems = await layeringProblems(path, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^no-restricted-imports: .*DESIGN §1: /);
  });

  it("rejects an upward dynamic import()", async () => {
    const problems = await layeringProblems("src/engine/upward.ts", 'export const load = () => import("../fleet/online.js");\n');
    expect(problems).toEqual([expect.stringMatching(/^no-restricted-syntax: DESIGN §1: src\/engine /)]);
  });

  it.each([
    ["src/engine/downward.ts", 'import { FleetlintError } from "../core/errors.js";\nimport { loadProject } from "../repo/index.js";\nimport { RULE_IDS } from "../../rules/index.js";\nexport const f = [FleetlintError, loadProject, RULE_IDS];\n'],
    ["src/config/downward.ts", 'import { RULE_IDS } from "../../rules/index.js";\nexport const f = RULE_IDS;\n'],
    ["rules/downward.ts", 'import { defineRule } from "../src/engine/types.js";\nimport { parseFile } from "../grammar/alloy/index.js";\nexport const f = [defineRule, parseFile];\n'],
    ["src/cli/anything.ts", 'import { lintProject } from "../engine/index.js";\nimport { createSession } from "./fleet-session.js";\nexport const f = [lintProject, createSession];\n'],
  ])("accepts downward imports in %s", async (path, code) => {
    expect(await layeringProblems(path, code)).toEqual([]);
  });

  it("keeps the grammar's internals behind its public modules", async () => {
    const deep = await layeringProblems("src/alloy-semantics/deep.ts", 'import { Scanner } from "../../grammar/alloy/scanner.js";\nexport const f = Scanner;\n');
    expect(deep).toEqual([expect.stringMatching(/^no-restricted-imports: .*DESIGN §1: outside grammar\/, import the grammar through its public modules/)]);
    const lazy = await layeringProblems("src/lsp/deep.ts", 'export const load = () => import("../../grammar/matchers/parser.js");\n');
    expect(lazy).toEqual([expect.stringMatching(/^no-restricted-syntax: DESIGN §1: outside grammar\//)]);
    const entries = [
      'import type { Block } from "../../grammar/alloy/ast.js";',
      'import { printFile } from "../../grammar/alloy/printer.js";',
      'import { parseMatcher } from "../../grammar/matchers/index.js";',
      'export const load = () => import("../../grammar/alloy/format.js");',
      "export type B = Block;",
      "export const f = [printFile, parseMatcher];",
    ];
    expect(await layeringProblems("src/lsp/entries.ts", `${entries.join("\n")}\n`)).toEqual([]);
    // Inside grammar/ the modules use each other freely.
    expect(await layeringProblems("grammar/alloy/inner.ts", 'import { Scanner } from "./scanner.js";\nexport const f = Scanner;\n')).toEqual([]);
  });

  it("lets only the registry of rules/ be read by the engine", async () => {
    const problems = await layeringProblems("src/engine/upward.ts", 'import rule from "../../rules/alloy-syntax.js";\nexport const f = rule;\n');
    expect(problems).toHaveLength(1);
  });
});
