import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  displayPath,
  infoCount,
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  ERROR,
  INFO,
  WARN,
  severityLabel
} from "./chunk-YYNP75G5.js";
import {
  neutralize,
  neutralizeInPlace
} from "./chunk-MUIKWUQD.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HTDSFYMP.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// dist/src/report/stylish.js
var import_picocolors = __toESM(require_picocolors(), 1);
function paintFor(severity, c) {
  return severity === ERROR ? c.red : severity === WARN ? c.yellow : c.cyan;
}
function lineOf(source, line) {
  if (source === void 0)
    return void 0;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf("\n", start);
    if (next === -1)
      return void 0;
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  return source.slice(start, end === -1 ? void 0 : end).replace(/\r$/, "");
}
function padTo(text, column) {
  return text.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, " ");
}
function underline(m, text) {
  const lastColumn = text.length + 1;
  const start = Math.min(m.column, lastColumn);
  const end = m.endLine === m.line ? Math.min(m.endColumn, lastColumn) : lastColumn;
  const width = Math.max(1, end - start);
  return padTo(text, start) + "^" + "~".repeat(width - 1);
}
function frame(m, result, context, c, gutter) {
  const lines = [];
  const bar = c.dim("|");
  const pad = " ".repeat(gutter);
  lines.push(`  ${pad}${c.blue("-->")} ${displayPath(result.filePath, context.cwd)}:${m.line}:${m.column}`);
  const raw = lineOf(result.source, m.line);
  const text = raw === void 0 ? void 0 : neutralizeInPlace(raw);
  if (text !== void 0 && (result.source ?? "") !== "") {
    const mark = paintFor(m.severity, c);
    lines.push(`  ${c.dim(String(m.line).padStart(gutter))} ${bar} ${text}`);
    lines.push(`  ${pad} ${bar} ${mark(underline(m, text))}`);
  }
  for (const r of m.related ?? []) {
    lines.push(`  ${pad} ${c.dim("=")} ${c.bold("related")}: ${displayPath(r.filePath, context.cwd)}:${r.line}:${r.column}: ${neutralize(r.message)}`);
  }
  if (m.help)
    lines.push(`  ${pad} ${c.dim("=")} ${c.bold("help")}: ${m.help}`);
  for (const s of m.suggestions ?? [])
    lines.push(`  ${pad} ${c.dim("=")} ${c.bold("suggestion")}: ${s.desc}`);
  const url = m.ruleId ? context.rulesMeta[m.ruleId]?.docs.url : void 0;
  if (url)
    lines.push(`  ${pad} ${c.dim("=")} ${c.bold("docs")}: ${c.dim(url)}`);
  return lines;
}
function pretty(results, context, c) {
  const out = [];
  for (const result of results) {
    if (result.messages.length === 0)
      continue;
    out.push(c.underline(displayPath(result.filePath, context.cwd)));
    const gutter = Math.max(...result.messages.map((m) => String(m.line).length));
    for (const m of result.messages) {
      const severity = paintFor(m.severity, c)(severityLabel(m.severity));
      const rule = m.ruleId ? `  ${c.dim(m.ruleId)}` : "";
      out.push(`  ${severity}  ${neutralize(m.message)}${rule}`);
      out.push(...frame(m, result, context, c, gutter));
      out.push("");
    }
  }
  return out;
}
function plain(results, context) {
  const out = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) {
      out.push(formatProblemLine({ path, line: m.line, column: m.column, severity: severityLabel(m.severity), message: neutralize(m.message), ruleId: m.ruleId }));
    }
  }
  return out;
}
function summary(results, c) {
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixableErrors += r.fixableErrorCount;
    fixableWarnings += r.fixableWarningCount;
    infos += infoCount(r);
  }
  const total = errors + warnings + infos;
  if (total === 0)
    return [];
  const paint = paintFor(errors > 0 ? ERROR : warnings > 0 ? WARN : INFO, c);
  const counts = [pluralize(errors, "error"), pluralize(warnings, "warning"), ...infos > 0 ? [pluralize(infos, "info")] : []];
  const mark = errors + warnings > 0 ? "\u2716" : "\u2139";
  const lines = [paint(c.bold(`${mark} ${pluralize(total, "problem")} (${counts.join(", ")})`))];
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(paint(c.bold(`  ${pluralize(fixableErrors, "error")} and ${pluralize(fixableWarnings, "warning")} potentially fixable with the \`--fix\` option.`)));
  }
  return lines;
}
function format(results, context) {
  const c = import_picocolors.default.createColors(context.color);
  const body = context.color ? pretty(results, context, c) : plain(results, context);
  const tail = summary(results, c);
  if (tail.length === 0)
    return "";
  if (!context.color)
    return `${[...body, "", ...tail].join("\n")}
`;
  return `${[...body, ...tail].join("\n")}
`;
}
export {
  format as default
};
