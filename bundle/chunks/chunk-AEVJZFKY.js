import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  SourceText
} from "./chunk-5VRL6YA5.js";
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  RULE_IDS,
  isRuleId
} from "./chunk-M3KZ3UBS.js";
import {
  nearestName
} from "./chunk-2YBLRLLR.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/config/errors.js
var ConfigError = class extends FleetlintError {
  problems;
  constructor(problems) {
    super("config", problems.map((p) => formatProblemLine({ path: p.file, line: p.line, column: p.column, severity: "error", message: p.message })).join("\n"));
    this.problems = problems;
    this.name = "ConfigError";
  }
};

// dist/src/config/discover.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
var CONFIG_FILE_NAMES = [
  "fleetlint.config.yaml",
  "fleetlint.config.yml",
  "fleetlint.config.json",
  ".fleetlintrc.yaml",
  ".fleetlintrc.yml",
  ".fleetlintrc.json",
  "package.json"
];
function findConfigFile(cwd) {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate))
        continue;
      if (name !== "package.json" || hasFleetlintKey(candidate))
        return candidate;
    }
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir)
      return void 0;
  }
}
function hasFleetlintKey(file) {
  try {
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    return typeof pkg === "object" && pkg !== null && "fleetlint" in pkg;
  } catch {
    return false;
  }
}

// dist/src/config/load.js
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename, isAbsolute, relative, resolve } from "node:path";

// dist/schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/fleetlint/fleetlint/v0.1.0/schemas/config.schema.json",
  title: "fleetlint configuration",
  description: "Configuration of fleetlint: which folders hold Fleet Management pipelines (targets), how they are synced, and which rules run.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      description: "JSON Schema this file follows (for editors); ignored by fleetlint.",
      type: "string"
    },
    targets: {
      description: 'One entry per sync unit: a folder of pipeline definitions synced into one source namespace. Default: one target with root ".".',
      type: "array",
      minItems: 1,
      items: { $ref: "#/definitions/target" }
    },
    rules: {
      description: 'Rule severities by rule id: "off", "info", "warn" or "error" (or 0, 1, 2 for off, warn, error), or [severity, ...options].',
      type: "object",
      additionalProperties: { $ref: "#/definitions/ruleSetting" }
    },
    overrides: {
      description: "Rule severities for some files only; later entries win over earlier ones and over `rules`.",
      type: "array",
      items: {
        description: "Rule settings applied to the files matching `files`.",
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: {
          files: {
            description: "Glob patterns (picomatch), relative to the folder of this configuration file.",
            type: "array",
            items: { description: 'A glob pattern such as "pipelines/legacy/**".', type: "string", minLength: 1 }
          },
          rules: {
            description: "Rule severities for the matching files, in the same form as the top-level `rules`.",
            type: "object",
            additionalProperties: { $ref: "#/definitions/ruleSetting" }
          }
        }
      }
    },
    ignore: {
      description: "Glob patterns (picomatch), relative to the folder of this configuration file, of files and folders never read.",
      type: "array",
      items: { description: 'A glob pattern such as "**/drafts/**".', type: "string", minLength: 1 }
    },
    alloyScope: {
      description: 'How local `.alloy` files (those no pipeline uses) are scoped. "auto" (default): the files of one folder are one configuration, as `alloy run DIR` loads them, unless two of them declare the same block (then the folder is a collection of independent files, each its own scope). "folder": always one configuration per folder (duplicates across files are reported). "file": each file on its own.',
      type: "string",
      enum: ["auto", "folder", "file"],
      default: "auto"
    }
  },
  definitions: {
    target: {
      description: "A folder searched recursively for pipeline definitions, synced as one source namespace.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          description: "Name of the target for `--target NAME` and in messages. Default: the namespace, else the root as written.",
          type: "string",
          minLength: 1
        },
        root: {
          description: 'Folder searched recursively for definitions, relative to the folder of this configuration file. Default ".".',
          type: "string",
          minLength: 1
        },
        namespace: {
          description: "Source namespace of the target's pipelines (source type GIT); required by plan and sync.",
          type: "string",
          minLength: 1
        },
        stack: {
          description: 'Name of the Fleet Management stack; targets with the same stack share one stack (names and the pipeline limit). Default "default".',
          type: "string",
          minLength: 1
        },
        url: {
          description: "Fleet Management URL of the stack; when omitted the environment (FLEET_MANAGEMENT_URL) is used.",
          type: "string",
          pattern: "^https?://"
        },
        credentials: {
          description: `Where this target's Fleet Management credentials come from: names of environment variables, never the values. Without it, a stack other than "default" reads FLEET_MANAGEMENT_<STACK>_URL, _USERNAME and _TOKEN when any of them is set, else FLEET_MANAGEMENT_URL, _USERNAME and _TOKEN.`,
          type: "object",
          additionalProperties: false,
          properties: {
            urlEnv: {
              description: "Name of the environment variable holding the Fleet Management URL.",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            usernameEnv: {
              description: "Name of the environment variable holding the username (the Fleet Management instance ID).",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            },
            tokenEnv: {
              description: "Name of the environment variable holding the access token.",
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
            }
          }
        },
        globalMatchers: {
          description: "Matchers appended to every pipeline of the target when it is synced.",
          type: "array",
          items: { description: 'A matcher such as "env=prod".', type: "string" }
        },
        pipelineLimit: {
          description: "Most pipelines the stack may hold. Default 200.",
          type: "integer",
          minimum: 1
        },
        compat: {
          description: '"sync-action": the target is synced by grafana/fleet-management-sync-action, so every extension key (contents, contents_file, config_type, metadata) is reported.',
          type: "string",
          enum: ["sync-action"]
        },
        stabilityLevel: {
          description: `Least stable Alloy component level the target's collectors run with (their --stability.level). Default "generally-available".`,
          type: "string",
          enum: ["generally-available", "public-preview", "experimental"]
        }
      }
    },
    severity: {
      description: '"off", "info" (reported, never fails a run), "warn" or "error" (or 0, 1, 2 for off, warn, error).',
      enum: ["off", "info", "warn", "error", 0, 1, 2]
    },
    ruleSetting: {
      description: 'a severity ("off", "info", "warn", "error", 0, 1 or 2) or an array [severity, ...options]',
      anyOf: [
        { $ref: "#/definitions/severity" },
        {
          description: "A severity followed by the rule's options.",
          type: "array",
          minItems: 1,
          items: [{ $ref: "#/definitions/severity" }]
        }
      ]
    }
  }
};

