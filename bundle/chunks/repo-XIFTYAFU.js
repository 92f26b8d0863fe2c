import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  isModuleFile,
  loadProject
} from "./chunk-TZ6OKTVW.js";
import "./chunk-LZRMTJOQ.js";
import {
  parseDefinition
} from "./chunk-IY372MPO.js";
import "./chunk-LLODODTP.js";
import "./chunk-SO2G24QV.js";
import "./chunk-IIZLOSLD.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5V27NH3C.js";
import "./chunk-FDGFQHZT.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-OO7CAYSI.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-BE62LYWP.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";
export {
  isModuleFile,
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
