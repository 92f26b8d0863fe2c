import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatResolvedConfig
} from "./chunk-J6ALCUFO.js";
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  DEFAULT_PIPELINE_LIMIT,
  DEFAULT_STABILITY_LEVEL,
  DEFAULT_STACK,
  findConfigFile,
  loadConfig,
  resolveConfig
} from "./chunk-VPOTTLUH.js";
import "./chunk-HP2XDHT5.js";
import "./chunk-5HKAZ7CT.js";
import "./chunk-WQSSPAUR.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-2DEWQDIW.js";
import "./chunk-HTDSFYMP.js";
export {
  CONFIG_FILE_NAMES,
  ConfigError,
  DEFAULT_PIPELINE_LIMIT,
  DEFAULT_STABILITY_LEVEL,
  DEFAULT_STACK,
  findConfigFile,
  formatResolvedConfig,
  loadConfig,
  resolveConfig
};
