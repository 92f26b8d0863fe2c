import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  assessPlans,
  detailedExitCode,
  lintRefusal
} from "./chunk-5ARWVMHY.js";
import "./chunk-E5YUU5EX.js";
import "./chunk-YYNP75G5.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-MUIKWUQD.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";
export {
  assessPlans,
  detailedExitCode,
  lintRefusal
};
