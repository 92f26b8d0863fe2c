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
} from "./chunk-AEVJZFKY.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-5V27NH3C.js";
import "./chunk-M3KZ3UBS.js";
import "./chunk-2YBLRLLR.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-73YL4Q2F.js";
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
