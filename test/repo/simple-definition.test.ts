/**
 * The fast path for short definition files (src/repo/simple-definition.ts)
 * must build exactly what the yaml path builds, or decline. Each case here is
 * run both ways and compared: values, key ranges, matcher and contents nodes
 * and where every decoded character maps in the file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceText } from "../../src/core/source.js";
import { validatePipeline } from "../../src/config/validator.js";
import { scalarText } from "../../src/config/yaml-scalar.js";
import { parseDefinition, parseDefinitionWithYaml, type ParsedDefinition } from "../../src/repo/definition.js";
import { readSimpleDefinition } from "../../src/repo/simple-definition.js";

type Node = ParsedDefinition["matcherNodes"][number];

function nodeView(text: string, node: Node | undefined) {
  if (!node) return undefined;
  const scalar = scalarText(text, node);
  const offsets = Array.from({ length: scalar.text.length + 1 }, (_, i) => scalar.toFileOffset(i));
  return { value: node.value, type: node.type, range: node.range?.slice(0, 2), text: scalar.text, offsets };
}

function view(text: string, parsed: ParsedDefinition) {
  return {
    keys: [...parsed.definition.keys],
    range: parsed.definition.range,
    data: parsed.definition.data,
    fields: parsed.fields,
    problems: parsed.problems.map((p) => ({ ...p, file: p.file.path })),
    matchers: parsed.matcherNodes.map((n) => nodeView(text, n)),
    contents: nodeView(text, parsed.contentsNode),
  };
}

/**
 * Parses both ways and compares; when the text is in the subset, also
 * compares the fast reader's own output with yaml's (schema-valid or not).
 * Says whether parseDefinition took the fast path (in the subset and valid).
 */
function expectSameAsYaml(text: string): boolean {
  const file = new SourceText("/repo/p.yaml", text);
  const full = parseDefinitionWithYaml(file);
  expect(view(text, parseDefinition(file)), JSON.stringify(text)).toEqual(view(text, full));
  const simple = readSimpleDefinition(text);
  if (simple === null) return false;
  subsetTexts++;
  const contents = simple.scalars.get("contents");
  expect(
    {
      keys: [...simple.keys],
      data: simple.data,
      matchers: (simple.items.get("matchers") ?? []).map((n) => nodeView(text, n)),
      contents: nodeView(text, typeof contents?.value === "string" ? contents : undefined),
    },
    JSON.stringify(text),
  ).toEqual({ keys: [...full.definition.keys], data: full.definition.data, matchers: full.matcherNodes.map((n) => nodeView(text, n)), contents: nodeView(text, full.contentsNode) });
  return validatePipeline(simple.data);
}

let subsetTexts = 0;

