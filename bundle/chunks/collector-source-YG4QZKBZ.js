import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetLoader,
  FleetUnavailableError
} from "./chunk-JJKORLGK.js";
import "./chunk-4W7P2XDW.js";
import "./chunk-XXFPFKBW.js";
import "./chunk-JKUQAI7V.js";
import "./chunk-LIZFXGBB.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";
export {
  FleetLoader,
  FleetUnavailableError
};
