import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  GENERATED_RULE_DEFAULTS
} from "./chunk-OTHFPZGX.js";
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// import("./**/*.js") in dist/rules/index.js
var globImport_js = __glob({
  "./alloy-component-arguments.js": () => import("./alloy-component-arguments-3YFJESTK.js"),
  "./alloy-deprecated.js": () => import("./alloy-deprecated-TVNYRKXP.js"),
  "./alloy-format.js": () => import("./alloy-format-5CSR5PXL.js"),
  "./alloy-module-constraints.js": () => import("./alloy-module-constraints-QHGQW56Y.js"),
  "./alloy-references.js": () => import("./alloy-references-MJXVRMKE.js"),
  "./alloy-syntax.js": () => import("./alloy-syntax-4FY3HYH6.js"),
  "./alloy-unknown-component.js": () => import("./alloy-unknown-component-ET7MDSJT.js"),
  "./defaults-source.js": () => import("./defaults-source-STTODV5V.js"),
  "./defaults.generated.js": () => import("./defaults.generated-BX3DSS5E.js"),
  "./explicit-enabled.js": () => import("./explicit-enabled-ZCSLVKUL.js"),
  "./index.js": () => import("./rules-NITZ6PFS.js"),
  "./matcher-satisfiable.js": () => import("./matcher-satisfiable-K62TVCSS.js"),
  "./matcher-valid.js": () => import("./matcher-valid-6V3D6LCH.js"),
  "./otel-config.js": () => import("./otel-config-6RSYEXA2.js"),
  "./pipeline-exports.js": () => import("./pipeline-exports-CQ43CBKP.js"),
  "./pipeline-limit.js": () => import("./pipeline-limit-OOHA52OI.js"),
  "./pipeline-schema.js": () => import("./pipeline-schema-DXLFCORA.js"),
  "./pipeline-unique-name.js": () => import("./pipeline-unique-name-PYWIZY4H.js"),
  "./remote-validate.js": () => import("./remote-validate-TWMDWXQZ.js"),
  "./source-consistency.js": () => import("./source-consistency-X7KHJEPN.js")
});

// dist/rules/index.js
var RULE_IDS = [
  "alloy-syntax",
  "alloy-format",
  "alloy-module-constraints",
  "alloy-references",
  "alloy-unknown-component",
  "alloy-component-arguments",
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
var RULE_DEFAULTS = GENERATED_RULE_DEFAULTS;
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
