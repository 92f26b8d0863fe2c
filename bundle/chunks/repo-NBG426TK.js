import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject,
  parseDefinition
} from "./chunk-HI2I6QZT.js";
import "./chunk-2LY2VFJF.js";
import "./chunk-5HKAZ7CT.js";
import "./chunk-JN6R5TC2.js";
import "./chunk-EFEAE2BF.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-2DEWQDIW.js";
import "./chunk-HTDSFYMP.js";
export {
  loadProject,
  parseDefinition
};
