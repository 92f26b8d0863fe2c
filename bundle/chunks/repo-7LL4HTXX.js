import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject,
  parseDefinition
} from "./chunk-NTZ2GK2U.js";
import "./chunk-LLODODTP.js";
import "./chunk-B3NF2MHK.js";
import "./chunk-5VRL6YA5.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-6COU6CVZ.js";
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
