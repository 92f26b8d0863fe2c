import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunk-3CV2VMDI.js";
import "./chunk-46L7BBUF.js";
import "./chunk-UCDEB3PT.js";
import "./chunk-LB65VTSV.js";
import "./chunk-LIZFXGBB.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-UBEMXNLG.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-HTDSFYMP.js";
export {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
};
