import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  CliError,
  UsageError
} from "./chunk-2DEWQDIW.js";
import "./chunk-HTDSFYMP.js";
export {
  CliError,
  UsageError
};
