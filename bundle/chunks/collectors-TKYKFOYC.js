import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/match/collectors.js
var import_yaml = __toESM(require_dist(), 1);
var CollectorSpecError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CollectorSpecError";
  }
};
function parseCollectorFlag(spec) {
  const attributes = {};
  const usage = "expected key=value pairs separated by commas, such as collector.os=linux,env=prod";
  if (spec.trim() === "")
    throw new CollectorSpecError(`Invalid --collector '': ${usage}`);
  for (const pair of spec.split(",")) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (key === "")
      throw new CollectorSpecError(`Invalid --collector '${spec}': '${pair}' has no key; ${usage}`);
    if (eq < 0)
      throw new CollectorSpecError(`Invalid --collector '${spec}': '${key}' has no value; ${usage}`);
    if (Object.hasOwn(attributes, key))
      throw new CollectorSpecError(`Invalid --collector '${spec}': attribute '${key}' is given twice`);
    attributes[key] = pair.slice(eq + 1).trim();
  }
  return attributes;
}
function parseCollectorsFile(text, path) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { schema: "failsafe" });
  } catch (error) {
    throw new CollectorSpecError(`Invalid collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data))
    throw new CollectorSpecError(`Invalid collectors file ${path}: expected a list of attribute maps`);
  return data.map((item, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new CollectorSpecError(`Invalid collectors file ${path}: item ${index + 1} is not a map of attributes`);
    }
    const attributes = {};
    for (const [key, value] of Object.entries(item)) {
      if (typeof value !== "string") {
        throw new CollectorSpecError(`Invalid collectors file ${path}: attribute '${key}' of item ${index + 1} is not a single value`);
      }
      attributes[key] = value;
    }
    return attributes;
  });
}
export {
  CollectorSpecError,
  parseCollectorFlag,
  parseCollectorsFile
};
