import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  parseExpression,
  parseFile,
  toText
} from "./chunk-FDFQMDVL.js";
import "./chunk-SSHQUGP4.js";
import "./chunk-KDXVVKYJ.js";
import "./chunk-66TUCT7B.js";
import "./chunk-HTDSFYMP.js";
export {
  parseExpression,
  parseFile,
  toText
};
