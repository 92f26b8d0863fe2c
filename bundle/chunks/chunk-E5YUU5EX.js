import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  INFO
} from "./chunk-YYNP75G5.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// dist/src/report/index.js
import { isAbsolute, relative } from "node:path";

// import("./**/*.js") in dist/src/report/index.js
var globImport_js = __glob({
  "./compact.js": () => import("./compact-UZZQWPAT.js"),
  "./github.js": () => import("./github-CRN3Z2HW.js"),
  "./index.js": () => import("./report-BJGVIXQG.js"),
  "./json.js": () => import("./json-2DMK732G.js"),
  "./junit.js": () => import("./junit-543PYTOW.js"),
  "./sarif.js": () => import("./sarif-HB76APVW.js"),
  "./stylish.js": () => import("./stylish-NABJVGU5.js")
});

// dist/src/report/index.js
var FORMAT_NAMES = ["stylish", "json", "compact", "sarif", "github", "junit"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}
var loaded = /* @__PURE__ */ new Map();
function loadFormatter(name) {
  let formatter = loaded.get(name);
  if (!formatter) {
    formatter = /* @vite-ignore */
    globImport_js(`./${name}.js`).then((mod) => mod.default);
    loaded.set(name, formatter);
  }
  return formatter;
}
async function format(name, results, context) {
  return (await loadFormatter(name))(results, context);
}
function formatContext(rules, cwd, color, actions = {}) {
  return { cwd, rulesMeta: Object.fromEntries(rules), color, actions };
}
function displayPath(filePath, cwd) {
  const rel = relative(cwd, filePath);
  return neutralize(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? filePath : rel);
}
function infoCount(result) {
  return result.infoCount ?? result.messages.filter((m) => m.severity === INFO).length;
}
function pluralize(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter,
  format,
  formatContext,
  displayPath,
  infoCount,
  pluralize
};
