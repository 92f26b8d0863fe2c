import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  MAX_FIX_PASSES,
  RuleContractError,
  applyFixes,
  fillTemplate,
  lintProject,
  parseDirectiveBody
} from "./chunk-UJ55EJKX.js";
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import "./chunk-5HKAZ7CT.js";
import "./chunk-WQSSPAUR.js";
import "./chunk-EFEAE2BF.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-2DEWQDIW.js";
import "./chunk-HTDSFYMP.js";
export {
  MAX_FIX_PASSES,
  RuleContractError,
  applyFixes,
  defineRule,
  fillTemplate,
  lintProject,
  parseDirectiveBody,
  writeFileAtomic
};
