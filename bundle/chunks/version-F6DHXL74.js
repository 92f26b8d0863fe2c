import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-2SV5K2VS.js";
import "./chunk-HTDSFYMP.js";
export {
  version
};
