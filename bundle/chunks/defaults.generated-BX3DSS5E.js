import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  GENERATED_RULE_DEFAULTS
} from "./chunk-OTHFPZGX.js";
import "./chunk-HTDSFYMP.js";
export {
  GENERATED_RULE_DEFAULTS
};