describe("the definition fast path", () => {
  it("takes the common short files and builds what yaml builds", () => {
    for (const text of [
      "name: checkout-api\nenabled: true\nmatchers:\n  - team=checkout\n  - region=~\"eu-west-2|us-east-1\"\n",
      "name: a\nenabled: false\nmatchers: []\n",
      "# a comment\nname: a\n\nmatchers:\n# between\n    - 'x=\"y\"'\n    - \"env!=dev\"\nenabled: true",
      "matchers:\n  - a=b\ncontents_file: ../shared/base.alloy\nconfig_type: alloy\n",
      "name: b\ncontents: logging {}\n",
      "enabled: true\nname:    spaced-value\n",
    ]) {
      expect(expectSameAsYaml(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("declines what it does not fully understand, and the yaml path answers", () => {
    for (const text of [
      "",
      "name: a # trailing comment\n",
      "name: 123\n",
      "name: .5\n",
      "name: -.inf\n",
      "name: null\n",
      "enabled: yes\n",
      "enabled: True\n",
      "matchers:\n",
      "matchers:\n  - a\n   - b\n",
      "matchers:\n  - a\n    b\n",
      "name: a\n  continued\n",
      "name: a\nname: b\n",
      "name: 'it''s'\n",
      'name: "tab\\there"\n',
      "name: a\r\nenabled: true\r\n",
      "---\nname: a\n",
      "name: &x a\n",
      "name: a:\n",
      "name: a: b\n",
      "metadata:\n  owner: me\n",
      "contents: |\n  logging {}\n",
      "matchers: [a=b]\n",
      "nmae: typo\n",
      "matchers:\n  - true\n",
      "  # indented comment\nname: a\n",
      "name: \u00e9t\u00e9\n",
    ]) {
      expect(expectSameAsYaml(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("agrees with yaml on generated definitions in and around the subset", () => {
    const key = fc.constantFrom("name", "enabled", "matchers", "matchers", "contents", "contents_file", "config_type", "nmae");
    const scalar = fc.constantFrom(
      "a", "team=checkout", 'region=~"eu|us"', "true", "false", "True", "null", "~", "1", "-x", "x:", "a: b", "a #c", "a#c",
      '"q"', '"a b"', "'s'", '""', "''", '"a\\"b"', "[]", "[a]", "{}", "otel", "alloy", "../a.alloy", ".5", "+1", "0x1f", ".inf", ".nan", "1e3", "a.b", "x ", "x,y", "?x", "%x", "@x", "a\tb", "é",
    );
    const line = fc.oneof(
      { arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`), weight: 4 },
      fc.tuple(key, fc.constantFrom(":", ":  ", ": ")).map(([k, c]) => `${k}${c}`),
      { arbitrary: fc.tuple(fc.constantFrom("  ", "    ", " ", ""), scalar).map(([i, v]) => `${i}- ${v}`), weight: 3 },
      fc.constantFrom("", "# comment", "  # indented", "---", "  more", " "),
    );
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "")).map(([lines, end]) => lines.join("\n") + end);
    let taken = 0;
    subsetTexts = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (expectSameAsYaml(t)) taken++;
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast reader, not only the fallback.
    expect(subsetTexts).toBeGreaterThan(50);
    expect(taken).toBeGreaterThan(10);
  });

  it("agrees with yaml on well-formed definitions (distinct keys, block sequences)", () => {
    const key = fc.constantFrom("name", "enabled", "matchers", "contents", "contents_file", "config_type", "metadata", "nmae");
    const scalar = fc.constantFrom(
      "a", "team=checkout", 'region=~"eu|us"', "true", "false", "env!=dev", '"q"', '"a b"', "'s'", '""', "''", "otel", "alloy",
      "../a.alloy", "a.b", "x,y", "[]", "a#c", "x=~\"a|b\"", "logging {}", "1",
    );
    const filler = fc.constantFrom([], [], ["# note"], [""], ["", "# x"]);
    const entry = fc.tuple(
      fc.oneof(
        scalar.map((v) => ({ value: v, items: undefined as string[] | undefined })),
        fc.tuple(fc.array(scalar, { minLength: 1, maxLength: 4 }), fc.constantFrom(" ", "  ", "    ")).map(([items, indent]) => ({
          value: "",
          items: items.map((v) => `${indent}- ${v}`),
        })),
      ),
      filler,
    );
    const text = fc
      .tuple(fc.uniqueArray(key, { minLength: 1, maxLength: 5 }), fc.array(entry, { minLength: 5, maxLength: 5 }), fc.constantFrom("\n", ""))
      .map(([keys, entries, end]) =>
        keys
          .flatMap((k, i) => {
            const [{ value, items }, extra] = entries[i];
            return [items ? `${k}:` : `${k}: ${value}`, ...extra, ...(items ?? [])];
          })
          .join("\n") + end,
      );
    let taken = 0;
    subsetTexts = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (expectSameAsYaml(t)) taken++;
      }),
      { numRuns: 1500 },
    );
    expect(subsetTexts).toBeGreaterThan(700);
    expect(taken).toBeGreaterThan(40);
  });
});
