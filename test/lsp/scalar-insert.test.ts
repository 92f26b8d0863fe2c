import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, Scalar } from "yaml";
import { encodeForScalar } from "../../src/lsp/scalar-insert.js";

/** `contents` holding `before` + `after` in each style; the text is inserted at `^` in the YAML. */
const HOLDERS: { style: Scalar["type"]; yaml: string; blockIndent: number; before: string; after: string }[] = [
  { style: Scalar.BLOCK_LITERAL, yaml: "contents: |\n  a^b\nname: x\n", blockIndent: 2, before: "a", after: "b\n" },
  // A blank line that lost its indentation: the insert is indented into the block.
  { style: Scalar.BLOCK_LITERAL, yaml: "contents: |\n    a\n^\n    b\nname: x\n", blockIndent: 4, before: "a\n", after: "\nb\n" },
  { style: Scalar.BLOCK_LITERAL, yaml: "contents: |\n  a\n ^\n  b\nname: x\n", blockIndent: 2, before: "a\n", after: "\nb\n" },
  { style: Scalar.BLOCK_FOLDED, yaml: "contents: >\n  a^b\nname: x\n", blockIndent: 2, before: "a", after: "b\n" },
  { style: Scalar.PLAIN, yaml: "contents: a^b\nname: x\n", blockIndent: 0, before: "a", after: "b" },
  { style: Scalar.QUOTE_SINGLE, yaml: "contents: 'a^b'\nname: x\n", blockIndent: 0, before: "a", after: "b" },
  { style: Scalar.QUOTE_DOUBLE, yaml: 'contents: "a^b"\nname: x\n', blockIndent: 0, before: "a", after: "b" },
];

describe("encodeForScalar", () => {
  it("decodes back to the inserted text in every style that can hold it (property)", () => {
    const alphabet = fc.constantFrom("x", "{", "}", " ", "\t", "\n", '"', "'", "\\", ":", "#", "é", "📈", "=", "$");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join("")), fc.constantFrom(...HOLDERS), (insert, holder) => {
        const at = holder.yaml.indexOf("^");
        const lineStart = holder.yaml.lastIndexOf("\n", at - 1) + 1;
        const encoded = encodeForScalar(insert, holder.style, false, { linePrefix: holder.yaml.slice(lineStart, at), blockIndent: holder.blockIndent });
        if (!encoded) {
          expect(insert).toMatch(/\n|:[ \t]|[ \t]#/);
          return;
        }
        const doc = parseDocument(holder.yaml.slice(0, at) + encoded.text + holder.yaml.slice(at + 1));
        expect(doc.errors).toEqual([]);
        expect(doc.get("contents")).toBe(`${holder.before}${insert}${holder.after}`);
        expect(doc.get("name")).toBe("x");
      }),
      { numRuns: 1500 },
    );
  });

  it("writes nothing on a blank line of a folded block, where it would fold into the lines around it", () => {
    expect(encodeForScalar("x", Scalar.BLOCK_FOLDED, false, { linePrefix: "  ", blockIndent: 2 })).toBeUndefined();
    expect(encodeForScalar("x", Scalar.BLOCK_FOLDED, false, { linePrefix: "  a", blockIndent: 2 })).toEqual({ text: "x", asIs: false });
  });

  it("indents a literal block's new lines like the cursor's line, for the client to insert as is", () => {
    const at = { linePrefix: "    \t", blockIndent: 4 };
    expect(encodeForScalar('x "${1:a}" {\n\t$0\n}', Scalar.BLOCK_LITERAL, true, at)).toEqual({ text: 'x "${1:a}" {\n    \t\t$0\n    \t}', asIs: true });
    expect(encodeForScalar("label", Scalar.BLOCK_LITERAL, false, at)).toEqual({ text: "label", asIs: false });
    expect(encodeForScalar("x {\n}", Scalar.BLOCK_LITERAL, false, { linePrefix: "", blockIndent: 2 })).toEqual({ text: "  x {\n  }", asIs: true });
  });

  it("writes a double-quoted snippet's escapes as snippet text (a backslash is `\\\\` there)", () => {
    expect(encodeForScalar('x "${1:a}" {\n\t$0\n}', Scalar.QUOTE_DOUBLE, true, { linePrefix: "contents: ", blockIndent: 0 })).toEqual({
      text: 'x \\\\"${1:a}\\\\" {\\\\n\\\\t$0\\\\n}',
      asIs: false,
    });
  });
});
