/**
 * The component check never throws, whatever a body holds: random bodies
 * built from the catalog's own names (and misspellings, wrong kinds, random
 * values and references, nesting) go through the whole analysis, and every
 * finding lies inside the text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { analyzeAlloy, schemaCatalog, type BodySchema } from "../../src/alloy-semantics/index.js";

const catalog = schemaCatalog();
const names = catalog.componentNames();

const value: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom('"10s"', '"x"', "10", "1.5", "-3", "true", "null", '"ten"', '""', "!false"),
    fc.constantFrom("prometheus.remote_write.w.receiver", "prometheus.remote_write.w.receivr", "loki.write.l.receiver", "sys.env(\"X\")", "argument.attributes.value"),
    fc.array(tie("v"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(fc.constantFrom("a", "name", "address", "url", "__address__"), tie("v")), { maxLength: 3 }).map((fields) => `{${fields.map(([k, v]) => `${k} = ${v}`).join(", ")}}`),
  ),
})).v;

/** A body for a schema: some of its attributes and blocks, some wrong names, nested a few levels. */
function body(schema: BodySchema | undefined, depth: number): fc.Arbitrary<string> {
  const attributeNames = schema ? [...schema.attributes.keys()] : [];
  const blockNames = schema ? [...schema.blocks.keys()] : [];
  const attrName = fc.oneof(fc.constantFrom("bogus", "url", "targets", ...attributeNames), fc.constantFrom(...(attributeNames.length ? attributeNames : ["x"])).map((n) => `${n}x`));
  const attribute = fc.tuple(attrName, value).map(([n, v]) => `${n} = ${v}`);
  if (depth === 0) return fc.array(attribute, { maxLength: 4 }).map((lines) => lines.join("\n"));
  const blockName = fc.constantFrom("endpont", "tls_config", ...blockNames, ...attributeNames.slice(0, 2));
  const block = blockName.chain((n) => body(schema?.blocks.get(n)?.body, depth - 1).map((inner) => `${n} {\n${inner}\n}`));
  return fc.array(fc.oneof(attribute, block), { maxLength: 5 }).map((lines) => lines.join("\n"));
}

const component = fc.constantFrom(...names).chain((name) => body(catalog.component(name)?.arguments, 3).map((inner) => `${name} "c" {\n${inner}\n}\n`));
const file = fc.array(component, { minLength: 1, maxLength: 3 }).map((parts) => `prometheus.remote_write "w" {}\nloki.write "l" {}\n${parts.join("")}`);

describe("component body check on random bodies", () => {
  it("never throws, and findings lie inside the text", () => {
    let checked = 0;
    let reported = 0;
    fc.assert(
      fc.property(file, (text) => {
        const { ast } = parseFile(text);
        if (!ast) return; // duplicate labels etc. are fine; only syntax errors stop here
        const findings = analyzeAlloy(ast, { context: "module", minStability: "experimental" });
        checked++;
        reported += findings.length;
        for (const f of findings) {
          expect(f.range.start).toBeGreaterThanOrEqual(0);
          expect(f.range.end).toBeLessThanOrEqual(text.length);
          expect(f.message).not.toMatch(/\{\{/);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must produce text that parses, with problems in it, or the property says nothing.
    expect(checked).toBeGreaterThan(200);
    expect(reported).toBeGreaterThan(checked);
  });
});
