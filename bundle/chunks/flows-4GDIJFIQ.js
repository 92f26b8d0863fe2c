import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunk-G36TZHCG.js";
import "./chunk-KUBCEZNM.js";
import "./chunk-5V27NH3C.js";
import "./chunk-E5YUU5EX.js";
import "./chunk-YYNP75G5.js";
import "./chunk-JJKORLGK.js";
import "./chunk-4W7P2XDW.js";
import "./chunk-XXFPFKBW.js";
import "./chunk-JKUQAI7V.js";
import "./chunk-426PQ5QP.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-MUIKWUQD.js";
import "./chunk-LIZFXGBB.js";
import "./chunk-GXBRFKVI.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-PWOCY44R.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";
export {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
};
