import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  isDefinitionName,
  isModuleFile,
  loadProject,
  parseDefinition
} from "./chunk-G2QA2ZJH.js";
import "./chunk-LZRMTJOQ.js";
import "./chunk-LLODODTP.js";
import "./chunk-AEVJZFKY.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5V27NH3C.js";
import "./chunk-M3KZ3UBS.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-OO7CAYSI.js";
import "./chunk-2YBLRLLR.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-73YL4Q2F.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";
export {
  isDefinitionName,
  isModuleFile,
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
