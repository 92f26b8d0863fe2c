import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from "yaml";
import fc from "fast-check";
import { scalarText } from "../../src/config/yaml-scalar.js";

/** The scalar at `key` (or its `index`-th item) of a one-mapping YAML text. */
function scalarAt(text: string, key: string, index?: number): Scalar {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new Error("not a mapping");
  let node: unknown = doc.contents.get(key, true);
  if (index !== undefined && isSeq(node)) node = node.items[index];
  if (!isScalar(node)) throw new Error("not a scalar");
  return node;
}

/** Asserts that every decoded character maps to the same character in the file. */
function expectExact(text: string, node: Scalar) {
  const mapped = scalarText(text, node);
  expect(mapped.exact).toBe(true);
  for (let i = 0; i < mapped.text.length; i++) {
    const ch = mapped.text[i];
    const at = mapped.toFileOffset(i);
    // Folded line breaks and escapes decode to other characters; everything else is verbatim.
    if (ch !== " " && ch !== "\n" && text[at] !== "\\" && text.slice(at, at + 2) !== "''") expect(text[at]).toBe(ch);
  }
  return mapped;
}

describe("scalarText: flow scalars", () => {
  it("maps plain scalars one to one", () => {
    const text = "matchers:\n  - env=prod\n";
    const node = scalarAt(text, "matchers", 0);
    const m = expectExact(text, node);
    expect(m.text).toBe("env=prod");
    expect(m.range).toEqual({ start: 14, end: 22 });
    expect(m.toFileOffset(4)).toBe(text.indexOf("prod"));
    expect(m.toFileOffset(8)).toBe(22);
  });

  it("skips the quotes and doubled quotes of single-quoted scalars", () => {
    const text = "m: 'team=''a'' x'\n";
    const m = expectExact(text, scalarAt(text, "m"));
    expect(m.text).toBe("team='a' x");
    expect(m.toFileOffset(0)).toBe(4);
    expect(m.toFileOffset(9)).toBe(text.indexOf("x"));
  });

  it("walks escapes in double-quoted scalars", () => {
    const text = 'm: "a=\\u00e9\\t\\"q\\" b"\n';
    const m = expectExact(text, scalarAt(text, "m"));
    expect(m.text).toBe('a=é\t"q" b');
    expect(m.toFileOffset(2)).toBe(text.indexOf("\\u00e9"));
    expect(m.toFileOffset(8)).toBe(text.lastIndexOf("b"));
    expect(m.toFileOffset(m.text.length)).toBe(text.lastIndexOf('"'));
  });

  it("maps astral escapes (two UTF-16 units) to the escape", () => {
    const text = 'm: "\\U0001F600x"\n';
    const m = expectExact(text, scalarAt(text, "m"));
    expect(m.text).toBe("\u{1F600}x");
    expect(m.toFileOffset(1)).toBe(4);
    expect(m.toFileOffset(2)).toBe(text.indexOf("x"));
  });

  it("follows line folding in multi-line plain and double-quoted scalars", () => {
    const text = 'p: one\n  two\n\n  three\nq: "a \\\n   b\n  c"\n';
    const p = expectExact(text, scalarAt(text, "p"));
    expect(p.text).toBe("one two\nthree");
    expect(p.toFileOffset(4)).toBe(text.indexOf("two"));
    expect(p.toFileOffset(8)).toBe(text.indexOf("three"));
    const q = expectExact(text, scalarAt(text, "q"));
    expect(q.text).toBe("a b c");
    expect(q.toFileOffset(2)).toBe(text.indexOf("b\n"));
    expect(q.toFileOffset(4)).toBe(text.indexOf("c\""));
  });

  it("handles CRLF line breaks", () => {
    const text = "p: one\r\n  two\r\n";
    const p = expectExact(text, scalarAt(text, "p"));
    expect(p.text).toBe("one two");
    expect(p.toFileOffset(4)).toBe(text.indexOf("two"));
  });
});

