import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunk-Q7F25WQ5.js";
import "./chunk-6PL5BPHZ.js";
import "./chunk-NYFW2TFG.js";
import "./chunk-LB65VTSV.js";
import "./chunk-LIZFXGBB.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-GHC3NUGM.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-HTDSFYMP.js";
export {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
};
