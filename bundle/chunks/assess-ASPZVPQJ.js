import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  assessPlans,
  detailedExitCode,
  lintRefusal
} from "./chunk-7ST2SCRV.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";
export {
  assessPlans,
  detailedExitCode,
  lintRefusal
};
