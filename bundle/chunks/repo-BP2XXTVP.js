import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-FELQDTPI.js";
import {
  parseDefinition
} from "./chunk-GUQ2E6WO.js";
import "./chunk-LLODODTP.js";
import "./chunk-I22ZIMI5.js";
import "./chunk-HP2XDHT5.js";
import "./chunk-5VRL6YA5.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-DNMKQIWQ.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-56IYA46K.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";
export {
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
