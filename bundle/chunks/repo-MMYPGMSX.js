import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject,
  parseDefinition
} from "./chunk-7YUUZ26M.js";
import "./chunk-LLODODTP.js";
import "./chunk-535KG5AF.js";
import "./chunk-5VRL6YA5.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-R6XLYLCT.js";
import "./chunk-UE3W6T4Z.js";
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
