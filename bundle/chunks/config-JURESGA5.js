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
} from "./chunk-535KG5AF.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-UE3W6T4Z.js";
import "./chunk-JMF2JWRJ.js";
import "./chunk-56IYA46K.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-EDOWYMCE.js";
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
