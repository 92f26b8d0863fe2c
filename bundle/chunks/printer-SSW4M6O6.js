import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  printFile
} from "./chunk-JFXBJX5A.js";
import "./chunk-KDXVVKYJ.js";
import "./chunk-66TUCT7B.js";
import "./chunk-HTDSFYMP.js";
export {
  printFile
};
