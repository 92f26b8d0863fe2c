import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format,
  repoRelative,
  reportRoot
} from "./chunk-NXSLOGHJ.js";
import "./chunk-YYNP75G5.js";
import "./chunk-MUIKWUQD.js";
import "./chunk-PWOCY44R.js";
import "./chunk-HTDSFYMP.js";
export {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format as default,
  repoRelative,
  reportRoot
};
