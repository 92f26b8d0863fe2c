import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  MAX_FIX_PASSES,
  RuleContractError,
  applyFixes,
  lintProject,
  parseDirectiveBody
} from "./chunk-5UR7OYZC.js";
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-NNRMNDFZ.js";
import "./chunk-OO7CAYSI.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-BE62LYWP.js";
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
