import { describe, expect, it } from "vitest";
import { SourceText } from "../../src/core/source.js";

describe("SourceText", () => {
  const src = new SourceText("/x.alloy", "a = 1\r\nbé = 2\nlast");
  it("maps offsets to 1-based lines and UTF-16 columns", () => {
    expect(src.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(src.positionAt(8)).toEqual({ line: 2, column: 2 });
    expect(src.positionAt(src.text.length)).toEqual({ line: 3, column: 5 });
  });
  it("round-trips line/column to offsets and strips CR from line text", () => {
    expect(src.offsetAt(2, 2)).toBe(8);
    expect(src.lineText(1)).toBe("a = 1");
    expect(src.lineText(3)).toBe("last");
    expect(src.lineCount).toBe(3);
  });
});
