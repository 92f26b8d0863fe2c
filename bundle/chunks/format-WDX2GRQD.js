import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatSource
} from "./chunk-24SBA7FR.js";
import "./chunk-VMCWEPZP.js";
import "./chunk-EID6HQGN.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";
export {
  formatSource
};
