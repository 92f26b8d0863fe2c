import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatSource
} from "./chunk-7KGYIRH6.js";
import "./chunk-FDFQMDVL.js";
import "./chunk-SSHQUGP4.js";
import "./chunk-JFXBJX5A.js";
import "./chunk-KDXVVKYJ.js";
import "./chunk-66TUCT7B.js";
import "./chunk-HTDSFYMP.js";
export {
  formatSource
};
