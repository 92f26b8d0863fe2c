import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  isModuleFile,
  loadProject
} from "./chunk-C4CQOJ7V.js";
import "./chunk-LLODODTP.js";
import {
  parseDefinition
} from "./chunk-TTWNWPW7.js";
import "./chunk-CY6IWGDQ.js";
import "./chunk-XAE6IWDX.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5EXLRFNF.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-OO7CAYSI.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-BE62LYWP.js";
import "./chunk-EDOWYMCE.js";
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
