import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunks/chunk-7YUUZ26M.js";
import "./chunks/chunk-LLODODTP.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-F2RH75FV.js";
import "./chunks/chunk-Z3GFFZNX.js";
import "./chunks/chunk-H6AKZCZB.js";
import "./chunks/chunk-PYOAXXDT.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-5US2XG5C.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-535KG5AF.js";
import {
  SourceText
} from "./chunks/chunk-5VRL6YA5.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-F5BQZ7L3.js";
import "./chunks/chunk-R6XLYLCT.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-UE3W6T4Z.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-56IYA46K.js";
import "./chunks/chunk-EID6HQGN.js";
import "./chunks/chunk-GEBKUC7T.js";
import "./chunks/chunk-LNV7EB7H.js";
import "./chunks/chunk-2MG4L5QS.js";
import "./chunks/chunk-MMEZPQX6.js";
import "./chunks/chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import {
  FleetlintError,
  UsageError
} from "./chunks/chunk-SZVLGFVG.js";
import {
  version
} from "./chunks/chunk-T26WJ7UP.js";
import "./chunks/chunk-HTDSFYMP.js";
export {
  ConfigError,
  FORMAT_NAMES,
  FleetlintError,
  RULE_IDS,
  RuleContractError,
  SourceText,
  UsageError,
  applyFixes,
  defineRule,
  fileResult,
  format,
  formatContext,
  formatResolvedConfig,
  isFormatName,
  isRuleId,
  lintProject,
  loadAllRules,
  loadConfig,
  loadFormatter,
  loadProject,
  loadRule,
  parseExpression,
  parseFile,
  version
};
