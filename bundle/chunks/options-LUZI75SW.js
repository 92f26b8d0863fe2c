import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  repeatable,
  wholeNumber
} from "./chunk-IRIUP5YS.js";
import "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";
export {
  repeatable,
  wholeNumber
};
