import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-TLCHCYA5.js";
import {
  parseDefinition
} from "./chunk-I3ZVTQAH.js";
import "./chunk-LLODODTP.js";
import "./chunk-GGRE5J74.js";
import "./chunk-L4EREHKB.js";
import "./chunk-5V27NH3C.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5KQZCCNY.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-OTHFPZGX.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-HTDSFYMP.js";
export {
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
