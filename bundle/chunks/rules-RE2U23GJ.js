import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DOCS_BASE_URL,
  RULE_DEFAULTS,
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunk-M3KZ3UBS.js";
import "./chunk-73YL4Q2F.js";
import "./chunk-HTDSFYMP.js";
export {
  DOCS_BASE_URL,
  RULE_DEFAULTS,
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
};
