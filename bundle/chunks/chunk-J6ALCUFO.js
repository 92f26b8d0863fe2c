import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/config/index.js
var import_yaml = __toESM(require_dist(), 1);
function formatResolvedConfig(config, format = "yaml") {
  const { path, baseDir, targets, rules, overrides, ignore } = config;
  const plain = { path, baseDir, targets, rules, overrides, ignore };
  return format === "json" ? `${JSON.stringify(plain, null, 2)}
` : (0, import_yaml.stringify)(plain);
}

export {
  formatResolvedConfig
};
