import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadLanguages
} from "./chunk-JEARS6II.js";
import "./chunk-HTDSFYMP.js";
export {
  loadLanguages
};
