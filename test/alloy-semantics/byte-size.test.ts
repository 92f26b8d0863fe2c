/** units.ParseBase2Bytes's digit limit: leadingInt refuses a digit once the value so far reaches (1<<63-10)/10. */
import { describe, expect, it } from "vitest";
import { base2BytesError } from "../../src/alloy-semantics/byte-size.js";

describe("byte sizes", () => {
  it.each(["0000000000000000000001KiB", "1.0000000000000000000MiB", "1000000000000000000B"])("accepts %s, as Go parses it", (text) => {
    expect(base2BytesError(text)).toBeUndefined();
  });

  it.each([
    ["92233720368547758070B", "units: invalid 92233720368547758070B"],
    ["1.92233720368547758070KiB", "units: invalid 1.92233720368547758070KiB"],
  ])("refuses %s where leadingInt overflows", (text, error) => {
    expect(base2BytesError(text)).toBe(error);
  });
});
