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
} from "./chunk-PXL3JJSQ.js";
import "./chunk-PWJVKHH2.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-IFGJIRU2.js";
import "./chunk-OTHFPZGX.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
import "./chunk-JMF2JWRJ.js";
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
