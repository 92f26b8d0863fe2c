import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunk-4AT2TQ4A.js";
import "./chunk-Y32ECCPH.js";
import "./chunk-5V27NH3C.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-CERSRPII.js";
import "./chunk-CBONEPEG.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-LIZFXGBB.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-GHC3NUGM.js";
import "./chunk-HTDSFYMP.js";
export {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
};
