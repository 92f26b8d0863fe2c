import { describe, expect, it } from "vitest";
import { TabWriter, type TabWriterOptions } from "../../../grammar/alloy/tabwriter.js";

// The configuration alloy fmt uses: NewWriter(w, 0, 8, 1, ' ', DiscardEmptyColumns|TabIndent).
const ALLOY: TabWriterOptions = {
  minWidth: 0,
  tabWidth: 8,
  padding: 1,
  padChar: " ",
  tabIndent: true,
  discardEmptyColumns: true,
  escape: "\u0000",
};

function run(input: string, options: TabWriterOptions = ALLOY, pieces = [input]): string {
  let out = "";
  const writer = new TabWriter(options, (chunk) => (out += chunk));
  for (const piece of pieces) writer.write(piece);
  writer.flush();
  return out;
}

describe("TabWriter (Go text/tabwriter port)", () => {
  it("aligns soft-tab cells of consecutive lines", () => {
    expect(run("\ta\v= 1\n\tbbb\v= 2\n")).toBe("\ta   = 1\n\tbbb = 2\n");
  });

  it("turns hard-tab leading cells into one tab each (TabIndent)", () => {
    expect(run("\t\tx\v= 1\n")).toBe("\t\tx = 1\n");
  });

  it("ends every column at a formfeed", () => {
    expect(run("a\v= 1\fbbb\v= 2\n")).toBe("a = 1\nbbb = 2\n");
  });

  it("ends a column block at a line with fewer cells", () => {
    expect(run("a\v= 1\nno cells\nbbb\v= 2\n")).toBe("a = 1\nno cells\nbbb = 2\n");
  });

  it("discards columns made only of empty soft cells", () => {
    expect(run("\v= 1\n\v= 2\n")).toBe("= 1\n= 2\n");
  });

  it("keeps an escaped run whole and measures it without the escape characters", () => {
    const input = "a\v= 1\t\u0000// x\ty\u0000\nbb\v= 22\t\u0000// z\u0000\n";
    expect(run(input)).toBe("a  = 1  \u0000// x\ty\u0000\nbb = 22 \u0000// z\u0000\n");
  });

  it("counts code points, not UTF-16 units, as width", () => {
    expect(run("é\v= 1\n😀x\v= 2\nabc\v= 3\n")).toBe("é   = 1\n😀x  = 2\nabc = 3\n");
  });

  it("gives the same output however the input is split", () => {
    const input = "\ta\v= 1\t\u0000// c\u0000\n\tbbb\v= 2\n\fz\v= 3\n";
    const whole = run(input);
    expect(run(input, ALLOY, [...input])).toBe(whole);
    expect(run(input, ALLOY, [input.slice(0, 7), input.slice(7)])).toBe(whole);
  });

  it("pads with tabs when the pad character is a tab (Go's ExampleWriter_Init)", () => {
    const options = { ...ALLOY, padding: 0, padChar: "\t", tabIndent: false, discardEmptyColumns: false };
    expect(run("a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n", options)).toBe(
      "a\tb\tc\td\t\t.\n123\t12345\t1234567\t123456789\t.\n",
    );
  });
});
