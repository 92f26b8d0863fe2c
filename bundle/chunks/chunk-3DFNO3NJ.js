import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/go-duration.js
var UNIT_NS = /* @__PURE__ */ new Map([
  ["ns", 1n],
  ["us", 1000n],
  ["\xB5s", 1000n],
  // U+00B5
  ["\u03BCs", 1000n],
  // U+03BC
  ["ms", 1000000n],
  ["s", 1000000000n],
  ["m", 60000000000n],
  ["h", 3600000000000n]
]);
var MAX = 1n << 63n;
var UTF8 = new TextEncoder();
function timeQuote(text) {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code >= 128 || code < 32) {
      for (const byte of UTF8.encode(char))
        out += `\\x${byte.toString(16).padStart(2, "0")}`;
    } else {
      out += char === '"' || char === "\\" ? `\\${char}` : char;
    }
  }
  return `${out}"`;
}
function parseGoDuration(text) {
  const quoted = timeQuote(text);
  const invalid = { error: `time: invalid duration ${quoted}` };
  let s = text;
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0")
    return { ns: 0n };
  if (s === "")
    return invalid;
  let total = 0n;
  while (s !== "") {
    const num = /^(\d*)(\.(\d*))?/.exec(s);
    const whole = num[1];
    const fraction2 = num[3] ?? "";
    if (num[0] === "" || whole === "" && fraction2 === "")
      return invalid;
    s = s.slice(num[0].length);
    const unitText = /^[^\d.]*/.exec(s)[0];
    if (unitText === "")
      return { error: `time: missing unit in duration ${quoted}` };
    const unit = UNIT_NS.get(unitText);
    if (unit === void 0)
      return { error: `time: unknown unit ${timeQuote(unitText)} in duration ${quoted}` };
    s = s.slice(unitText.length);
    const v = whole === "" ? 0n : BigInt(whole);
    if (v > MAX / unit)
      return invalid;
    let part = v * unit;
    if (fraction2 !== "" && /[1-9]/.test(fraction2)) {
      const digits = fraction2.slice(0, 18);
      part += BigInt(Math.floor(Number(digits) * (Number(unit) / 10 ** digits.length)));
      if (part > MAX)
        return invalid;
    }
    total += part;
    if (total > MAX)
      return invalid;
  }
  if (!neg && total > MAX - 1n)
    return invalid;
  return { ns: neg ? -total : total };
}
var PLAIN_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
function durationError(text) {
  if (text.length <= 7 && PLAIN_DURATION.test(text))
    return void 0;
  const parsed = parseGoDuration(text);
  return "error" in parsed ? parsed.error : void 0;
}
function fraction(v, prec) {
  const scale = 10n ** BigInt(prec);
  const digits = (v % scale).toString().padStart(prec, "0").replace(/0+$/, "");
  return { text: digits ? `.${digits}` : "", rest: v / scale };
}
function formatGoDuration(d) {
  if (d === 0n)
    return "0s";
  const sign = d < 0n ? "-" : "";
  const u = d < 0n ? -d : d;
  if (u < 1000000000n) {
    if (u < 1000n)
      return `${sign}${u}ns`;
    const [prec, unit] = u < 1000000n ? [3, "\xB5s"] : [6, "ms"];
    const f2 = fraction(u, prec);
    return `${sign}${f2.rest}${f2.text}${unit}`;
  }
  const f = fraction(u, 9);
  const secs = f.rest;
  let out = `${secs % 60n}${f.text}s`;
  const mins = secs / 60n;
  if (mins > 0n) {
    out = `${mins % 60n}m${out}`;
    const hours = mins / 60n;
    if (hours > 0n)
      out = `${hours}h${out}`;
  }
  return sign + out;
}

export {
  parseGoDuration,
  durationError,
  formatGoDuration
};
