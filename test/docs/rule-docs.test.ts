/**
 * Docs are executable (ESLint's checkRuleFiles and check-rule-examples):
 * every rule id has a module, a registry entry, a doc and a test file, and
 * every example in a doc's `## Incorrect` section produces that rule's
 * diagnostic while every `## Correct` example produces none.
 *
 * Example conventions (docs/rules/*.md):
 * - a fenced block tagged `alloy` or `yaml` is one example file;
 * - a first line `# file: PATH` (YAML) or `// file: PATH` (Alloy) names the
 *   file; consecutive named blocks form one example repository (a
 *   `fleetlint.config.yaml` among them is the config);
 * - an unnamed `yaml` block is `pipelines/example.yaml`; an unnamed `alloy`
 *   block is `pipelines/example.alloy`, the contents of a generated
 *   definition `pipelines/example.yaml`; each unnamed block is its own example.
 * Network rules need a server, so their examples are only checked for shape.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULE_IDS, loadRule, type RuleId } from "../../rules/index.js";
import { lintCase } from "../rules/rule-tester.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Example {
  /** Relative path → text. */
  files: Record<string, string>;
  /** Where in the doc it starts, for failure messages. */
  line: number;
}

interface Block {
  lang: string;
  text: string;
  line: number;
}

function section(markdown: string, heading: string): string[] | undefined {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).map((l, i) => `${start + 2 + i}\u0000${l}`);
}

function blocks(numbered: string[]): Block[] {
  const found: Block[] = [];
  let open: { lang: string; line: number; body: string[] } | undefined;
  for (const entry of numbered) {
    const [n, line] = entry.split("\u0000");
    const fence = /^```\s*([\w-]*)\s*$/.exec(line);
    if (fence && !open) open = { lang: fence[1], line: Number(n), body: [] };
    else if (fence && open) {
      found.push({ lang: open.lang, line: open.line, text: `${open.body.join("\n")}\n` });
      open = undefined;
    } else if (open) open.body.push(line);
  }
  return found;
}

const DEFINITION = 'name: example\nenabled: true\nmatchers: ["env=prod"]\n';

/** Groups a section's code blocks into example repositories (see the conventions above). */
export function examples(numbered: string[]): Example[] {
  const out: Example[] = [];
  let group: Example | undefined;
  for (const block of blocks(numbered)) {
    const lang = block.lang === "yml" ? "yaml" : block.lang;
    if (lang !== "yaml" && lang !== "alloy") continue;
    const named = /^(?:#|\/\/)\s*file:\s*(\S+)\s*$/.exec(block.text.split("\n")[0]);
    if (named) {
      group ??= { files: {}, line: block.line };
      group.files[named[1]] = block.text;
      continue;
    }
    if (group) out.push(group);
    group = undefined;
    out.push({
      line: block.line,
      files:
        lang === "alloy"
          ? { "pipelines/example.yaml": DEFINITION, "pipelines/example.alloy": block.text }
          : { "pipelines/example.yaml": block.text },
    });
  }
  if (group) out.push(group);
  return out;
}

describe("rule files (checkRuleFiles)", () => {
  const documented = readdirSync(join(root, "docs", "rules")).filter((f) => f.endsWith(".md"));
  it("every doc in docs/rules is for a registered rule", () => {
    expect(documented.map((f) => f.replace(/\.md$/, "")).filter((id) => !(RULE_IDS as readonly string[]).includes(id))).toEqual([]);
  });
  for (const id of RULE_IDS) {
    it(`${id}: module, doc (title and example sections) and test file`, async () => {
      const rule = await loadRule(id);
      expect(rule.meta.id).toBe(id);
      expect(existsSync(join(root, "rules", `${id}.ts`)), `rules/${id}.ts exists`).toBe(true);
      expect(existsSync(join(root, "test", "rules", `${id}.test.ts`)), `test/rules/${id}.test.ts exists`).toBe(true);
      const docPath = join(root, "docs", "rules", `${id}.md`);
      expect(existsSync(docPath), `docs/rules/${id}.md exists`).toBe(true);
      const doc = readFileSync(docPath, "utf8");
      expect(doc.split("\n")[0]).toBe(`# ${id}`);
      for (const heading of ["Incorrect", "Correct"]) {
        const lines = section(doc, heading);
        expect(lines, `${id}.md has a "## ${heading}" section`).toBeDefined();
        expect(examples(lines!).length, `${id}.md has an alloy or yaml example under "## ${heading}"`).toBeGreaterThan(0);
      }
    });
  }
});

describe("rule doc examples (check-rule-examples)", () => {
  for (const id of RULE_IDS) {
    const docPath = join(root, "docs", "rules", `${id}.md`);
    if (!existsSync(docPath)) continue; // reported by the rule-files test above
    const doc = readFileSync(docPath, "utf8");
    for (const [heading, wantProblems] of [
      ["Incorrect", true],
      ["Correct", false],
    ] as const) {
      const found = examples(section(doc, heading) ?? []);
      found.forEach((example) => {
        it(`${id}: ${heading} example at docs/rules/${id}.md:${example.line}`, async () => {
          const rule = await loadRule(id as RuleId);
          if (rule.meta.category === "network") {
            // Needs a Fleet Management server; the example's shape was checked above.
            expect(Object.keys(example.files).length).toBeGreaterThan(0);
            return;
          }
          const { results } = await lintCase(rule, { name: id, files: example.files, severity: "error" });
          const own = results.flatMap((r) => r.messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.message}`));
          if (wantProblems) expect(own.length, `expected a ${id} problem`).toBeGreaterThan(0);
          else expect(own).toEqual([]);
        });
      });
    }
  }
});
