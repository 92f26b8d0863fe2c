/**
 * Go's time.Duration as Alloy decodes it: a literal string goes through
 * time.ParseDuration (syntax/internal/value/decode.go: decodeFromInterface,
 * the `goDurationPtr` case), and a Validate method that prints one uses
 * Duration.String. Both ported here, errors word for word.
 */

const UNIT_NS: ReadonlyMap<string, bigint> = new Map([
  ["ns", 1n],
  ["us", 1_000n],
  ["µs", 1_000n], // U+00B5
  ["μs", 1_000n], // U+03BC
  ["ms", 1_000_000n],
  ["s", 1_000_000_000n],
  ["m", 60_000_000_000n],
  ["h", 3_600_000_000_000n],
]);

const MAX = 1n << 63n;

const UTF8 = new TextEncoder();

/** time.quote: each byte of a non-ASCII or control character as `\xNN`; `"` and `\` escaped. */
function timeQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x80 || code < 0x20) {
      for (const byte of UTF8.encode(char)) out += `\\x${byte.toString(16).padStart(2, "0")}`;
    } else {
      out += char === '"' || char === "\\" ? `\\${char}` : char;
    }
  }
  return `${out}"`;
}

/** time.ParseDuration: the duration in nanoseconds, or Go's error text. */
export function parseGoDuration(text: string): { ns: bigint } | { error: string } {
  const quoted = timeQuote(text);
  const invalid = { error: `time: invalid duration ${quoted}` };
  let s = text;
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { ns: 0n };
  if (s === "") return invalid;
  let total = 0n;
  while (s !== "") {
    const num = /^(\d*)(\.(\d*))?/.exec(s)!;
    const whole = num[1];
    const fraction = num[3] ?? "";
    // The next character must be [0-9.], and something must be consumed before or after the period.
    if (num[0] === "" || (whole === "" && fraction === "")) return invalid;
    s = s.slice(num[0].length);
    const unitText = /^[^\d.]*/.exec(s)![0];
    if (unitText === "") return { error: `time: missing unit in duration ${quoted}` };
    const unit = UNIT_NS.get(unitText);
    if (unit === undefined) return { error: `time: unknown unit ${timeQuote(unitText)} in duration ${quoted}` };
    s = s.slice(unitText.length);
    const v = whole === "" ? 0n : BigInt(whole);
    if (v > MAX / unit) return invalid;
    let part = v * unit;
    if (fraction !== "" && /[1-9]/.test(fraction)) {
      // leadingFraction + float64(f) * (float64(unit) / scale), close enough for printing
      const digits = fraction.slice(0, 18);
      part += BigInt(Math.floor(Number(digits) * (Number(unit) / 10 ** digits.length)));
      if (part > MAX) return invalid;
    }
    total += part;
    if (total > MAX) return invalid;
  }
  if (!neg && total > MAX - 1n) return invalid;
  return { ns: neg ? -total : total };
}

/** The shape time.ParseDuration accepts, for texts of at most 7 characters, which cannot overflow (the common case, without BigInt). */
const PLAIN_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

/** Go's time.ParseDuration error for a text, or undefined when it parses. */
export function durationError(text: string): string | undefined {
  if (text.length <= 7 && PLAIN_DURATION.test(text)) return undefined;
  const parsed = parseGoDuration(text);
  return "error" in parsed ? parsed.error : undefined;
}

/** The digits of v after the decimal point (prec of them, trailing zeros dropped), as Go's fmtFrac. */
function fraction(v: bigint, prec: number): { text: string; rest: bigint } {
  const scale = 10n ** BigInt(prec);
  const digits = (v % scale).toString().padStart(prec, "0").replace(/0+$/, "");
  return { text: digits ? `.${digits}` : "", rest: v / scale };
}

/** time.Duration.String: "1m0s", "10s", "1.5s", "100ms", "0s". */
export function formatGoDuration(d: bigint): string {
  if (d === 0n) return "0s";
  const sign = d < 0n ? "-" : "";
  const u = d < 0n ? -d : d;
  if (u < 1_000_000_000n) {
    if (u < 1_000n) return `${sign}${u}ns`;
    const [prec, unit] = u < 1_000_000n ? [3, "µs"] : [6, "ms"];
    const f = fraction(u, prec);
    return `${sign}${f.rest}${f.text}${unit}`;
  }
  const f = fraction(u, 9);
  const secs = f.rest;
  let out = `${secs % 60n}${f.text}s`;
  const mins = secs / 60n;
  if (mins > 0n) {
    out = `${mins % 60n}m${out}`;
    const hours = mins / 60n;
    if (hours > 0n) out = `${hours}h${out}`;
  }
  return sign + out;
}
