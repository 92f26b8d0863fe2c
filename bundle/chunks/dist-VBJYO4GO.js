import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import "./chunk-HTDSFYMP.js";
export default require_dist();
