import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format,
  repoRelative,
  reportRoot
} from "./chunk-LWRSM3JX.js";
import "./chunk-YYNP75G5.js";
import "./chunk-GHC3NUGM.js";
import "./chunk-HTDSFYMP.js";
export {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format as default,
  repoRelative,
  reportRoot
};
