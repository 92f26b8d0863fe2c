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
} from "./chunk-E5YUU5EX.js";
import "./chunk-YYNP75G5.js";
import "./chunk-MUIKWUQD.js";
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
