import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  displayPath,
  format,
  formatContext,
  isFormatName,
  loadFormatter,
  pluralize
} from "./chunk-DIJYZWHE.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-HTDSFYMP.js";
export {
  FORMAT_NAMES,
  displayPath,
  format,
  formatContext,
  isFormatName,
  loadFormatter,
  pluralize
};
