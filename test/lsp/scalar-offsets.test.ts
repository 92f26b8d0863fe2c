import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, isMap, isScalar, parseDocument, Scalar } from "yaml";
import { scalarText } from "../../src/config/yaml-scalar.js";
import { scalarOffsets, type ScalarOffsets } from "../../src/lsp/scalar-offsets.js";

/** Offsets both ways for the `contents` scalar of a YAML text. */
function offsetsOf(yaml: string): { offsets: ScalarOffsets | undefined; text: string } {
  const doc = parseDocument(yaml);
  const node = isMap(doc.contents) ? doc.contents.get("contents", true) : undefined;
  if (!isScalar(node)) throw new Error("no contents scalar");
  const scalar = scalarText(yaml, node);
  return { offsets: scalarOffsets(yaml, scalar), text: scalar.text };
}

describe("scalarOffsets", () => {
  it("maps a block line's characters both ways and has no text offset in the indentation", () => {
    const yaml = "contents: |\n  a {\n  \tb = 1\n  }\nname: x\n";
    const { offsets, text } = offsetsOf(yaml);
    expect(text).toBe("a {\n\tb = 1\n}\n");
    expect(offsets!.toText(yaml.indexOf("b ="))).toEqual({ kind: "text", offset: text.indexOf("b =") });
    expect(offsets!.toFile(text.indexOf("b ="))).toBe(yaml.indexOf("b ="));
    expect(offsets!.toText(yaml.indexOf("  \tb") + 1)).toEqual({ kind: "between" });
    // The end of the line holds the line break; after the final one comes another key.
    expect(offsets!.toText(yaml.indexOf("{\n") + 1)).toEqual({ kind: "text", offset: text.indexOf("{\n") + 1 });
    expect(offsets!.toText(yaml.indexOf("name"))).toEqual({ kind: "outside" });
    expect(offsets!.toText(yaml.indexOf("|"))).toEqual({ kind: "outside" });
  });

  it("ends a range after a line break at the start of the next line, CR LF included", () => {
    const yaml = "contents: |\r\n  a\r\n  b\r\n";
    const { offsets, text } = offsetsOf(yaml);
    expect(text).toBe("a\nb\n");
    expect(offsets!.toFileRange({ start: 0, end: 2 })).toEqual({ start: yaml.indexOf("a"), end: yaml.indexOf("  b") });
    expect(offsets!.toFileRange({ start: 0, end: 1 })).toEqual({ start: yaml.indexOf("a"), end: yaml.indexOf("a") + 1 });
  });

  it("reaches the end of a `|-` block and of a quoted scalar, where a cursor can be", () => {
    const strip = "contents: |-\n  ab\nname: x\n";
    const stripped = offsetsOf(strip);
    expect(stripped.offsets!.toText(strip.indexOf("b") + 1)).toEqual({ kind: "text", offset: 2 });
    const quoted = 'contents: "ab"\n';
    expect(offsetsOf(quoted).offsets!.toText(quoted.lastIndexOf('"'))).toEqual({ kind: "text", offset: 2 });
    const empty = 'contents: ""\n';
    expect(offsetsOf(empty).offsets!.toText(empty.lastIndexOf('"'))).toEqual({ kind: "text", offset: 0 });
  });

  it("has no text offset inside an escape", () => {
    const yaml = 'contents: "a\\tb\\u00e9c"\n';
    const { offsets, text } = offsetsOf(yaml);
    expect(text).toBe("a\tbéc");
    expect(offsets!.toText(yaml.indexOf("\\t"))).toEqual({ kind: "text", offset: 1 });
    expect(offsets!.toText(yaml.indexOf("\\t") + 1)).toEqual({ kind: "between" });
    expect(offsets!.toText(yaml.indexOf("\\u") + 3)).toEqual({ kind: "between" });
    expect(offsets!.toText(yaml.lastIndexOf("c"))).toEqual({ kind: "text", offset: 4 });
    expect(offsets!.toFileRange({ start: 1, end: 2 })).toEqual({ start: yaml.indexOf("\\t"), end: yaml.indexOf("b") });
  });

  it("reads the forward map backwards for every style (property)", () => {
    const alphabet = fc.constantFrom("a", "{", "}", " ", "\t", "\n", '"', "'", "\\", ":", "#", "é", "📈", "=");
    const styles = fc.constantFrom(Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED, Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE);
    const crlf = fc.boolean();
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")), styles, crlf, (value, style, useCrlf) => {
        const doc = new Document({ name: "x" });
        const node = doc.createNode(value) as Scalar;
        node.type = style;
        doc.set("contents", node);
        let yaml = doc.toString({ lineWidth: 0 });
        if (useCrlf) yaml = yaml.replaceAll("\n", "\r\n");
        // A style forced on a value it cannot hold may not read back: nothing to map then.
        const reread = parseDocument(yaml);
        if (reread.errors.length > 0 || !isScalar(reread.get("contents", true))) return;
        const { offsets, text } = offsetsOf(yaml);
        if (!offsets) return;
        for (let t = 0; t < text.length; t++) {
          const place = offsets.toText(offsets.toFile(t));
          expect(place.kind).toBe("text");
          if (place.kind === "text") expect(offsets.toFile(place.offset)).toBe(offsets.toFile(t));
        }
        for (let f = 0; f <= yaml.length; f++) {
          const place = offsets.toText(f);
          if (place.kind === "text") expect(offsets.toFile(place.offset)).toBe(f);
        }
      }),
      { numRuns: 500 },
    );
  });
});
