/**
 * alecthomas/units.Base2Bytes as Alloy decodes it: a string goes through its
 * UnmarshalText, ParseBase2Bytes, which tries the "KiB" units and then the
 * "KB" ones (both base 2) with ParseUnit, and returns the second attempt's
 * error (github.com/alecthomas/units bytes.go, util.go; the version Alloy's
 * go.mod pins, v0.0.0-20240927000941-0f3dac36c52b). Error texts word for word.
 */

/** MakeUnitMap("iB", "B", 1024) and MakeUnitMap("B", "B", 1024): only "K" is upper case in base-2 mode. */
const PREFIXES = ["K", "M", "G", "T", "P", "E"];
const BYTES_UNITS: ReadonlyMap<string, number> = new Map([["B", 1], ...PREFIXES.map((p, i): [string, number] => [`${p}iB`, 1024 ** (i + 1)])]);
const OLD_BYTES_UNITS: ReadonlyMap<string, number> = new Map([["B", 1], ...PREFIXES.map((p, i): [string, number] => [`${p}B`, 1024 ** (i + 1)])]);

/** util.go leadingInt refuses another digit once the value so far is at least (1<<63-10)/10 (leading zeros are free). */
const LEADING_INT_LIMIT = 922337203685477579n;

function leadingIntOverflows(digits: string): boolean {
  return digits.length >= 2 && BigInt(digits.slice(0, -1)) >= LEADING_INT_LIMIT;
}

/** units.ParseUnit: the value (float64, as Go accumulates it) or the error text. */
function parseUnit(text: string, units: ReadonlyMap<string, number>): { bytes: number } | { error: string } {
  const invalid = { error: `units: invalid ${text}` };
  let s = text;
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { bytes: 0 };
  if (s === "") return invalid;
  let total = 0;
  while (s !== "") {
    const num = /^(\d*)(\.(\d*))?/.exec(s)!;
    if (num[0] === "" || (num[1] === "" && (num[3] ?? "") === "")) return invalid;
    if (leadingIntOverflows(num[1]) || leadingIntOverflows(num[3] ?? "")) return invalid;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    s = s.slice(unit.length);
    const scale = units.get(unit);
    if (scale === undefined) return { error: `units: unknown unit ${unit} in ${text}` };
    total += Number(`${num[1] || "0"}.${num[3] ?? ""}`) * scale;
  }
  if (neg) total = -total;
  if (total < -(2 ** 63) || total > 2 ** 63 - 1) return { error: "units: overflow parsing unit" };
  return { bytes: Math.trunc(total) };
}

/** units.ParseBase2Bytes: the size in bytes, or the error of the second attempt. */
export function parseBase2Bytes(text: string): { bytes: number } | { error: string } {
  const first = parseUnit(text, BYTES_UNITS);
  return "bytes" in first ? first : parseUnit(text, OLD_BYTES_UNITS);
}

/** units.ParseBase2Bytes's error for a text, or undefined when it parses. */
export function base2BytesError(text: string): string | undefined {
  const parsed = parseBase2Bytes(text);
  return "error" in parsed ? parsed.error : undefined;
}
