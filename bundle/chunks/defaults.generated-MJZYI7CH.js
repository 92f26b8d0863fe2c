import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  GENERATED_RULE_DEFAULTS
} from "./chunk-73YL4Q2F.js";
import "./chunk-HTDSFYMP.js";
export {
  GENERATED_RULE_DEFAULTS
};
