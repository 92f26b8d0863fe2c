import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  displayPath,
  format,
  formatContext,
  infoCount,
  isFormatName,
  loadFormatter,
  pluralize
} from "./chunk-BHXDBDVL.js";
import "./chunk-YYNP75G5.js";
import "./chunk-2TRD2VA4.js";
import "./chunk-HTDSFYMP.js";
export {
  FORMAT_NAMES,
  displayPath,
  format,
  formatContext,
  infoCount,
  isFormatName,
  loadFormatter,
  pluralize
};
