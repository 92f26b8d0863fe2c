import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunks/chunk-3QL5REVC.js";
import "./chunks/chunk-OOKHAPDB.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-UJ55EJKX.js";
import "./chunks/chunk-Z3GFFZNX.js";
import "./chunks/chunk-WI3FNKTA.js";
import "./chunks/chunk-CO2KMTMO.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-OMLRH3SK.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-VPOTTLUH.js";
import "./chunks/chunk-HP2XDHT5.js";
import {
  SourceText
} from "./chunks/chunk-5HKAZ7CT.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-WQSSPAUR.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-KQQFWJVA.js";
import "./chunks/chunk-EFEAE2BF.js";
import "./chunks/chunk-SSHQUGP4.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-JFXBJX5A.js";
import "./chunks/chunk-KDXVVKYJ.js";
import "./chunks/chunk-66TUCT7B.js";
import "./chunks/chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import "./chunks/chunk-2DEWQDIW.js";
import "./chunks/chunk-HTDSFYMP.js";
export {
  ConfigError,
  FORMAT_NAMES,
  RULE_IDS,
  RuleContractError,
  SourceText,
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
  parseFile
};
