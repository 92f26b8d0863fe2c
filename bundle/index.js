import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunks/chunk-HCIWKTZJ.js";
import {
  loadProject
} from "./chunks/chunk-NNNVMSD5.js";
import "./chunks/chunk-64MG2VIV.js";
import "./chunks/chunk-LLODODTP.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-I47PORJ3.js";
import "./chunks/chunk-Z3GFFZNX.js";
import "./chunks/chunk-24SBA7FR.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-FZEHVJRV.js";
import "./chunks/chunk-CYU7VCBR.js";
import {
  SourceText
} from "./chunks/chunk-5VRL6YA5.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-X3EOD3H5.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-IHABVOFC.js";
import "./chunks/chunk-R6XLYLCT.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-OTHFPZGX.js";
import "./chunks/chunk-MMEZPQX6.js";
import "./chunks/chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-VMCWEPZP.js";
import "./chunks/chunk-EID6HQGN.js";
import "./chunks/chunk-GEBKUC7T.js";
import "./chunks/chunk-LNV7EB7H.js";
import "./chunks/chunk-2MG4L5QS.js";
import {
  FleetlintError,
  UsageError
} from "./chunks/chunk-SZVLGFVG.js";
import {
  version
} from "./chunks/chunk-GHC3NUGM.js";
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
