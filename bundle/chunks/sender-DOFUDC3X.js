import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  SyncMismatchError,
  SyncRefusedError,
  applyPlans,
  guardProject,
  isVerdict,
  pipelineNamedIn,
  planProject
} from "./chunk-5HAR766Z.js";
import "./chunk-24G24LGO.js";
import "./chunk-ZFAN2KTA.js";
import "./chunk-V2QHP652.js";
import "./chunk-DAGFDQYT.js";
import "./chunk-SQ354C2A.js";
import "./chunk-HTDSFYMP.js";
export {
  SyncMismatchError,
  SyncRefusedError,
  applyPlans,
  guardProject,
  isVerdict,
  pipelineNamedIn,
  planProject
};
