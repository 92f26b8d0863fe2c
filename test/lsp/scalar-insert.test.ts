import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, Scalar } from "yaml";
import { encodeForScalar } from "../../src/lsp/scalar-insert.js";

/** `contents` holding "ab" in each style, and the offset of "b" in the YAML. */
const HOLDERS: { style: Scalar["type"]; yaml: string; indent: string }[] = [
  { style: Scalar.BLOCK_LITERAL, yaml: "contents: |\n  ab\nname: x\n", indent: "  " },
  { style: Scalar.BLOCK_FOLDED, yaml: "contents: >\n  ab\nname: x\n", indent: "  " },
  { style: Scalar.PLAIN, yaml: "contents: ab\nname: x\n", indent: "" },
  { style: Scalar.QUOTE_SINGLE, yaml: "contents: 'ab'\nname: x\n", indent: "" },
  { style: Scalar.QUOTE_DOUBLE, yaml: 'contents: "ab"\nname: x\n', indent: "" },
];

describe("encodeForScalar", () => {
  it("decodes back to the inserted text in every style that can hold it (property)", () => {
    const alphabet = fc.constantFrom("x", "{", "}", " ", "\t", "\n", '"', "'", "\\", ":", "#", "é", "📈", "=", "$");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join("")), fc.constantFrom(...HOLDERS), (insert, holder) => {
        const at = holder.yaml.indexOf("b");
        const encoded = encodeForScalar(insert, holder.style, false, holder.indent);
        if (!encoded) {
          expect(insert).toMatch(/\n|:[ \t]|[ \t]#/);
          return;
        }
        const doc = parseDocument(holder.yaml.slice(0, at) + encoded.text + holder.yaml.slice(at));
        expect(doc.errors).toEqual([]);
        const block = holder.style === Scalar.BLOCK_LITERAL || holder.style === Scalar.BLOCK_FOLDED;
        expect(doc.get("contents")).toBe(`a${insert}b${block ? "\n" : ""}`);
        expect(doc.get("name")).toBe("x");
      }),
      { numRuns: 1000 },
    );
  });

  it("indents a literal block's new lines like the cursor's line, for the client to insert as is", () => {
    expect(encodeForScalar('x "${1:a}" {\n\t$0\n}', Scalar.BLOCK_LITERAL, true, "    \t")).toEqual({ text: 'x "${1:a}" {\n    \t\t$0\n    \t}', asIs: true });
    expect(encodeForScalar("label", Scalar.BLOCK_LITERAL, false, "  ")).toEqual({ text: "label", asIs: false });
  });

  it("writes a double-quoted snippet's escapes as snippet text (a backslash is `\\\\` there)", () => {
    expect(encodeForScalar('x "${1:a}" {\n\t$0\n}', Scalar.QUOTE_DOUBLE, true, "")).toEqual({ text: 'x \\\\"${1:a}\\\\" {\\\\n\\\\t$0\\\\n}', asIs: false });
  });
});