describe("scalarText: block scalars", () => {
  const alloy = 'prometheus.scrape "x" {\n  targets = []\n}\n';

  it("strips the block indentation of | scalars", () => {
    const text = `name: a\ncontents: |\n    ${alloy.split("\n").join("\n    ").trimEnd()}\nafter: 1\n`;
    const m = expectExact(text, scalarAt(text, "contents"));
    expect(m.text).toBe(alloy);
    expect(m.toFileOffset(alloy.indexOf("targets"))).toBe(text.indexOf("targets"));
    expect(m.toFileOffset(alloy.indexOf("}"))).toBe(text.indexOf("}"));
  });

  it("handles |- and |+ chomping and empty lines inside", () => {
    const body = "a = 1\n\n  b = 2";
    const text = `x: |-\n  a = 1\n\n    b = 2\ny: |+\n  k\n\nz: 1\n`;
    const x = expectExact(text, scalarAt(text, "x"));
    expect(x.text).toBe(body);
    expect(x.toFileOffset(body.indexOf("b"))).toBe(text.indexOf("b = 2"));
    const y = expectExact(text, scalarAt(text, "y"));
    expect(y.text).toBe("k\n\n");
    expect(y.toFileOffset(0)).toBe(text.indexOf("k\n"));
  });

  it("maps folded (>) scalars: real characters exactly, folds at the line break", () => {
    const text = "f: >\n  one two\n  three\n\n  four\n    indented\n  five\n";
    const m = expectExact(text, scalarAt(text, "f"));
    expect(m.text).toBe("one two three\nfour\n  indented\nfive\n");
    expect(m.toFileOffset(m.text.indexOf("three"))).toBe(text.indexOf("three"));
    expect(m.toFileOffset(m.text.indexOf("indented"))).toBe(text.indexOf("indented"));
    expect(m.toFileOffset(7)).toBe(text.indexOf("\n  three"));
  });

  it("handles an explicit indentation indicator", () => {
    const text = "c: |2\n    leading\n  x\n";
    const m = expectExact(text, scalarAt(text, "c"));
    expect(m.text).toBe("  leading\nx\n");
    expect(m.toFileOffset(2)).toBe(text.indexOf("leading"));
  });

  it("handles a header comment and tabs in the body", () => {
    const text = "c: | # alloy\n  a\t= 1\n";
    const m = expectExact(text, scalarAt(text, "c"));
    expect(m.text).toBe("a\t= 1\n");
    expect(m.toFileOffset(1)).toBe(text.indexOf("\t"));
  });

  it("block scalars nested in a sequence", () => {
    const text = "matchers:\n  - >-\n    env=prod\n";
    const m = expectExact(text, scalarAt(text, "matchers", 0));
    expect(m.text).toBe("env=prod");
    expect(m.toFileOffset(0)).toBe(text.indexOf("env"));
  });
});

describe("scalarText: property", () => {
  const line = fc.stringMatching(/^[a-z{}="\\ .#:'-]{0,12}$/);
  it("maps every non-space character of any | or > block body onto itself", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom("|", "|-", "|+", ">", ">-"), fc.integer({ min: 1, max: 4 }), (lines, header, indent) => {
        const pad = " ".repeat(indent);
        const text = `k: ${header}\n${lines.map((l) => (l.trim() === "" ? "" : pad + l)).join("\n")}\nnext: 1\n`;
        const doc = parseDocument(text);
        if (doc.errors.length > 0 || !isMap(doc.contents)) return;
        const node = doc.contents.get("k", true);
        if (!isScalar(node)) return;
        const m = scalarText(text, node);
        expect(m.exact).toBe(true);
        for (let i = 0; i < m.text.length; i++) {
          if (m.text[i] !== " " && m.text[i] !== "\n") expect(text[m.toFileOffset(i)]).toBe(m.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("maps every character of any double-quoted scalar inside its quotes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        const text = `k: ${JSON.stringify(value)}\n`;
        const doc = parseDocument(text);
        if (doc.errors.length > 0 || !isMap(doc.contents)) return;
        const node = doc.contents.get("k", true);
        if (!isScalar(node) || (node.value as unknown) !== value) return;
        const m = scalarText(text, node);
        expect(m.exact).toBe(true);
        for (let i = 0; i <= m.text.length; i++) {
          const at = m.toFileOffset(i);
          expect(at).toBeGreaterThanOrEqual(4);
          expect(at).toBeLessThanOrEqual(text.lastIndexOf('"'));
        }
      }),
      { numRuns: 300 },
    );
  });
});
