import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DOCS_BASE_URL,
  RULE_DEFAULTS,
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunk-5KQZCCNY.js";
import "./chunk-OTHFPZGX.js";
import "./chunk-HTDSFYMP.js";
export {
  DOCS_BASE_URL,
  RULE_DEFAULTS,
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
};
