import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  GENERATED_RULE_DEFAULTS
} from "./chunk-56IYA46K.js";
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// import("./**/*.js") in dist/rules/index.js
var globImport_js = __glob({
  "./alloy-deprecated.js": () => import("./alloy-deprecated-IVQBXZL5.js"),
  "./alloy-format.js": () => import("./alloy-format-3VAIMTPE.js"),
  "./alloy-module-constraints.js": () => import("./alloy-module-constraints-UUR3RT66.js"),
  "./alloy-references.js": () => import("./alloy-references-26YNEPX2.js"),
  "./alloy-syntax.js": () => import("./alloy-syntax-4FY3HYH6.js"),
  "./alloy-unknown-component.js": () => import("./alloy-unknown-component-SAV2MXRH.js"),
  "./defaults-source.js": () => import("./defaults-source-STTODV5V.js"),
  "./defaults.generated.js": () => import("./defaults.generated-J2XFM6NB.js"),
  "./explicit-enabled.js": () => import("./explicit-enabled-ZCSLVKUL.js"),
  "./index.js": () => import("./rules-PVACQ7LD.js"),
  "./matcher-satisfiable.js": () => import("./matcher-satisfiable-ORD25GWJ.js"),
  "./matcher-valid.js": () => import("./matcher-valid-GLXM7BO7.js"),
  "./otel-config.js": () => import("./otel-config-6RSYEXA2.js"),
  "./pipeline-exports.js": () => import("./pipeline-exports-DR4AQKEG.js"),
  "./pipeline-limit.js": () => import("./pipeline-limit-OOHA52OI.js"),
  "./pipeline-schema.js": () => import("./pipeline-schema-DXLFCORA.js"),
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
