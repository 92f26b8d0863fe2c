import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  assessPlans,
  detailedExitCode,
  lintRefusal
} from "./chunk-JKHIXBZC.js";
import "./chunk-CBONEPEG.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-HTDSFYMP.js";
export {
  assessPlans,
  detailedExitCode,
  lintRefusal
};
