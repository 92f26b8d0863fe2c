import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  hasChanges,
  isOwnedBy,
  planJson,
  planTarget
} from "./chunk-DOO3D2SG.js";
import "./chunk-SQ354C2A.js";
import "./chunk-DAGFDQYT.js";
import "./chunk-HTDSFYMP.js";
export {
  hasChanges,
  isOwnedBy,
  planJson,
  planTarget
};
