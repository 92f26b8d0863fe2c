import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  MAX_FIX_PASSES,
  RuleContractError,
  applyFixes,
  lintProject,
  parseDirectiveBody
} from "./chunk-6CUBUCWT.js";
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-M3KZ3UBS.js";
import "./chunk-YYNP75G5.js";
import "./chunk-OO7CAYSI.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-73YL4Q2F.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
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
