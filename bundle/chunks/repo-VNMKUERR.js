import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  isModuleFile,
  loadProject
} from "./chunk-PTIIGR42.js";
import {
  parseDefinition
} from "./chunk-KCHIGVH3.js";
import "./chunk-LLODODTP.js";
import "./chunk-PJV6L6GY.js";
import "./chunk-Y5ELBIZW.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-PE5T5H3U.js";
import {
  loadAlloy,
  loadContents
} from "./chunk-OO7CAYSI.js";
import "./chunk-DCZ53D37.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-HTDSFYMP.js";
export {
  isModuleFile,
  loadAlloy,
  loadContents,
  loadProject,
  parseDefinition
};
