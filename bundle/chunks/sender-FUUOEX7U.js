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
} from "./chunk-5YOKN4JE.js";
import "./chunk-24G24LGO.js";
import "./chunk-DDACFBRU.js";
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
