import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ERROR,
  WARN
} from "./chunk-YYNP75G5.js";
import {
  stringifyJson
} from "./chunk-MUIKWUQD.js";
import {
  version
} from "./chunk-PWOCY44R.js";

// dist/src/report/sarif.js
import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/fleetlint/fleetlint";
var SRCROOT = "%SRCROOT%";
var NO_RULE_ID = "fleetlint";
function isInside(path, folder) {
  const rel = relative(folder, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function reportRoot(cwd, workspace) {
  return workspace && isAbsolute(workspace) && isInside(cwd, workspace) ? workspace : cwd;
}
function repoRelative(filePath, cwd) {
  const rel = relative(cwd, filePath);
  if (rel === "" || rel.startsWith("..") || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) {
    return filePath.split(sep).join("/");
  }
  return rel.split(sep).join("/");
}
function artifactLocation(filePath, cwd) {
  const rel = relative(cwd, filePath);
  if (rel !== "" && !rel.startsWith("..") && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep)) {
    const uri = rel.split(sep).map(encodeURIComponent).join("/");
    return { uri, uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}
function region(line, column, endLine, endColumn) {
  if (!(line >= 1))
    return void 0;
  const startColumn = Math.max(1, column || 1);
  const lastLine = Math.max(line, endLine || line);
  const lastColumn = lastLine === line ? Math.max(startColumn, endColumn || startColumn) : Math.max(1, endColumn || 1);
  return { startLine: line, startColumn, endLine: lastLine, endColumn: lastColumn };
}
function artifactCache(cwd) {
  const cache = /* @__PURE__ */ new Map();
  return (filePath) => {
    let location = cache.get(filePath);
    if (!location) {
      location = artifactLocation(filePath, cwd);
      cache.set(filePath, location);
    }
    return location;
  };
}
function physicalLocation(artifacts, filePath, at) {
  const location = { artifactLocation: artifacts(filePath) };
  const r = region(at.line, at.column, at.endLine, at.endColumn);
  if (r)
    location.region = r;
  return location;
}
function relatedLocations(related, artifacts) {
  return related.map((loc, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(artifacts, loc.filePath, { line: loc.line, column: loc.column, endLine: loc.line, endColumn: loc.column }),
    message: { text: loc.message || "related location" }
  }));
}
function levelOfSeverity(severity) {
  return severity === ERROR ? "error" : severity === WARN ? "warning" : "note";
}
function defaultLevel(meta) {
  if (meta?.defaultSeverity === "error")
    return "error";
  if (meta?.defaultSeverity === "warn")
    return "warning";
  if (meta?.defaultSeverity === "info")
    return "note";
  return meta ? "note" : "error";
}
function ruleDescriptor(id, meta) {
  const rule = {
    id,
    shortDescription: { text: meta?.docs.description || (id === NO_RULE_ID ? "fleetlint could not lint the file" : id) },
    defaultConfiguration: { level: defaultLevel(meta) },
    properties: { tags: meta ? [meta.type, meta.category] : ["fatal"] }
  };
  if (meta?.docs.url)
    rule.helpUri = meta.docs.url;
  return rule;
}
function format(results, context) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const indexOf = (id) => {
    let index = ruleIndex.get(id);
    if (index === void 0) {
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push(ruleDescriptor(id, context.rulesMeta[id]));
    }
    return index;
  };
  const root = reportRoot(context.cwd, context.actions?.workspace);
  const artifacts = artifactCache(root);
  const sarifResults = [];
  for (const file of results) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? NO_RULE_ID;
      const result = {
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: levelOfSeverity(message.severity),
        message: { text: message.message },
        locations: [{ physicalLocation: physicalLocation(artifacts, file.filePath, message) }]
      };
      if (message.related?.length)
        result.relatedLocations = relatedLocations(message.related, artifacts);
      sarifResults.push(result);
    }
  }
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "fleetlint", version, semanticVersion: version, informationUri: INFORMATION_URI, rules }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return `${stringifyJson(log, 2)}
`;
}

export {
  SARIF_SCHEMA_URI,
  INFORMATION_URI,
  reportRoot,
  repoRelative,
  format
};
