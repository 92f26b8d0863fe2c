// The library API is typed for the people who install it: the packed tarball,
// installed offline into an empty TypeScript project, compiles a script that
// uses it under `module: nodenext` and under `moduleResolution: bundler`,
// with `skipLibCheck: false` so the shipped declarations are checked too and
// with no package but fleetlint and @types/node (a leaked import of yaml or
// chevrotain would fail). A deliberate mistake must be reported, so the types
// are not `any`. The docs' `from "fleetlint"` examples compile the same way.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must, repoRoot, run } from "../integrations/helpers.js";

/** Tools that must not be able to reach the registry. */
const OFFLINE = { npm_config_registry: "http://127.0.0.1:9", npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
const TSC = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** What a Node.js TypeScript project has anyway; copied from ours so the install stays offline. */
const CONSUMER_TYPE_PACKAGES = ["@types/node", "undici-types"];

/** A script using the sync, plan and import flows, the lint and format functions, the parser and the errors. */
const LIBRARY_SCRIPT = `import {
  FORMAT_NAMES,
  FleetSession,
  FleetlintError,
  RULE_IDS,
  SourceText,
  SyncRefusedError,
  format,
  formatContext,
  hasChanges,
  importPipelines,
  isRuleId,
  lintProject,
  loadConfig,
  loadProject,
  parseFile,
  planJson,
  planTargets,
  renderPlans,
  syncProject,
  version,
  type Diagnostic,
  type FileResult,
  type FleetlintErrorKind,
  type FormatName,
  type LintOutcome,
  type PlanJson,
  type ResolvedConfig,
  type RuleId,
  type SyncEvent,
  type SyncResult,
  type TargetPlan,
} from "fleetlint";

type IsAny<T> = 0 extends 1 & T ? true : false;
type NoneIsAny<Checks extends false[]> = Checks;
export type Typed = NoneIsAny<[
  IsAny<typeof lintProject>,
  IsAny<LintOutcome>,
  IsAny<Diagnostic>,
  IsAny<ResolvedConfig>,
  IsAny<Awaited<ReturnType<typeof loadProject>>>,
  IsAny<SyncResult>,
  IsAny<TargetPlan>,
  IsAny<ReturnType<typeof parseFile>>,
  IsAny<FleetSession>,
  IsAny<Awaited<ReturnType<typeof importPipelines>>>,
]>;

const cwd = process.cwd();
const config: ResolvedConfig = await loadConfig({ cwd });
const project = await loadProject(config, { cwd });
const outcome: LintOutcome = await lintProject({ cwd, config, project, ruleOverrides: { "alloy-format": "error" } });
const errors: number = outcome.results.reduce((sum: number, result: FileResult) => sum + result.errorCount, 0);
const first: Diagnostic | undefined = outcome.results[0]?.messages[0];
const formatName: FormatName = FORMAT_NAMES[0];
const report: string = await format(formatName, outcome.results, formatContext(outcome.rules, cwd, false));
const ruleId: RuleId | undefined = RULE_IDS.find((id) => isRuleId(id));
const parsed = parseFile('prometheus.exporter.self "default" { }\\n');
const where: { line: number; column: number } = new SourceText("inline.alloy", "x").positionAt(0);

const session = new FleetSession({ env: process.env });
const planned = await planTargets({ project, session });
const plans: TargetPlan[] = planned.map((target) => target.plan);
const json: PlanJson = planJson(plans.filter(hasChanges));
const markdown: string = renderPlans(plans, "markdown");
try {
  const result: SyncResult = await syncProject({
    cwd,
    project,
    session,
    allowEmpty: false,
    adopt: false,
    lint: async () => outcome.results,
    onEvent(event: SyncEvent) {
      if (event.type === "applied") console.log(event.plan.namespace, event.plan.create.length);
    },
  });
  console.log(result.status === "applied" ? result.applied.length : result.refused.length);
} catch (error) {
  if (error instanceof SyncRefusedError) console.log(error.message);
  else if (error instanceof FleetlintError) {
    const kind: FleetlintErrorKind = error.kind;
    console.log(kind);
  }
}
const imported = await importPipelines({ cwd, config, session, namespace: "team-a" });
console.log(version, errors, first?.line, report, ruleId, parsed.ast === null, parsed.diagnostics.length, where.line, json, markdown, imported.files.length);
`;

/** Mistakes a typed API rejects and `any` would let through: each line after the first two must fail, with these errors. */
const WRONG_SCRIPT = `import { lintProject, renderPlans, loadConfig } from "fleetlint";
const outcome = await lintProject({ cwd: "." });
export const count: string = outcome.results.length;
export const rendered = renderPlans([], "yaml");
export const config = await loadConfig({ directory: "." });
`;
const WRONG_ERRORS = [
  "wrong.ts(3,14): error TS2322: Type 'number' is not assignable to type 'string'.",
  `wrong.ts(4,41): error TS2345: Argument of type '"yaml"' is not assignable to parameter of type 'PlanFormat'.`,
  "wrong.ts(5,42): error TS2353: Object literal may only specify known properties, and 'directory' does not exist in type 'LoadConfigOptions'.",
];

/** Both resolutions a consumer may use, each strict and checking the shipped declarations. */
const COMPILER_OPTIONS = {
  nodenext: { module: "nodenext" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;

function tsconfig(resolution: keyof typeof COMPILER_OPTIONS, files: string[]): string {
  const options = { target: "es2023", lib: ["es2023"], types: ["node"], strict: true, noEmit: true, skipLibCheck: false, ...COMPILER_OPTIONS[resolution] };
  return `${JSON.stringify({ compilerOptions: options, files }, null, 2)}\n`;
}

/** The ```ts blocks of the docs that import the library. */
function docsExamples(): { name: string; code: string }[] {
  const docs = ["README.md", ...readdirSync(join(repoRoot, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  return docs.flatMap((doc) =>
    [...readFileSync(join(repoRoot, doc), "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
      .map((m) => m[1])
      .filter((code) => /from "fleetlint"/.test(code))
      .map((code, i) => ({ name: `${doc.replace(/[/.]/g, "-")}-${i + 1}.ts`, code })),
  );
}

/** Every string an `exports` map can resolve to, through nested conditions. */
function exportTargets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(exportTargets);
  return [];
}

describe("the packed tarball's type declarations, in a TypeScript project with the registry unreachable", () => {
  let tmp: string;
  let consumer: string;
  let installed: string;
  let packedFiles: string[];
  let examples: { name: string; code: string }[];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "fleetlint-types-"));
    const [packed] = JSON.parse(must("npm", ["pack", "--json", "--pack-destination", tmp], repoRoot, { HUSKY: "0" }).stdout) as { filename: string; files: { path: string }[] }[];
    packedFiles = packed.files.map((f) => f.path);
    consumer = join(tmp, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
    must("npm", ["install", "--no-package-lock", join(tmp, packed.filename)], consumer, OFFLINE);
    installed = join(consumer, "node_modules", "fleetlint");
    for (const name of CONSUMER_TYPE_PACKAGES) cpSync(join(repoRoot, "node_modules", name), join(consumer, "node_modules", name), { recursive: true, dereference: true });
    examples = docsExamples();
    writeFileSync(join(consumer, "library.ts"), LIBRARY_SCRIPT);
    writeFileSync(join(consumer, "wrong.ts"), WRONG_SCRIPT);
    for (const { name, code } of examples) writeFileSync(join(consumer, name), code);
    for (const resolution of Object.keys(COMPILER_OPTIONS) as (keyof typeof COMPILER_OPTIONS)[]) {
      // One compile per resolution: the clean files add no errors to the expected list.
      writeFileSync(join(consumer, `tsconfig.${resolution}.json`), tsconfig(resolution, ["library.ts", "wrong.ts", ...examples.map((e) => e.name)]));
    }
  }, 300_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it("names the declarations first in exports and in types, and ships every file package.json points at", () => {
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { types: string; exports: Record<string, unknown>; bin: Record<string, string> };
    const root = pkg.exports["."] as Record<string, string>;
    expect(Object.keys(root)[0], "TypeScript reads conditions in order: types must come first").toBe("types");
    expect(root.types).toBe(`./${pkg.types}`);
    const targets = [...exportTargets(pkg.exports), pkg.types, ...Object.values(pkg.bin)].map((t) => posix.normalize(t));
    for (const target of targets) {
      expect(packedFiles, target).toContain(target);
      expect(existsSync(join(installed, target)), target).toBe(true);
    }
  });

  it("ships declarations that import nothing but each other and Node's own types", () => {
    const declarations = packedFiles.filter((f) => f.endsWith(".d.ts"));
    expect(declarations.length).toBeGreaterThan(1);
    expect(declarations.every((f) => f.startsWith("bundle/types/")), "declarations live in bundle/types/").toBe(true);
    const outside: string[] = [];
    for (const file of declarations) {
      const { importedFiles, typeReferenceDirectives } = ts.preProcessFile(readFileSync(join(installed, file), "utf8"), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (specifier.startsWith("node:")) continue;
        const target = specifier.startsWith(".") ? posix.join(posix.dirname(file), specifier.replace(/\.js$/, ".d.ts")) : specifier;
        if (!packedFiles.includes(target)) outside.push(`${file} -> ${specifier}`);
      }
      for (const { fileName: types } of typeReferenceDirectives) if (types !== "node") outside.push(`${file} -> types ${types}`);
    }
    expect(outside).toEqual([]);
  });

  it("leaves the consumer's node_modules with fleetlint and Node's types only (so a leaked import fails to resolve)", () => {
    const packages = readdirSync(join(consumer, "node_modules"))
      .filter((n) => !n.startsWith("."))
      .flatMap((n) => (n.startsWith("@") ? readdirSync(join(consumer, "node_modules", n)).map((s) => `${n}/${s}`) : [n]));
    expect(packages.sort()).toEqual(["fleetlint", ...CONSUMER_TYPE_PACKAGES].sort());
  });

  it("finds the docs' library examples to compile", () => {
    // fleet.md (sync) and check.md (lint and format) at the time of writing.
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  for (const resolution of Object.keys(COMPILER_OPTIONS) as (keyof typeof COMPILER_OPTIONS)[]) {
    it(`type-checks the script and the docs' examples under ${resolution} resolution, and reports exactly the mistakes (the types are not any)`, () => {
      const result = run(process.execPath, [TSC, "-p", `tsconfig.${resolution}.json`, "--pretty", "false"], consumer);
      expect(result.stdout.trim().split("\n")).toEqual(WRONG_ERRORS);
      expect(result.status).toBe(2);
    });
  }
});
