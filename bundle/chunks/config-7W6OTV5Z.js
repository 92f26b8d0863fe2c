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
} from "./chunk-CY6IWGDQ.js";
import "./chunk-XAE6IWDX.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5EXLRFNF.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-BE62LYWP.js";
import "./chunk-EDOWYMCE.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-SZVLGFVG.js";
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
