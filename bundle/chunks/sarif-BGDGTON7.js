import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format,
  repoRelative,
  reportRoot
} from "./chunk-46UOCTO2.js";
import "./chunk-2SV5K2VS.js";
import "./chunk-HTDSFYMP.js";
export {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  format as default,
  repoRelative,
  reportRoot
};
