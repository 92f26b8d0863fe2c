import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  exitCodeOf
} from "./chunk-5UJ3XWX7.js";
import {
  FleetlintError,
  UsageError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";
export {
  FleetlintError,
  UsageError,
  exitCodeOf
};
