import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  GENERATED_RULE_DEFAULTS
} from "./chunk-73YL4Q2F.js";
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// import("./**/*.js") in dist/rules/index.js
var globImport_js = __glob({
  "./alloy-component-arguments.js": () => import("./alloy-component-arguments-ISSTN4CW.js"),
  "./alloy-deprecated.js": () => import("./alloy-deprecated-B5SJ5EHN.js"),
  "./alloy-format.js": () => import("./alloy-format-TZGOZZD3.js"),
  "./alloy-module-constraints.js": () => import("./alloy-module-constraints-ZYAZYZYL.js"),
  "./alloy-references.js": () => import("./alloy-references-EJQJFMRN.js"),
  "./alloy-syntax.js": () => import("./alloy-syntax-4FY3HYH6.js"),
  "./alloy-unknown-component.js": () => import("./alloy-unknown-component-B7D64JNX.js"),
  "./defaults-source.js": () => import("./defaults-source-STTODV5V.js"),
  "./defaults.generated.js": () => import("./defaults.generated-MJZYI7CH.js"),
  "./explicit-enabled.js": () => import("./explicit-enabled-ZCSLVKUL.js"),
  "./index.js": () => import("./rules-RE2U23GJ.js"),
  "./matcher-satisfiable.js": () => import("./matcher-satisfiable-GR7YWRBU.js"),
  "./matcher-valid.js": () => import("./matcher-valid-OLLZR4FC.js"),
  "./otel-config.js": () => import("./otel-config-NX6PJ3T6.js"),
  "./pipeline-exports.js": () => import("./pipeline-exports-PI67IDVJ.js"),
  "./pipeline-limit.js": () => import("./pipeline-limit-OOHA52OI.js"),
  "./pipeline-reach.js": () => import("./pipeline-reach-7MMOHJF4.js"),
  "./pipeline-schema.js": () => import("./pipeline-schema-GZLAOLWC.js"),
  "./pipeline-unique-name.js": () => import("./pipeline-unique-name-PYWIZY4H.js"),
  "./pipeline-untargeted.js": () => import("./pipeline-untargeted-LXZZW6A4.js"),
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
  "pipeline-untargeted",
  "pipeline-unique-name",
  "matcher-valid",
  "matcher-satisfiable",
  "explicit-enabled",
  "source-consistency",
  "pipeline-limit",
  "pipeline-exports",
  "remote-validate",
  "pipeline-reach"
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