// dist/src/config/validators.generated.js
var validatePipeline = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/fleetlint/fleetlint/v0.1.0/schemas/pipeline.schema.json", "title": "Fleet Management pipeline definition", "description": "A Grafana Fleet Management pipeline kept in Git: the YAML file next to the pipeline's NAME.alloy contents (grafana/fleet-management-sync-action format, plus fleetlint's extension keys).", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Pipeline name, unique in the stack. Default: the YAML file name without its extension.", "type": "string", "minLength": 1 }, "enabled": { "description": "Whether collectors run the pipeline. Default false: a definition without `enabled: true` is synced disabled.", "type": "boolean" }, "matchers": { "description": "Matchers choosing which collectors receive the pipeline (Prometheus/Alertmanager syntax: key=value, key!=value, key=~regex, key!~regex). Every matcher must hold. No matchers: no collector receives it.", "type": "array", "items": { "description": 'A matcher such as "env=prod" or "collector.os=~linux|darwin".', "type": "string" } }, "contents": { "description": "fleetlint extension: the pipeline's contents inline (usually a `|` block scalar), instead of the sibling NAME.alloy file.", "type": "string" }, "contents_file": { "description": "fleetlint extension: path of the file holding the contents, instead of the sibling NAME.alloy. Resolved as an absolute path, then relative to this file, then relative to the target root.", "type": "string", "minLength": 1 }, "config_type": { "description": 'fleetlint extension: the contents\' language, "alloy" (default) or "otel" (OpenTelemetry Collector YAML; needs `contents` or `contents_file`).', "type": "string", "enum": ["alloy", "otel"] }, "metadata": { "description": "fleetlint extension: free-form data sent as the pipeline's `metadata`.", "type": "object" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "enabled" || key0 === "matchers" || key0 === "contents" || key0 === "contents_file" || key0 === "config_type" || key0 === "metadata")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      if (typeof data.enabled !== "boolean") {
        const err3 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.matchers !== void 0) {
      let data2 = data.matchers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err4 = { instancePath: instancePath + "/matchers/" + i0, schemaPath: "#/properties/matchers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/matchers", schemaPath: "#/properties/matchers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.contents !== void 0) {
      if (typeof data.contents !== "string") {
        const err6 = { instancePath: instancePath + "/contents", schemaPath: "#/properties/contents/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.contents_file !== void 0) {
      let data5 = data.contents_file;
      if (typeof data5 === "string") {
        if (data5.length < 1) {
          const err7 = { instancePath: instancePath + "/contents_file", schemaPath: "#/properties/contents_file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/contents_file", schemaPath: "#/properties/contents_file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.config_type !== void 0) {
      let data6 = data.config_type;
      if (typeof data6 !== "string") {
        const err9 = { instancePath: instancePath + "/config_type", schemaPath: "#/properties/config_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data6 === "alloy" || data6 === "otel")) {
        const err10 = { instancePath: instancePath + "/config_type", schemaPath: "#/properties/config_type/enum", keyword: "enum", params: { allowedValues: schema11.properties.config_type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data7 = data.metadata;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err11 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateConfig = validate11;
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/fleetlint/fleetlint/v0.1.0/schemas/config.schema.json", "title": "fleetlint configuration", "description": "Configuration of fleetlint: which folders hold Fleet Management pipelines (targets), how they are synced, and which rules run.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "JSON Schema this file follows (for editors); ignored by fleetlint.", "type": "string" }, "targets": { "description": 'One entry per sync unit: a folder of pipeline definitions synced into one source namespace. Default: one target with root ".".', "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/target" } }, "rules": { "description": 'Rule severities by rule id: "off", "info", "warn" or "error" (or 0, 1, 2 for off, warn, error), or [severity, ...options].', "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "overrides": { "description": "Rule severities for some files only; later entries win over earlier ones and over `rules`.", "type": "array", "items": { "description": "Rule settings applied to the files matching `files`.", "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "description": "Glob patterns (picomatch), relative to the folder of this configuration file.", "type": "array", "items": { "description": 'A glob pattern such as "pipelines/legacy/**".', "type": "string", "minLength": 1 } }, "rules": { "description": "Rule severities for the matching files, in the same form as the top-level `rules`.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } } } } }, "ignore": { "description": "Glob patterns (picomatch), relative to the folder of this configuration file, of files and folders never read.", "type": "array", "items": { "description": 'A glob pattern such as "**/drafts/**".', "type": "string", "minLength": 1 } }, "alloyScope": { "description": 'How local `.alloy` files (those no pipeline uses) are scoped. "auto" (default): the files of one folder are one configuration, as `alloy run DIR` loads them, unless two of them declare the same block (then the folder is a collection of independent files, each its own scope). "folder": always one configuration per folder (duplicates across files are reported). "file": each file on its own.', "type": "string", "enum": ["auto", "folder", "file"], "default": "auto" } }, "definitions": { "target": { "description": "A folder searched recursively for pipeline definitions, synced as one source namespace.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Name of the target for `--target NAME` and in messages. Default: the namespace, else the root as written.", "type": "string", "minLength": 1 }, "root": { "description": 'Folder searched recursively for definitions, relative to the folder of this configuration file. Default ".".', "type": "string", "minLength": 1 }, "namespace": { "description": "Source namespace of the target's pipelines (source type GIT); required by plan and sync.", "type": "string", "minLength": 1 }, "stack": { "description": 'Name of the Fleet Management stack; targets with the same stack share one stack (names and the pipeline limit). Default "default".', "type": "string", "minLength": 1 }, "url": { "description": "Fleet Management URL of the stack; when omitted the environment (FLEET_MANAGEMENT_URL) is used.", "type": "string", "pattern": "^https?://" }, "credentials": { "description": `Where this target's Fleet Management credentials come from: names of environment variables, never the values. Without it, a stack other than "default" reads FLEET_MANAGEMENT_<STACK>_URL, _USERNAME and _TOKEN when any of them is set, else FLEET_MANAGEMENT_URL, _USERNAME and _TOKEN.`, "type": "object", "additionalProperties": false, "properties": { "urlEnv": { "description": "Name of the environment variable holding the Fleet Management URL.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "usernameEnv": { "description": "Name of the environment variable holding the username (the Fleet Management instance ID).", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "tokenEnv": { "description": "Name of the environment variable holding the access token.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } }, "globalMatchers": { "description": "Matchers appended to every pipeline of the target when it is synced.", "type": "array", "items": { "description": 'A matcher such as "env=prod".', "type": "string" } }, "pipelineLimit": { "description": "Most pipelines the stack may hold. Default 200.", "type": "integer", "minimum": 1 }, "compat": { "description": '"sync-action": the target is synced by grafana/fleet-management-sync-action, so every extension key (contents, contents_file, config_type, metadata) is reported.', "type": "string", "enum": ["sync-action"] }, "stabilityLevel": { "description": `Least stable Alloy component level the target's collectors run with (their --stability.level). Default "generally-available".`, "type": "string", "enum": ["generally-available", "public-preview", "experimental"] } } }, "severity": { "description": '"off", "info" (reported, never fails a run), "warn" or "error" (or 0, 1, 2 for off, warn, error).', "enum": ["off", "info", "warn", "error", 0, 1, 2] }, "ruleSetting": { "description": 'a severity ("off", "info", "warn", "error", 0, 1 or 2) or an array [severity, ...options]', "anyOf": [{ "$ref": "#/definitions/severity" }, { "description": "A severity followed by the rule's options.", "type": "array", "minItems": 1, "items": [{ "$ref": "#/definitions/severity" }] }] } } };
var schema13 = { "description": "A folder searched recursively for pipeline definitions, synced as one source namespace.", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Name of the target for `--target NAME` and in messages. Default: the namespace, else the root as written.", "type": "string", "minLength": 1 }, "root": { "description": 'Folder searched recursively for definitions, relative to the folder of this configuration file. Default ".".', "type": "string", "minLength": 1 }, "namespace": { "description": "Source namespace of the target's pipelines (source type GIT); required by plan and sync.", "type": "string", "minLength": 1 }, "stack": { "description": 'Name of the Fleet Management stack; targets with the same stack share one stack (names and the pipeline limit). Default "default".', "type": "string", "minLength": 1 }, "url": { "description": "Fleet Management URL of the stack; when omitted the environment (FLEET_MANAGEMENT_URL) is used.", "type": "string", "pattern": "^https?://" }, "credentials": { "description": `Where this target's Fleet Management credentials come from: names of environment variables, never the values. Without it, a stack other than "default" reads FLEET_MANAGEMENT_<STACK>_URL, _USERNAME and _TOKEN when any of them is set, else FLEET_MANAGEMENT_URL, _USERNAME and _TOKEN.`, "type": "object", "additionalProperties": false, "properties": { "urlEnv": { "description": "Name of the environment variable holding the Fleet Management URL.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "usernameEnv": { "description": "Name of the environment variable holding the username (the Fleet Management instance ID).", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "tokenEnv": { "description": "Name of the environment variable holding the access token.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } }, "globalMatchers": { "description": "Matchers appended to every pipeline of the target when it is synced.", "type": "array", "items": { "description": 'A matcher such as "env=prod".', "type": "string" } }, "pipelineLimit": { "description": "Most pipelines the stack may hold. Default 200.", "type": "integer", "minimum": 1 }, "compat": { "description": '"sync-action": the target is synced by grafana/fleet-management-sync-action, so every extension key (contents, contents_file, config_type, metadata) is reported.', "type": "string", "enum": ["sync-action"] }, "stabilityLevel": { "description": `Least stable Alloy component level the target's collectors run with (their --stability.level). Default "generally-available".`, "type": "string", "enum": ["generally-available", "public-preview", "experimental"] } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^https?://", "u");
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema15 = { "description": '"off", "info" (reported, never fails a run), "warn" or "error" (or 0, 1, 2 for off, warn, error).', "enum": ["off", "info", "warn", "error", 0, 1, 2] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(data === "off" || data === "info" || data === "warn" || data === "error" || data === 0 || data === 1 || data === 2)) {
    const err0 = { instancePath, schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const len0 = data.length;
      if (len0 > 0) {
        let data0 = data[0];
        if (!(data0 === "off" || data0 === "info" || data0 === "warn" || data0 === "error" || data0 === 0 || data0 === 1 || data0 === 2)) {
          const err2 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "targets" || key0 === "rules" || key0 === "overrides" || key0 === "ignore" || key0 === "alloyScope")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data1 = data.targets;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err2 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              if (!func2.call(schema13.properties, key1)) {
                const err3 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/definitions/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 === "string") {
                if (data3.length < 1) {
                  const err4 = { instancePath: instancePath + "/targets/" + i0 + "/name", schemaPath: "#/definitions/target/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/targets/" + i0 + "/name", schemaPath: "#/definitions/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.root !== void 0) {
              let data4 = data2.root;
              if (typeof data4 === "string") {
                if (data4.length < 1) {
                  const err6 = { instancePath: instancePath + "/targets/" + i0 + "/root", schemaPath: "#/definitions/target/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/targets/" + i0 + "/root", schemaPath: "#/definitions/target/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data2.namespace !== void 0) {
              let data5 = data2.namespace;
              if (typeof data5 === "string") {
                if (data5.length < 1) {
                  const err8 = { instancePath: instancePath + "/targets/" + i0 + "/namespace", schemaPath: "#/definitions/target/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/targets/" + i0 + "/namespace", schemaPath: "#/definitions/target/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data2.stack !== void 0) {
              let data6 = data2.stack;
              if (typeof data6 === "string") {
                if (data6.length < 1) {
                  const err10 = { instancePath: instancePath + "/targets/" + i0 + "/stack", schemaPath: "#/definitions/target/properties/stack/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/targets/" + i0 + "/stack", schemaPath: "#/definitions/target/properties/stack/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.url !== void 0) {
              let data7 = data2.url;
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err12 = { instancePath: instancePath + "/targets/" + i0 + "/url", schemaPath: "#/definitions/target/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/targets/" + i0 + "/url", schemaPath: "#/definitions/target/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data2.credentials !== void 0) {
              let data8 = data2.credentials;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                  if (!(key2 === "urlEnv" || key2 === "usernameEnv" || key2 === "tokenEnv")) {
                    const err14 = { instancePath: instancePath + "/targets/" + i0 + "/credentials", schemaPath: "#/definitions/target/properties/credentials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data8.urlEnv !== void 0) {
                  let data9 = data8.urlEnv;
                  if (typeof data9 === "string") {
                    if (!pattern1.test(data9)) {
                      const err15 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/urlEnv", schemaPath: "#/definitions/target/properties/credentials/properties/urlEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/urlEnv", schemaPath: "#/definitions/target/properties/credentials/properties/urlEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data8.usernameEnv !== void 0) {
                  let data10 = data8.usernameEnv;
                  if (typeof data10 === "string") {
                    if (!pattern1.test(data10)) {
                      const err17 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/usernameEnv", schemaPath: "#/definitions/target/properties/credentials/properties/usernameEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  } else {
                    const err18 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/usernameEnv", schemaPath: "#/definitions/target/properties/credentials/properties/usernameEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data8.tokenEnv !== void 0) {
                  let data11 = data8.tokenEnv;
                  if (typeof data11 === "string") {
                    if (!pattern1.test(data11)) {
                      const err19 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/tokenEnv", schemaPath: "#/definitions/target/properties/credentials/properties/tokenEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/targets/" + i0 + "/credentials/tokenEnv", schemaPath: "#/definitions/target/properties/credentials/properties/tokenEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/targets/" + i0 + "/credentials", schemaPath: "#/definitions/target/properties/credentials/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data2.globalMatchers !== void 0) {
              let data12 = data2.globalMatchers;
              if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data12[i1] !== "string") {
                    const err22 = { instancePath: instancePath + "/targets/" + i0 + "/globalMatchers/" + i1, schemaPath: "#/definitions/target/properties/globalMatchers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/targets/" + i0 + "/globalMatchers", schemaPath: "#/definitions/target/properties/globalMatchers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data2.pipelineLimit !== void 0) {
              let data14 = data2.pipelineLimit;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err24 = { instancePath: instancePath + "/targets/" + i0 + "/pipelineLimit", schemaPath: "#/definitions/target/properties/pipelineLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 1 || isNaN(data14)) {
                  const err25 = { instancePath: instancePath + "/targets/" + i0 + "/pipelineLimit", schemaPath: "#/definitions/target/properties/pipelineLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data2.compat !== void 0) {
              let data15 = data2.compat;
              if (typeof data15 !== "string") {
                const err26 = { instancePath: instancePath + "/targets/" + i0 + "/compat", schemaPath: "#/definitions/target/properties/compat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (!(data15 === "sync-action")) {
                const err27 = { instancePath: instancePath + "/targets/" + i0 + "/compat", schemaPath: "#/definitions/target/properties/compat/enum", keyword: "enum", params: { allowedValues: schema13.properties.compat.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data2.stabilityLevel !== void 0) {
              let data16 = data2.stabilityLevel;
              if (typeof data16 !== "string") {
                const err28 = { instancePath: instancePath + "/targets/" + i0 + "/stabilityLevel", schemaPath: "#/definitions/target/properties/stabilityLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              if (!(data16 === "generally-available" || data16 === "public-preview" || data16 === "experimental")) {
                const err29 = { instancePath: instancePath + "/targets/" + i0 + "/stabilityLevel", schemaPath: "#/definitions/target/properties/stabilityLevel/enum", keyword: "enum", params: { allowedValues: schema13.properties.stabilityLevel.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/definitions/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data17 = data.rules;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          if (!validate12(data17[key3], { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data17, parentDataProperty: key3, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data19 = data.overrides;
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data20 = data19[i2];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.files === void 0) {
              const err33 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key4 in data20) {
              if (!(key4 === "files" || key4 === "rules")) {
                const err34 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data20.files !== void 0) {
              let data21 = data20.files;
              if (Array.isArray(data21)) {
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data22 = data21[i3];
                  if (typeof data22 === "string") {
                    if (data22.length < 1) {
                      const err35 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data20.rules !== void 0) {
              let data23 = data20.rules;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                for (const key5 in data23) {
                  if (!validate12(data23[key5], { instancePath: instancePath + "/overrides/" + i2 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data23, parentDataProperty: key5, rootData })) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/overrides/" + i2 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data25 = data.ignore;
      if (Array.isArray(data25)) {
        const len4 = data25.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data26 = data25[i4];
          if (typeof data26 === "string") {
            if (data26.length < 1) {
              const err41 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/ignore/" + i4, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.alloyScope !== void 0) {
      let data27 = data.alloyScope;
      if (typeof data27 !== "string") {
        const err44 = { instancePath: instancePath + "/alloyScope", schemaPath: "#/properties/alloyScope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (!(data27 === "auto" || data27 === "folder" || data27 === "file")) {
        const err45 = { instancePath: instancePath + "/alloyScope", schemaPath: "#/properties/alloyScope/enum", keyword: "enum", params: { allowedValues: schema12.properties.alloyScope.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// dist/src/config/validator.js
var validatePipeline2 = validatePipeline;
var validateConfig2 = validateConfig;

// dist/src/config/yaml-schema.js
var import_yaml = __toESM(require_dist(), 1);
function nodeRange(node, fallback = 0) {
  const range = node && "range" in node ? node.range : void 0;
  return range ? { start: range[0], end: range[1] } : { start: fallback, end: fallback };
}
function pointerSegments(pointer) {
  if (pointer === "")
    return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function displayPath(segments) {
  let out = "";
  for (const s of segments)
    out += /^\d+$/.test(s) ? `[${s}]` : out === "" ? s : `.${s}`;
  return out;
}
function locate(root, segments) {
  let node = root;
  let key = null;
  for (const segment of segments) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === segment);
      if (!pair)
        break;
      key = pair.key;
      node = pair.value;
      if (!node || (0, import_yaml.isScalar)(node) && node.range && node.range[0] === node.range[1]) {
        node = key;
        break;
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (!item)
        break;
      key = null;
      node = item;
    } else
      break;
  }
  return { node, key };
}
var YAML_TYPE_NAMES = { object: "mapping", array: "list" };
function typeName(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "list";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "mapping" : typeof value;
}
function suggest(word, candidates) {
  return nearestName(word, candidates, { ignoreCase: true });
}
function schemaAt(root, segments) {
  const deref = (node2) => {
    if (!node2?.$ref?.startsWith("#/"))
      return node2;
    let target = root;
    for (const s of pointerSegments(node2.$ref.slice(1)))
      target = target?.[s];
    return target;
  };
  let node = deref(root);
  for (const segment of segments) {
    if (!node)
      return void 0;
    if (node.properties && segment in node.properties)
      node = node.properties[segment];
    else if (Array.isArray(node.items))
      node = node.items[Number(segment)];
    else if (node.items)
      node = node.items;
    else if (typeof node.additionalProperties === "object")
      node = node.additionalProperties;
    else
      return void 0;
    node = deref(node);
  }
  return node;
}
function expectedFrom(error, parent) {
  switch (error.keyword) {
    case "enum":
      return `one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "anyOf":
    case "oneOf":
      return parent?.description ?? "a value of another form";
    case "minLength":
      return error.params.limit === 1 ? "a non-empty string" : `at least ${error.params.limit} characters`;
    case "minimum":
      return `a number >= ${error.params.limit}`;
    case "minItems":
      return `at least ${error.params.limit} item(s)`;
    case "pattern":
      return `a value matching ${error.params.pattern}`;
    default:
      return error.message ?? "a valid value";
  }
}
function schemaProblems(root, data, validate, schema) {
  if (validate(data))
    return [];
  const errors = validate.errors ?? [];
  const alternatives = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => e.instancePath);
  const underAlternative = (e) => e.keyword !== "anyOf" && e.keyword !== "oneOf" && alternatives.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (underAlternative(error))
      continue;
    const segments = pointerSegments(error.instancePath);
    const { node, key } = locate(root, segments);
    const path = displayPath(segments);
    let problem;
    if (error.keyword === "additionalProperties") {
      const name = error.params.additionalProperty;
      const { key: keyNode } = locate(root, [...segments, name]);
      const known = Object.keys(schemaAt(schema, segments)?.properties ?? {});
      const suggestion = suggest(name, known);
      problem = { kind: "unknownKey", range: nodeRange(keyNode ?? node), key: name, ...suggestion ? { suggestion } : {} };
    } else if (error.keyword === "required") {
      const missing = error.params.missingProperty;
      problem = { kind: "missingKey", range: nodeRange(key ?? node), path, key: missing };
    } else if (error.keyword === "type") {
      const expected = String(error.params.type).split(",").map((t) => YAML_TYPE_NAMES[t] ?? t).join(" or ");
      const found = typeName(locateValue(data, segments));
      problem = { kind: "wrongType", range: nodeRange(node), path, expected, found };
    } else {
      problem = { kind: "invalidValue", range: nodeRange(node), path, expected: expectedFrom(error, schemaAt(schema, segments)) };
    }
    const id = `${problem.kind}:${problem.range.start}:${problem.range.end}:${"key" in problem ? problem.key : ""}`;
    if (seen.has(id))
      continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort((a, b) => a.range.start - b.range.start);
}
function locateValue(data, segments) {
  let value = data;
  for (const s of segments) {
    if (value === null || typeof value !== "object")
      return void 0;
    value = value[s];
  }
  return value;
}
function describeSchemaProblem(problem) {
  switch (problem.kind) {
    case "unknownKey":
      return problem.suggestion ? `Unknown key "${problem.key}" (did you mean "${problem.suggestion}"?)` : `Unknown key "${problem.key}"`;
    case "wrongType":
      return `Expected ${subject(problem.path)} to be ${article(problem.expected)}, found ${article(problem.found)}`;
    case "invalidValue":
      return `Invalid value for ${subject(problem.path)}: expected ${problem.expected}`;
    case "missingKey":
      return `Expected key "${problem.key}"${problem.path ? ` in "${problem.path}"` : ""}`;
  }
}
function subject(path) {
  return path === "" ? "the configuration" : `"${path}"`;
}
function article(typeName2) {
  if (typeName2 === "null" || typeName2 === "undefined")
    return typeName2;
  return /^[aeiou]/.test(typeName2) ? `an ${typeName2}` : `a ${typeName2}`;
}

// dist/src/config/yaml-scalar.js
var import_yaml2 = __toESM(require_dist(), 1);
var isBlank = (c) => c === " " || c === "	";
function scalarText(source, node) {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  const range = { start, end: valueEnd };
  const value = typeof node.value === "string" ? node.value : typeof node.source === "string" ? node.source : source.slice(start, valueEnd);
  let mapper;
  let exact = false;
  const build = () => {
    const decoded = decodeScalar(source, start, valueEnd, node.type, value);
    if (decoded && decoded.out === value) {
      const map = decoded.map;
      exact = true;
      return (offset) => map[Math.max(0, Math.min(offset, map.length - 1))];
    }
    return lineStartMapper(source, start, valueEnd, value, node.type);
  };
  return {
    text: value,
    range,
    get exact() {
      mapper ??= build();
      return exact;
    },
    toFileOffset(offset) {
      mapper ??= build();
      return mapper(offset);
    }
  };
}
function decodeScalar(source, start, end, type, value) {
  switch (type) {
    case import_yaml2.Scalar.PLAIN:
      return decodeFlow(source, start, end, "plain");
    case import_yaml2.Scalar.QUOTE_SINGLE:
      return decodeFlow(source, start + 1, end - 1, "single");
    case import_yaml2.Scalar.QUOTE_DOUBLE:
      return decodeFlow(source, start + 1, end - 1, "double");
    case import_yaml2.Scalar.BLOCK_LITERAL:
    case import_yaml2.Scalar.BLOCK_FOLDED:
      return decodeBlock(source, start, end, type === import_yaml2.Scalar.BLOCK_FOLDED, value);
    default:
      return null;
  }
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function decodeFlow(source, from, to, style) {
  const out = [];
  const map = [];
  let kept = 0;
  const push = (text, at) => {
    for (const ch of text.split("")) {
      out.push(ch);
      map.push(at);
    }
  };
  let i = from;
  while (i < to) {
    const c = source[i];
    if (c === "\r" || c === "\n") {
      while (out.length > kept && isBlank(out[out.length - 1])) {
        out.pop();
        map.pop();
      }
      const breakAt = i;
      let breaks = 0;
      const emptyAt = [];
      while (i < to && (source[i] === "\r" || source[i] === "\n" || isBlank(source[i]))) {
        if (source[i] === "\n") {
          if (breaks > 0)
            emptyAt.push(i);
          breaks++;
        }
        i++;
      }
      if (breaks <= 1)
        push(" ", breakAt);
      else
        for (const at of emptyAt)
          push("\n", at);
      continue;
    }
    if (style === "single" && c === "'" && source[i + 1] === "'") {
      push("'", i);
      i += 2;
      kept = out.length;
      continue;
    }
    if (style === "double" && c === "\\") {
      const e = source[i + 1];
      if (e === "\r" || e === "\n") {
        i += e === "\r" && source[i + 2] === "\n" ? 3 : 2;
        while (i < to && isBlank(source[i]))
          i++;
        kept = out.length;
        continue;
      }
      if (e !== void 0 && e in SIMPLE_ESCAPES) {
        push(SIMPLE_ESCAPES[e], i);
        i += 2;
      } else if (e !== void 0 && e in HEX_ESCAPES) {
        const digits = source.slice(i + 2, i + 2 + HEX_ESCAPES[e]);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_ESCAPES[e])
          return null;
        push(String.fromCodePoint(parseInt(digits, 16)), i);
        i += 2 + digits.length;
      } else
        return null;
      kept = out.length;
      continue;
    }
    push(c, i);
    i++;
  }
  if (style === "plain") {
    while (out.length > kept && isBlank(out[out.length - 1])) {
      out.pop();
      map.pop();
    }
  }
  map.push(style === "plain" ? map.length ? map[map.length - 1] + 1 : from : to);
  return { out: out.join(""), map };
}
function decodeBlock(source, start, end, folded, value) {
  const headerEnd = source.indexOf("\n", start);
  if (headerEnd === -1 || headerEnd >= end)
    return { out: "", map: [end] };
  const header = source.slice(start, headerEnd).replace(/\s+#.*$/, "").trim();
  const chomp = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";
  const rawLines = [];
  for (let at = headerEnd + 1; at < end; ) {
    let nl = source.indexOf("\n", at);
    if (nl === -1 || nl >= end)
      nl = end;
    const cr = nl > at && source[nl - 1] === "\r" ? nl - 1 : nl;
    rawLines.push({ start: at, text: source.slice(at, cr), breakAt: cr });
    at = nl + 1;
  }
  const firstContent = rawLines.find((l) => l.text.trim() !== "");
  const auto = firstContent ? firstContent.text.length - firstContent.text.trimStart().length : 0;
  for (let indent = auto; indent >= 0; indent--) {
    const decoded = decodeBlockLines(rawLines, indent, folded, chomp);
    if (decoded.out === value)
      return decoded;
  }
  return null;
}
function decodeBlockLines(rawLines, indent, folded, chomp) {
  const lines = rawLines.map((l) => {
    const empty = l.text.length <= indent && l.text.trim() === "";
    const text = empty ? "" : l.text.slice(indent);
    return { at: l.start + Math.min(indent, l.text.length), text, breakAt: l.breakAt, empty, more: isBlank(text[0]) };
  });
  const out = [];
  const map = [];
  const push = (text, at) => {
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]);
      map.push(at + k);
    }
  };
  const pushBreak = (at) => {
    out.push("\n");
    map.push(at);
  };
  let previous;
  let empties = [];
  for (const line of lines) {
    if (line.empty) {
      empties.push(line);
      continue;
    }
    if (previous) {
      if (folded && !previous.more && !line.more) {
        if (empties.length === 0) {
          out.push(" ");
          map.push(previous.breakAt);
        } else
          for (const e of empties)
            pushBreak(e.breakAt);
      } else {
        pushBreak(previous.breakAt);
        for (const e of empties)
          pushBreak(e.breakAt);
      }
    } else
      for (const e of empties)
        pushBreak(e.breakAt);
    push(line.text, line.at);
    previous = line;
    empties = [];
  }
  if (previous && chomp !== "strip") {
    pushBreak(previous.breakAt);
    if (chomp === "keep")
      for (const e of empties)
        pushBreak(e.breakAt);
  } else if (!previous && chomp === "keep")
    for (const e of empties)
      pushBreak(e.breakAt);
  const last = lines.length ? lines[lines.length - 1].breakAt : 0;
  map.push(previous ? Math.min(previous.breakAt + (chomp === "strip" ? 0 : 1), last + 1) : last);
  return { out: out.join(""), map };
}
function lineStartMapper(source, start, end, value, type) {
  const lineStarts = [];
  const block = type === import_yaml2.Scalar.BLOCK_LITERAL || type === import_yaml2.Scalar.BLOCK_FOLDED;
  let at = block ? source.indexOf("\n", start) + 1 || end : start;
  while (at < end) {
    let first = at;
    while (first < end && isBlank(source[first]))
      first++;
    lineStarts.push(first);
    const nl = source.indexOf("\n", at);
    if (nl === -1 || nl >= end)
      break;
    at = nl + 1;
  }
  if (lineStarts.length === 0)
    lineStarts.push(start);
  return (offset) => {
    let line = 0;
    for (let i = 0; i < Math.min(offset, value.length); i++)
      if (value[i] === "\n")
        line++;
    return lineStarts[Math.min(line, lineStarts.length - 1)];
  };
}

// dist/src/config/load.js
var DEFAULT_STACK = "default";
var DEFAULT_PIPELINE_LIMIT = 200;
var DEFAULT_STABILITY_LEVEL = "generally-available";
async function loadConfig(options) {
  const cwd = resolve(options.cwd);
  let file;
  if (options.configPath !== void 0) {
    file = resolve(cwd, options.configPath);
    if (!existsSync2(file))
      throw new ConfigError([{ file: options.configPath, line: 1, column: 1, message: "Config file not found" }]);
  } else
    file = findConfigFile(cwd);
  if (!file)
    return resolveConfig({}, null, cwd);
  return readConfigFile(file, cwd);
}
function readConfigFile(path, cwd) {
  const shown = displayName(path, cwd);
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    throw new ConfigError([{ file: shown, line: 1, column: 1, message: `Cannot read config file: ${error.message}` }]);
  }
  const source = new SourceText(path, text);
  const problem = (range, message) => ({ file: shown, ...source.positionAt(range.start), message });
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter: new import_yaml3.LineCounter(), prettyErrors: false, uniqueKeys: true });
  const language = path.endsWith(".json") ? "JSON" : "YAML";
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => problem({ start: e.pos[0], end: e.pos[1] }, `Invalid ${language}: ${firstLine(e.message)}`)));
  }
  let root = doc.contents;
  let data;
  try {
    data = doc.toJS();
  } catch (error) {
    const at = text.search(/\*[^\s,\]}]/);
    throw new ConfigError([problem({ start: Math.max(at, 0), end: Math.max(at, 0) + 1 }, `Invalid ${language}: ${error instanceof Error ? error.message : String(error)} (too many alias expansions)`)]);
  }
  if (basename(path) === "package.json") {
    root = fleetlintNode(doc);
    data = data?.fleetlint;
    if (root === void 0)
      throw new ConfigError([problem({ start: 0, end: 0 }, 'Expected a "fleetlint" key in package.json')]);
  }
  data ??= {};
  const problems = schemaProblems(root, data, validateConfig2, config_schema_default).map((p) => problem(p.range, describeSchemaProblem(p)));
  if (problems.length === 0)
    problems.push(...unknownRuleIds(root, data).map((p) => problem(p.range, p.message)));
  if (problems.length > 0)
    throw new ConfigError(problems);
  const config = resolveConfig(data, path, cwd);
  config.source = configSource(source, root);
  return config;
}
function fleetlintNode(doc) {
  if (!(0, import_yaml3.isMap)(doc.contents))
    return void 0;
  const pair = doc.contents.items.find((p) => (0, import_yaml3.isScalar)(p.key) && p.key.value === "fleetlint");
  return pair ? pair.value ?? pair.key : void 0;
}
function unknownRuleIds(root, data) {
  const found = [];
  const check = (rulesNode) => {
    if (!(0, import_yaml3.isMap)(rulesNode))
      return;
    for (const pair of rulesNode.items) {
      if (!(0, import_yaml3.isPair)(pair) || !(0, import_yaml3.isScalar)(pair.key))
        continue;
      const id = String(pair.key.value);
      if (isRuleId(id))
        continue;
      const near = suggest(id, RULE_IDS);
      found.push({ range: nodeRange(pair.key), message: `Unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ""}` });
    }
  };
  if (!(0, import_yaml3.isMap)(root))
    return found;
  if (data.rules)
    check(root.get("rules", true));
  const overrides = root.get("overrides", true);
  if ((0, import_yaml3.isSeq)(overrides)) {
    for (const item of overrides.items)
      if ((0, import_yaml3.isMap)(item))
        check(item.get("rules", true));
  }
  return found;
}
function resolveConfig(data, path, cwd) {
  const baseDir = path ? resolve(path, "..") : cwd;
  const targets = (data.targets ?? [{}]).map((t) => {
    return {
      ...t.name !== void 0 ? { name: t.name } : {},
      root: resolve(baseDir, t.root ?? "."),
      ...t.namespace !== void 0 ? { namespace: t.namespace } : {},
      stack: t.stack ?? DEFAULT_STACK,
      ...t.url !== void 0 ? { url: t.url } : {},
      ...t.credentials !== void 0 ? { credentials: { ...t.credentials } } : {},
      globalMatchers: t.globalMatchers ?? [],
      pipelineLimit: t.pipelineLimit ?? DEFAULT_PIPELINE_LIMIT,
      ...t.compat !== void 0 ? { compat: t.compat } : {},
      stabilityLevel: t.stabilityLevel ?? DEFAULT_STABILITY_LEVEL
    };
  });
  const overrides = (data.overrides ?? []).map((o) => ({ files: o.files, rules: o.rules ?? {} }));
  return {
    path,
    baseDir,
    targets,
    rules: data.rules ?? {},
    overrides,
    ignore: data.ignore ?? [],
    ...data.alloyScope !== void 0 ? { alloyScope: data.alloyScope } : {}
  };
}
function configSource(file, root) {
  const targets = [];
  const targetsNode = (0, import_yaml3.isMap)(root) ? root.get("targets", true) : void 0;
  if ((0, import_yaml3.isSeq)(targetsNode)) {
    for (const item of targetsNode.items) {
      const entry = { range: nodeRange(item), globalMatchers: [] };
      if ((0, import_yaml3.isMap)(item)) {
        for (const key of ["root", "namespace", "stack"]) {
          const value = item.get(key, true);
          if (value)
            entry[key] = nodeRange(value);
        }
        const matchers = item.get("globalMatchers", true);
        if ((0, import_yaml3.isSeq)(matchers))
          entry.globalMatchers = matchers.items.filter(import_yaml3.isScalar).map((node) => matcherEntry(file.text, node));
      }
      targets.push(entry);
    }
  }
  return { file, range: nodeRange(root), targets };
}
function matcherEntry(text, node) {
  const scalar = scalarText(text, node);
  return { text: scalar.text, range: scalar.range, toFileOffset: scalar.toFileOffset };
}
function displayName(path, cwd) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

export {
  ConfigError,
  CONFIG_FILE_NAMES,
  findConfigFile,
  validatePipeline2 as validatePipeline,
  nodeRange,
  schemaProblems,
  article,
  scalarText,
  DEFAULT_STACK,
  DEFAULT_PIPELINE_LIMIT,
  DEFAULT_STABILITY_LEVEL,
  loadConfig,
  resolveConfig,
  matcherEntry
};
