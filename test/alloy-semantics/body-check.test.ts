/**
 * Block field kinds as syntax/typecheck (checkStructBlock, checkStructEnum)
 * and syntax/vm (decodeNormalBlock, decodeEnumBlock) decode them: a pointer or
 * struct field (at most once), a slice (any number of times), a Go array
 * `[N]T` (exactly N times when it appears), enum groups (`alloy:",enum"`:
 * members in any order, any number of times), squashed structs (fields
 * inlined), map-shaped blocks (no label).
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import type { Block } from "../../grammar/alloy/ast.js";
import { checkComponentBody } from "../../src/alloy-semantics/body-check.js";
import type { Finding } from "../../src/alloy-semantics/findings.js";
import { schemaCatalog, type AttributeSchema, type BlockSchema, type BodySchema } from "../../src/alloy-semantics/schema-catalog.js";

function blockOf(text: string): Block {
  const { ast } = parseFile(text);
  const stmt = ast!.body[0];
  if (stmt.type !== "Block") throw new Error("not a block");
  return stmt;
}

function positionOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function check(text: string, body: BodySchema): string[] {
  const out: Finding[] = [];
  checkComponentBody(blockOf(text), body, out);
  return out.map((f) => `${positionOf(text, f.range.start)}-${positionOf(text, f.range.end)} ${f.code} ${f.message}`);
}

const leaf: BodySchema = { attributes: new Map<string, AttributeSchema>([["v", { name: "v", type: { kind: "number" }, required: true }]]), blocks: new Map() };

function bodyWith(blocks: BlockSchema[]): BodySchema {
  return { goType: "test.Args", attributes: new Map(), blocks: new Map(blocks.map((b) => [b.name, b])) };
}

describe("fixed-length block arrays ([N]T)", () => {
  // type Args struct { Pair [2]Leaf `alloy:"pair,block"`; Opt [2]Leaf `alloy:"opt,block,optional"` }
  const args = bodyWith([
    { name: "pair", required: true, repeatable: true, count: 2, body: leaf },
    { name: "opt", required: false, repeatable: true, count: 2, body: leaf },
  ]);

  it("accepts exactly N occurrences and checks each body", () => {
    expect(check("c {\n  pair { v = 1 }\n  pair { v = 2 }\n}\n", args)).toEqual([]);
    expect(check('c {\n  pair { v = 1 }\n  pair { v = "x" }\n}\n', args)).toEqual(['3:14-3:17 component-type expected number, got string']);
  });

  it("reports every occurrence when the count is not N, with Alloy's message, and does not look inside", () => {
    expect(check('c {\n  pair { v = "x" }\n}\n', args)).toEqual([
      '2:3-2:19 component-block-count block "pair" must be specified exactly 2 times, but was specified 1 times',
    ]);
    expect(check("c {\n  pair { v = 1 }\n  pair { v = 2 }\n  opt { v = 1 }\n  opt { v = 1 }\n  opt { v = 1 }\n}\n", args)).toEqual([
      '4:3-4:16 component-block-count block "opt" must be specified exactly 2 times, but was specified 3 times',
      '5:3-5:16 component-block-count block "opt" must be specified exactly 2 times, but was specified 3 times',
      '6:3-6:16 component-block-count block "opt" must be specified exactly 2 times, but was specified 3 times',
    ]);
  });

  it("a required array that is absent is a missing block; an optional one may be left out", () => {
    expect(check("c {\n}\n", args)).toEqual(['1:1-2:2 component-missing-block missing required block "pair"']);
  });
});

describe("other block kinds, from the catalog", () => {
  const catalog = schemaCatalog();
  const args = (name: string) => catalog.component(name)!.arguments;

  it("a pointer-to-struct block may appear once; each extra one is reported, the first too", () => {
    const text = 'prometheus.remote_write "w" {\n  wal {}\n  wal {}\n}\n';
    expect(check(text, args("prometheus.remote_write"))).toEqual([
      '2:3-2:9 component-duplicate-block block "wal" may only be specified once',
      '3:3-3:9 component-duplicate-block block "wal" may only be specified once',
    ]);
  });

  it("a slice of blocks repeats; enum group members mix in any order; the enum name used as an attribute is unknown", () => {
    const text = 'loki.process "p" {\n  forward_to = []\n  stage.json {\n    expressions = {}\n  }\n  stage.drop {}\n  stage.json {\n    expressions = {}\n  }\n  stage = {}\n}\n';
    expect(check(text, args("loki.process"))).toEqual(['10:3-10:13 component-unknown-attribute unrecognized attribute name "stage"']);
  });

  it("squashed struct fields are the block's own (prometheus.scrape's HTTP client)", () => {
    const text = 'prometheus.scrape "s" {\n  targets    = []\n  forward_to = []\n  basic_auth {\n    username = true\n  }\n}\n';
    expect(check(text, args("prometheus.scrape"))).toEqual(["5:16-5:20 component-type expected string, got bool"]);
  });

  it("a map-shaped block takes any attribute and no label", () => {
    const text = 'prometheus.exporter.blackbox "b" {\n  config = "{}"\n  target {\n    name    = "a"\n    address = "b"\n  }\n}\n';
    expect(check(text, args("prometheus.exporter.blackbox"))).toEqual([]);
  });
});
