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
} from "./chunk-UUSCU3FF.js";
import "./chunk-24G24LGO.js";
import "./chunk-T26WJ7UP.js";
import "./chunk-DOO3D2SG.js";
import "./chunk-SQ354C2A.js";
import "./chunk-DAGFDQYT.js";
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
