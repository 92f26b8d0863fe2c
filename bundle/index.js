import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunks/chunk-HI2I6QZT.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-UDITASTW.js";
import "./chunks/chunk-Z3GFFZNX.js";
import "./chunks/chunk-LW62RJWM.js";
import "./chunks/chunk-7KGYIRH6.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-FDFQMDVL.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-2LY2VFJF.js";
import {
  SourceText
} from "./chunks/chunk-5HKAZ7CT.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-JN6R5TC2.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-NZ2LCBQ2.js";
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
