import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatSource
} from "./chunk-CO2KMTMO.js";
import "./chunk-OMLRH3SK.js";
import "./chunk-SSHQUGP4.js";
import "./chunk-JFXBJX5A.js";
import "./chunk-KDXVVKYJ.js";
import "./chunk-66TUCT7B.js";
import "./chunk-HTDSFYMP.js";
export {
  formatSource
};
