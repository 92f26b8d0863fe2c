import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  loadProject
} from "./chunk-3QL5REVC.js";
import {
  parseDefinition
} from "./chunk-OOKHAPDB.js";
import "./chunk-VPOTTLUH.js";
import "./chunk-HP2XDHT5.js";
import "./chunk-5HKAZ7CT.js";
import "./chunk-WQSSPAUR.js";
import "./chunk-EFEAE2BF.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-2DEWQDIW.js";
import "./chunk-HTDSFYMP.js";
export {
  loadProject,
  parseDefinition
};
