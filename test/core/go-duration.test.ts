/** time.ParseDuration's error text, quoted as Go's time.quote quotes it. */
import { describe, expect, it } from "vitest";
import { parseGoDuration } from "../../src/core/go-duration.js";

describe("Go duration errors", () => {
  it("quote as time.quote does: non-ASCII and control bytes as \\xNN", () => {
    expect(parseGoDuration("5mín")).toEqual({ error: 'time: unknown unit "m\\xc3\\xadn" in duration "5m\\xc3\\xadn"' });
    expect(parseGoDuration("1s\t")).toEqual({ error: 'time: unknown unit "s\\x09" in duration "1s\\x09"' });
    expect(parseGoDuration('1"x')).toEqual({ error: 'time: unknown unit "\\"x" in duration "1\\"x"' });
  });
});
