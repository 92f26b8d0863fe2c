import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadLanguages
} from "./chunk-YX3G7E72.js";
import "./chunk-HTDSFYMP.js";
export {
  loadLanguages
};
