import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-NNNVMSD5.js";
import {
  parseDefinition
} from "./chunk-64MG2VIV.js";
import "./chunk-LLODODTP.js";
import "./chunk-FZEHVJRV.js";
import "./chunk-CYU7VCBR.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-X3EOD3H5.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-OTHFPZGX.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";
export {
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
