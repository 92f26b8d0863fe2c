import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// import("./**/*.js") in dist/rules/index.js
var globImport_js = __glob({
  "./alloy-deprecated.js": () => import("./alloy-deprecated-FCXLVX3J.js"),
  "./alloy-format.js": () => import("./alloy-format-RSSGWY3N.js"),
  "./alloy-module-constraints.js": () => import("./alloy-module-constraints-QLXWGYAC.js"),
  "./alloy-references.js": () => import("./alloy-references-KSF4HP3U.js"),
  "./alloy-syntax.js": () => import("./alloy-syntax-O47TZW3M.js"),
  "./alloy-unknown-component.js": () => import("./alloy-unknown-component-GUGLT6PB.js"),
  "./explicit-enabled.js": () => import("./explicit-enabled-ZCSLVKUL.js"),
  "./index.js": () => import("./rules-ENU4QUXE.js"),
  "./matcher-satisfiable.js": () => import("./matcher-satisfiable-2K5CZBAW.js"),
  "./matcher-valid.js": () => import("./matcher-valid-VEGIOSFI.js"),
  "./otel-config.js": () => import("./otel-config-6RSYEXA2.js"),
  "./pipeline-exports.js": () => import("./pipeline-exports-LD6NSXZT.js"),
  "./pipeline-limit.js": () => import("./pipeline-limit-OOHA52OI.js"),
  "./pipeline-schema.js": () => import("./pipeline-schema-K5HQU2XZ.js"),
  "./pipeline-unique-name.js": () => import("./pipeline-unique-name-PYWIZY4H.js"),
  "./remote-validate.js": () => import("./remote-validate-TWMDWXQZ.js"),
  "./source-consistency.js": () => import("./source-consistency-ZPNVRRCA.js")
});

// dist/rules/index.js
var RULE_IDS = [
  "alloy-syntax",
  "alloy-format",
  "alloy-module-constraints",
  "alloy-references",
  "alloy-unknown-component",
  "alloy-deprecated",
  "otel-config",
  "pipeline-schema",
  "pipeline-unique-name",
  "matcher-valid",
  "matcher-satisfiable",
  "explicit-enabled",
  "source-consistency",
  "pipeline-limit",
  "pipeline-exports",
  "remote-validate"
];
var RULE_DEFAULTS = {
  "alloy-syntax": { severity: "error", category: "fast" },
  "alloy-format": { severity: "off", category: "fast" },
  "alloy-module-constraints": { severity: "error", category: "fast" },
  "alloy-references": { severity: "error", category: "fast" },
  "alloy-unknown-component": { severity: "error", category: "fast" },
  "alloy-deprecated": { severity: "warn", category: "fast" },
  "otel-config": { severity: "error", category: "fast" },
  "pipeline-schema": { severity: "error", category: "fast" },
  "pipeline-unique-name": { severity: "error", category: "fast" },
  "matcher-valid": { severity: "error", category: "fast" },
  "matcher-satisfiable": { severity: "warn", category: "fast" },
  "explicit-enabled": { severity: "warn", category: "fast" },
  "source-consistency": { severity: "error", category: "fast" },
  "pipeline-limit": { severity: "error", category: "fast" },
  "pipeline-exports": { severity: "error", category: "fast" },
  "remote-validate": { severity: "error", category: "network" }
};
var DOCS_BASE_URL = "https://github.com/fleetlint/fleetlint/blob/main/docs/rules/";
var cache = /* @__PURE__ */ new Map();
function isRuleId(id) {
  return RULE_IDS.includes(id);
}
function loadRule(id) {
  let loading = cache.get(id);
  if (!loading) {
    loading = /* @vite-ignore */
    globImport_js(`./${id}.js`).then((mod) => {
      const rule = mod.default;
      if (rule.meta.id !== id)
        throw new Error(`rules/${id} declares id ${rule.meta.id}`);
      rule.meta.docs.url ??= `${DOCS_BASE_URL}${id}.md`;
      return rule;
    });
    cache.set(id, loading);
  }
  return loading;
}
function loadAllRules() {
  return Promise.all(RULE_IDS.map(loadRule));
}

export {
  RULE_IDS,
  RULE_DEFAULTS,
  DOCS_BASE_URL,
  isRuleId,
  loadRule,
  loadAllRules
};
