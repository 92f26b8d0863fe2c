import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadLanguages
} from "./chunk-M66F7WHM.js";
import "./chunk-HTDSFYMP.js";
export {
  loadLanguages
};
