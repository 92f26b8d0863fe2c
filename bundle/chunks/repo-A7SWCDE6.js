import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-7TBQPXFS.js";
import {
  parseDefinition
} from "./chunk-LUFTZVN4.js";
import "./chunk-LLODODTP.js";
import "./chunk-PXL3JJSQ.js";
import "./chunk-PWJVKHH2.js";
import "./chunk-5VRL6YA5.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-IFGJIRU2.js";
import "./chunk-OTHFPZGX.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-HTDSFYMP.js";
export {
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
