import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DEPRECATED_STDLIB,
  SCOPE_GLOBALS,
  STDLIB_STABILITY,
  componentCatalog,
  isStdlibIdentifier,
  schemaCatalog,
  traversalName,
  traversalRange,
  traversalsOfBody
} from "./chunk-AL3EGGST.js";
import {
  renameSuggestion
} from "./chunk-UIV2CYHJ.js";
import {
  IMPORT_BLOCKS,
  SERVICES,
  blockId,
  blockKind,
  blockName,
  hasLabel,
  headerRange,
  nameRange,
  openingRange,
  stringLiteralValue,
  wholeRange
} from "./chunk-KMV6JNXK.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";
import {
  parseFile
} from "./chunk-VMCWEPZP.js";
import {
  goQuote
} from "./chunk-LNV7EB7H.js";
import {
  durationError,
  formatGoDuration,
  parseGoDuration
} from "./chunk-3DFNO3NJ.js";

// dist/src/alloy-semantics/findings.js
var FINDING_MESSAGES = {
  // alloy-references
  "missing-reference": 'component "{{name}}" does not exist or is out of scope',
  "duplicate-block": "block {{id}} already declared at {{line}}:{{column}}",
  "self-reference": "cannot reference self",
  cycle: "cycle detected: {{ids}}",
  "component-label": 'component "{{name}}" must have a label',
  "block-label": "{{name}} block must have a label",
  "stdlib-shadowed": "a component is shadowing an existing stdlib name",
  "unknown-argument": 'unrecognized attribute name "{{name}}"',
  "unknown-argument-block": 'unrecognized block name "{{name}}"',
  "missing-argument": 'missing required attribute "{{name}}"',
  // alloy-module-constraints
  "not-allowed": "{{id}} not allowed in {{where}}",
  "only-in-module": "{{name}} blocks only allowed inside a module",
  "service-not-configurable": 'service "{{name}}" does not support being configured',
  "top-level-attribute": "unrecognized attribute {{name}}",
  "unrecognized-attribute": 'unrecognized attribute name "{{name}}"',
  "missing-attribute": 'missing required attribute "{{name}}"',
  "missing-block": 'missing required block "{{name}}"',
  // alloy-component-arguments (syntax/typecheck's messages; the value and export ones are the runtime's)
  "component-unknown-attribute": 'unrecognized attribute name "{{name}}"',
  "component-unknown-block": 'unrecognized block name "{{name}}"',
  "component-missing-attribute": 'missing required attribute "{{name}}"',
  "component-missing-block": 'missing required block "{{name}}"',
  "component-duplicate-attribute": 'attribute "{{name}}" may only be provided once',
  "component-duplicate-block": 'block "{{name}}" may only be specified once',
  "component-block-as-attribute": '"{{name}}" must be a block, but is used as an attribute',
  "component-attribute-as-block": '"{{name}}" must be an attribute, but is used as a block',
  "component-block-label": 'block "{{name}}" requires empty label',
  "component-block-count": 'block "{{name}}" must be specified exactly {{expected}} times, but was specified {{actual}} times',
  "component-type": "expected {{expected}}, got {{actual}}",
  "component-conversion": "{{message}}",
  "component-invalid-value": "{{message}}",
  "component-reference-type": "{{expression}} should be {{expected}}, got {{actual}}",
  "missing-export-field": 'field "{{name}}" does not exist',
  // alloy-unknown-component
  "unknown-component": 'cannot find the definition of component name "{{name}}"',
  "below-stability": '{{what}} is at stability level "{{level}}", which is below the minimum allowed stability level "{{minimum}}". Use --stability.level command-line flag to enable "{{level}}" features',
  "community-component": 'component "{{name}}" is a community component. Use --feature.community-components.enabled command-line flag to enable community components',
  "removed-component": 'component "{{name}}" was removed from Alloy{{since}}{{instead}}',
  // alloy-deprecated
  "deprecated-stdlib": "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives"
};
function finding(code, range, data = {}) {
  return { code, message: fillTemplate(FINDING_MESSAGES[code], data), data, range };
}

// dist/src/alloy-semantics/rule-support.js
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";

// dist/src/alloy-semantics/byte-size.js
var PREFIXES = ["K", "M", "G", "T", "P", "E"];
var BYTES_UNITS = new Map([["B", 1], ...PREFIXES.map((p, i) => [`${p}iB`, 1024 ** (i + 1)])]);
var OLD_BYTES_UNITS = new Map([["B", 1], ...PREFIXES.map((p, i) => [`${p}B`, 1024 ** (i + 1)])]);
var LEADING_INT_LIMIT = 922337203685477579n;
function leadingIntOverflows(digits) {
  return digits.length >= 2 && BigInt(digits.slice(0, -1)) >= LEADING_INT_LIMIT;
}
function parseUnit(text, units) {
  const invalid = { error: `units: invalid ${text}` };
  let s = text;
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0")
    return { bytes: 0 };
  if (s === "")
    return invalid;
  let total = 0;
  while (s !== "") {
    const num = /^(\d*)(\.(\d*))?/.exec(s);
    if (num[0] === "" || num[1] === "" && (num[3] ?? "") === "")
      return invalid;
    if (leadingIntOverflows(num[1]) || leadingIntOverflows(num[3] ?? ""))
      return invalid;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)[0];
    s = s.slice(unit.length);
    const scale = units.get(unit);
    if (scale === void 0)
      return { error: `units: unknown unit ${unit} in ${text}` };
    total += Number(`${num[1] || "0"}.${num[3] ?? ""}`) * scale;
  }
  if (neg)
    total = -total;
  if (total < -(2 ** 63) || total > 2 ** 63 - 1)
    return { error: "units: overflow parsing unit" };
  return { bytes: Math.trunc(total) };
}
function parseBase2Bytes(text) {
  const first = parseUnit(text, BYTES_UNITS);
  return "bytes" in first ? first : parseUnit(text, OLD_BYTES_UNITS);
}
function base2BytesError(text) {
  const parsed = parseBase2Bytes(text);
  return "error" in parsed ? parsed.error : void 0;
}

// dist/src/alloy-semantics/validate-methods.js
var ABSENT = { state: "absent" };
var UNKNOWN = { state: "unknown" };
var attributeIndex = /* @__PURE__ */ new WeakMap();
function attribute(body, name) {
  if (body.length > 8) {
    let index = attributeIndex.get(body);
    if (!index) {
      const byName = /* @__PURE__ */ new Map();
      for (const s of body)
        if (s.type === "Attribute" && !byName.has(s.name.name))
          byName.set(s.name.name, s);
      attributeIndex.set(body, index = byName);
    }
    return index.get(name);
  }
  for (const s of body)
    if (s.type === "Attribute" && s.name.name === name)
      return s;
  return void 0;
}
function literalText(e) {
  if (e.type === "Literal" && e.kind === "STRING" && e.raw.startsWith('"') && !e.raw.includes("\\"))
    return e.raw.slice(1, -1);
  return stringLiteralValue(e);
}
function stringAttr(body, name) {
  const attr = attribute(body, name);
  if (!attr)
    return ABSENT;
  const text = literalText(attr.value);
  return text === void 0 ? UNKNOWN : { state: "known", value: text };
}
function numberAttr(body, name) {
  const attr = attribute(body, name);
  if (!attr)
    return ABSENT;
  let v = attr.value;
  const negative = v.type === "Unary" && v.op === "-";
  if (v.type === "Unary" && v.op === "-")
    v = v.value;
  if (v.type === "Literal" && (v.kind === "NUMBER" || v.kind === "FLOAT"))
    return { state: "known", value: negative ? -Number(v.raw) : Number(v.raw) };
  return UNKNOWN;
}
function boolAttr(body, name) {
  const attr = attribute(body, name);
  if (!attr)
    return ABSENT;
  const v = attr.value;
  if (v.type === "Literal" && v.kind === "BOOL")
    return { state: "known", value: v.raw === "true" };
  return UNKNOWN;
}
function stringListAttr(body, name) {
  const attr = attribute(body, name);
  if (!attr)
    return ABSENT;
  if (attr.value.type !== "Array")
    return UNKNOWN;
  const out = [];
  for (const e of attr.value.elements) {
    const text = literalText(e);
    if (text === void 0)
      return UNKNOWN;
    out.push(text);
  }
  return { state: "known", value: out };
}
function valueOr(k, fallback) {
  if (k.state === "absent")
    return fallback;
  return k.state === "known" ? k.value : void 0;
}
function hasBlock(body, name) {
  return body.some((s) => s.type === "Block" && blockName(s) === name);
}
var RELABEL_ACTIONS = /* @__PURE__ */ new Set([
  "replace",
  "keep",
  "drop",
  "hashmod",
  "labelmap",
  "labeldrop",
  "labelkeep",
  "lowercase",
  "uppercase",
  "keepequal",
  "dropequal"
]);
var RELABEL_TARGET = /^(?:[a-zA-Z_]|\$(?:\{\w+\}|\w))(?:\w|\$(?:\{\w+\}|\w))*$/;
var CASE_OR_EQUAL = /* @__PURE__ */ new Set(["lowercase", "uppercase", "keepequal", "dropequal"]);
var LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
function validateRelabelConfig(body) {
  const action = valueOr(stringAttr(body, "action"), "replace");
  if (action === void 0 || action === "keep" || action === "drop" || !RELABEL_ACTIONS.has(action))
    return void 0;
  const target = valueOr(stringAttr(body, "target_label"), "");
  if (target === void 0)
    return void 0;
  const replacement = () => valueOr(stringAttr(body, "replacement"), "$1");
  const modulus = () => valueOr(numberAttr(body, "modulus"), 0);
  const separator = () => valueOr(stringAttr(body, "separator"), ";");
  const differs = (value, fallback) => value === void 0 ? void 0 : value !== fallback;
  if (action === "hashmod") {
    const m = modulus();
    if (m === void 0)
      return void 0;
    if (m === 0)
      return "relabel configuration for hashmod requires non-zero modulus";
  }
  const needsTarget = action === "replace" || action === "hashmod" || CASE_OR_EQUAL.has(action);
  if (needsTarget && target === "")
    return `relabel configuration for ${action} action requires 'target_label' value`;
  if (action === "replace") {
    if (!target.includes("$"))
      return void 0;
    return RELABEL_TARGET.test(target) ? void 0 : `${goQuote(target)} is invalid 'target_label' for ${action} action`;
  }
  if (CASE_OR_EQUAL.has(action)) {
    if (!LEGACY_LABEL_NAME.test(target))
      return void 0;
    const r = replacement();
    if (r === void 0)
      return void 0;
    if (r !== "$1")
      return `'replacement' can not be set for ${action} action`;
  }
  if (action === "labelmap") {
    const r = replacement();
    if (r === void 0)
      return void 0;
    if (!RELABEL_TARGET.test(r))
      return `${goQuote(r)} is invalid 'replacement' for ${action} action`;
  }
  if (action === "labeldrop" || action === "labelkeep") {
    const sourceLabels = stringListAttr(body, "source_labels");
    const sourceSet = sourceLabels.state === "known" ? true : sourceLabels.state === "absent" ? false : void 0;
    const others = [sourceSet, target !== "", differs(modulus(), 0), differs(separator(), ";"), differs(replacement(), "$1")];
    if (others.includes(true))
      return `${action} action requires only 'regex', and no other fields`;
  }
  if (action === "keepequal" || action === "dropequal") {
    const regex = valueOr(stringAttr(body, "regex"), "(.*)");
    const others = [differs(regex, "(.*)"), differs(modulus(), 0), differs(separator(), ";")];
    if (others.includes(true))
      return `${action} action requires only 'source_labels' and 'target_label', and no other fields`;
  }
  return void 0;
}
function validateHTTPClientConfig(body) {
  let auth = ["basic_auth", "authorization", "oauth2"].filter((b) => hasBlock(body, b)).length;
  for (const name of ["bearer_token", "bearer_token_file"]) {
    const v = stringAttr(body, name);
    if (v.state === "known" && v.value !== "")
      auth++;
  }
  if (auth > 1)
    return "at most one of basic_auth, authorization, oauth2, bearer_token & bearer_token_file must be configured";
  if (attribute(body, "http_headers"))
    return void 0;
  return validateProxyConfig(body);
}
function validateProxyConfig(body) {
  const proxyURL = stringAttr(body, "proxy_url");
  const fromEnv = valueOr(boolAttr(body, "proxy_from_environment"), false);
  const noProxy = valueOr(stringAttr(body, "no_proxy"), "");
  if (proxyURL.state === "unknown" || fromEnv === void 0 || noProxy === void 0)
    return void 0;
  const proxySet = proxyURL.state === "known" && proxyURL.value !== "";
  const header = attribute(body, "proxy_connect_header");
  if (header) {
    if (header.value.type !== "Object")
      return void 0;
    if (header.value.fields.length > 0 && !fromEnv && !proxySet)
      return "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured";
  }
  if (fromEnv && proxySet)
    return "if proxy_from_environment is configured, proxy_url must not be configured";
  if (fromEnv && noProxy !== "")
    return "if proxy_from_environment is configured, no_proxy must not be configured";
  if (proxyURL.state === "absent" && noProxy !== "")
    return "if no_proxy is configured, proxy_url must also be configured";
  return void 0;
}
function validateBasicAuth(body) {
  const password = stringAttr(body, "password");
  const file = stringAttr(body, "password_file");
  if (password.state === "known" && password.value !== "" && file.state === "known" && file.value !== "") {
    return "at most one of basic_auth password & password_file must be configured";
  }
  return void 0;
}
function validateAuthorization(body) {
  const credentials = stringAttr(body, "credentials");
  const file = stringAttr(body, "credentials_file");
  if (credentials.state === "known" && credentials.value !== "" && file.state === "known" && file.value !== "") {
    return "at most one of authorization credentials & credentials_file must be configured";
  }
  if (credentials.state === "unknown" || file.state === "unknown")
    return void 0;
  const type = stringAttr(body, "type");
  if (type.state === "known" && type.value.trim().toLowerCase() === "basic")
    return 'authorization type cannot be set to "basic", use "basic_auth" block instead';
  return void 0;
}
var ESCAPING_SCHEMES = ["allow-utf-8", "underscores", "dots", "values"];
function validateScrape(body) {
  const interval = durationAttr(body, "scrape_interval", 60000000000n);
  const timeout = durationAttr(body, "scrape_timeout", 10000000000n);
  const job = valueOr(stringAttr(body, "job_name"), "");
  if (interval !== void 0 && timeout !== void 0 && job !== void 0 && timeout > interval) {
    return `scrape_timeout (${formatGoDuration(timeout)}) greater than scrape_interval (${formatGoDuration(interval)}) for scrape config with job name ${goQuote(job)}`;
  }
  const protocols = stringListAttr(body, "scrape_protocols");
  if (protocols.state === "known") {
    const seen = /* @__PURE__ */ new Set();
    for (const p of protocols.value) {
      if (seen.has(p))
        return `duplicate scrape protocol ${goQuote(p)}: make sure the scrape protocols provided are unique`;
      seen.add(p);
    }
  }
  const validation = valueOr(stringAttr(body, "metric_name_validation_scheme"), "legacy");
  if (validation === void 0)
    return void 0;
  if (validation !== "utf8" && validation !== "legacy")
    return `invalid metric_name_validation_scheme ${goQuote(validation)}: must be either "utf8" or "legacy"`;
  const escaping = valueOr(stringAttr(body, "metric_name_escaping_scheme"), "");
  if (escaping === void 0)
    return void 0;
  if (escaping !== "" && !ESCAPING_SCHEMES.includes(escaping)) {
    return `invalid metric_name_escaping_scheme: ${goQuote(escaping)}, supported values: [${ESCAPING_SCHEMES.join(" ")}]`;
  }
  if (escaping === "allow-utf-8" && validation !== "utf8") {
    return "metric_name_escaping_scheme cannot be set to 'allow-utf-8' while metric_name_validation_scheme is not set to 'utf8'";
  }
  return validateHTTPClientConfig(body);
}
function durationAttr(body, name, fallback) {
  const text = stringAttr(body, name);
  if (text.state === "absent")
    return fallback;
  if (text.state === "unknown")
    return void 0;
  const parsed = parseGoDuration(text.value);
  return "ns" in parsed ? parsed.ns : void 0;
}
function validatePrometheusRelabel(body) {
  const size = valueOr(numberAttr(body, "max_cache_size"), 1e5);
  const ttl = durationAttr(body, "cache_ttl", 0n);
  if (size === void 0 || ttl === void 0)
    return void 0;
  if (size < 0)
    return Number.isInteger(size) ? `max_cache_size must be >= 0; got ${size}` : void 0;
  if (ttl < 0n)
    return `cache_ttl must be >= 0; got ${formatGoDuration(ttl)}`;
  if (size > 0 && ttl > 0n) {
    return "max_cache_size and cache_ttl are mutually exclusive: set max_cache_size = 0 to use cache_ttl, or unset cache_ttl to keep the bounded LRU cache";
  }
  if (size === 0 && ttl === 0n)
    return "one of max_cache_size or cache_ttl must be set";
  if (ttl > 0n && ttl < 60000000000n)
    return `cache_ttl must be at least 1m0s when set; got ${formatGoDuration(ttl)}`;
  return void 0;
}
function validateKubernetesEvents(body) {
  const job = stringAttr(body, "job_name");
  if (job.state === "known" && job.value === "")
    return "job_name must not be an empty string";
  if (job.state === "unknown")
    return void 0;
  const format = stringAttr(body, "log_format");
  if (format.state === "known" && format.value !== "logfmt" && format.value !== "json")
    return "supported values of log_format are logfmt and json";
  return void 0;
}
function validateFileMatch(body) {
  const period = durationAttr(body, "sync_period", 1n);
  return period !== void 0 && period <= 0n ? "sync period must be greater than 0" : void 0;
}
function validateTemplateStage(body) {
  const source = stringAttr(body, "source");
  return source.state === "known" && source.value === "" ? "template source value is required" : void 0;
}
function validateSamplingStage(body) {
  const rate = numberAttr(body, "rate");
  if (rate.state !== "known" || rate.value >= 0 && rate.value <= 1 || Math.abs(rate.value) >= 1e15)
    return void 0;
  return `sampling stage failed to parse rate,Sampling Rate must be between 0.0 and 1.0, received ${rate.value.toFixed(6)}`;
}
function validateMultilineStage(body) {
  const wait = durationAttr(body, "max_wait_time", 1n);
  return wait !== void 0 && wait <= 0n ? "max_wait_time must be greater than 0" : void 0;
}
function validateCRIStage(body) {
  const lines = numberAttr(body, "max_partial_lines");
  return lines.state === "known" && lines.value <= 0 ? "max_partial_lines must be greater than 0" : void 0;
}
function validateBatchProcessor(body) {
  const size = valueOr(numberAttr(body, "send_batch_size"), 2e3);
  const max = valueOr(numberAttr(body, "send_batch_max_size"), 3e3);
  if (size === void 0 || max === void 0)
    return void 0;
  return max > 0 && max < size ? "send_batch_max_size must be greater or equal to send_batch_size when not 0" : void 0;
}
function validatePrometheusExporter(body) {
  return durationAttr(body, "gc_frequency", 1n) === 0n ? "gc_frequency must be greater than 0" : void 0;
}
function validateMemoryLimiter(body) {
  const interval = durationAttr(body, "check_interval", 0n);
  if (interval === void 0)
    return void 0;
  if (interval <= 0n)
    return "check_interval must be greater than zero";
  const limit = bytesAttr(body, "limit");
  const spike = bytesAttr(body, "spike_limit");
  const percent = valueOr(numberAttr(body, "limit_percentage"), 0);
  const spikePercent = valueOr(numberAttr(body, "spike_limit_percentage"), 0);
  if (limit === void 0 || spike === void 0 || percent === void 0 || spikePercent === void 0)
    return void 0;
  if (limit > 0 && percent > 0)
    return "either limit or limit_percentage must be set, but not both";
  if (limit > 0)
    return spike >= limit ? "spike_limit must be less than limit" : void 0;
  if (percent > 0) {
    if (percent > 100 || spikePercent <= 0 || spikePercent > 100)
      return "limit_percentage and spike_limit_percentage must be greater than 0 and and less or equal than 100";
    return void 0;
  }
  return "either limit or limit_percentage must be set to greater than zero";
}
function bytesAttr(body, name) {
  const text = stringAttr(body, name);
  if (text.state === "absent")
    return 0;
  if (text.state === "unknown")
    return void 0;
  const parsed = parseBase2Bytes(text.value);
  return "bytes" in parsed ? parsed.bytes : void 0;
}
function validateRetry(body) {
  const multiplier = numberAttr(body, "multiplier");
  if (multiplier.state === "known" && multiplier.value <= 1)
    return "multiplier must be greater than 1.0";
  if (multiplier.state === "unknown")
    return void 0;
  const factor = numberAttr(body, "randomization_factor");
  return factor.state === "known" && factor.value < 0 ? "randomization_factor must be greater or equal to 0" : void 0;
}
var VALIDATE_METHODS = /* @__PURE__ */ new Map([
  ["internal/component/common/relabel.Config", validateRelabelConfig],
  ["internal/component/common/config.HTTPClientConfig", validateHTTPClientConfig],
  ["internal/component/common/config.BasicAuth", validateBasicAuth],
  ["internal/component/common/config.Authorization", validateAuthorization],
  ["internal/component/prometheus/scrape.Arguments", validateScrape],
  // EndpointOptions.Validate of prometheus.remote_write and loki.write start with the squashed client's Validate.
  ["internal/component/prometheus/remotewrite.EndpointOptions", validateHTTPClientConfig],
  ["internal/component/loki/write.EndpointOptions", validateHTTPClientConfig],
  // discovery.kubernetes and discovery.kubelet: `return args.HTTPClientConfig.Validate()` (squashed).
  ["internal/component/discovery/kubernetes.Arguments", validateHTTPClientConfig],
  ["internal/component/discovery/kubelet.Arguments", validateHTTPClientConfig],
  ["internal/component/prometheus/relabel.Arguments", validatePrometheusRelabel],
  ["internal/component/loki/source/kubernetes_events.Arguments", validateKubernetesEvents],
  ["internal/component/loki/source/file.FileMatch", validateFileMatch],
  ["internal/component/loki/process/stages.TemplateConfig", validateTemplateStage],
  ["internal/component/loki/process/stages.SamplingConfig", validateSamplingStage],
  ["internal/component/loki/process/stages.MultilineConfig", validateMultilineStage],
  ["internal/component/loki/process/stages.CRIConfig", validateCRIStage],
  ["internal/component/otelcol/processor/batch.Arguments", validateBatchProcessor],
  ["internal/component/otelcol/exporter/prometheus.Arguments", validatePrometheusExporter],
  ["internal/component/otelcol/processor/memorylimiter.Arguments", validateMemoryLimiter],
  ["internal/component/otelcol.RetryArguments", validateRetry]
]);
function runValidateMethod(block, body) {
  const validate = body.goType === void 0 ? void 0 : VALIDATE_METHODS.get(body.goType);
  if (!validate)
    return void 0;
  const message = validate(block.body);
  return message ? finding("component-invalid-value", wholeRange(block), { message }) : void 0;
}
var PORTED_TEXT_TYPES = /* @__PURE__ */ new Set(["internal/component/common/relabel.Action"]);
function portedTextError(goType, text) {
  if (goType === "internal/component/common/relabel.Action")
    return RELABEL_ACTIONS.has(text) ? void 0 : `unrecognized action type ${goQuote(text)}`;
  return void 0;
}

// dist/src/alloy-semantics/body-check.js
var rangeOf = (node) => ({ start: node.start.offset, end: node.end.offset });
function alloyTypeName(type) {
  switch (type.kind) {
    case "string":
    case "text":
      return "string";
    case "number":
      return "number";
    case "bool":
      return "bool";
    case "list":
      return "array";
    case "map":
    case "object":
      return "object";
    default:
      return void 0;
  }
}
function literalTypeName(literal) {
  switch (literal.kind) {
    case "NUMBER":
    case "FLOAT":
      return "number";
    case "STRING":
      return "string";
    case "BOOL":
      return "bool";
    default:
      return "null";
  }
}
function convertsToNumber(text) {
  if (text === "")
    return false;
  if (text.startsWith("-"))
    return /^-\d+$/.test(text) && BigInt(text) >= -(2n ** 63n);
  if (/[.eE]/.test(text))
    return /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) || /^[+-]?(inf|infinity|nan)$/i.test(text);
  return /^\+?\d+$/.test(text) && BigInt(text) < 2n ** 64n;
}
function add(ctx, f) {
  f.anchor = ctx.anchor;
  ctx.out.push(f);
}
function checkComponentBody(block, body, out, options = {}) {
  checkBlockBody(block, body, { ...options, out, anchor: block.start.offset }, options.topLevel);
}
var requiredFieldsCache = /* @__PURE__ */ new WeakMap();
function requiredFields(body) {
  let fields = requiredFieldsCache.get(body);
  if (!fields) {
    const list = [];
    for (const a of body.attributes.values())
      if (a.required)
        list.push({ name: a.name, block: false });
    for (const b of body.blocks.values())
      if (b.required)
        list.push({ name: b.name, block: true });
    const order = body.requiredOrder;
    fields = order ? order.map((name) => list.find((f) => f.name === name)).filter(Boolean) : list;
    requiredFieldsCache.set(body, fields);
  }
  return fields;
}
function checkBlockBody(block, body, ctx, top, failed = false) {
  if (body.opaque)
    return;
  if (body.open) {
    if (block.label)
      add(ctx, finding("component-block-label", { start: block.nameStart.offset, end: block.lcurly.offset + 1 }, { name: blockName(block) }));
    return;
  }
  const before = ctx.out.length;
  const blockCount = /* @__PURE__ */ new Map();
  for (const stmt of block.body) {
    if (stmt.type === "Block") {
      const name = blockName(stmt);
      blockCount.set(name, (blockCount.get(name) ?? 0) + 1);
    }
  }
  const seenAttributes = /* @__PURE__ */ new Set();
  for (const stmt of block.body) {
    if (stmt.type === "Block")
      checkNestedBlock(stmt, body, blockCount, ctx);
    else
      checkAttribute(stmt, body, seenAttributes, ctx, top?.unknownAttribute);
  }
  for (const field of requiredFields(body)) {
    if (field.block) {
      if (!blockCount.has(field.name))
        add(ctx, finding("component-missing-block", wholeRange(block), { name: field.name }));
    } else if (!seenAttributes.has(field.name)) {
      add(ctx, finding(top?.missingAttribute ?? "component-missing-attribute", wholeRange(block), { name: field.name }));
    }
  }
  if (!failed && ctx.out.length === before) {
    const rejected = runValidateMethod(block, body);
    if (rejected)
      add(ctx, rejected);
  }
}
function suggestion(name, candidates) {
  const best = schemaCatalog().suggest(name, candidates);
  return best ? { name, suggestion: best } : { name };
}
function checkNestedBlock(stmt, body, blockCount, ctx) {
  const name = blockName(stmt);
  const nested = body.blocks.get(name);
  if (!nested) {
    if (body.attributes.has(name))
      add(ctx, finding("component-attribute-as-block", wholeRange(stmt), { name }));
    else
      add(ctx, finding("component-unknown-block", wholeRange(stmt), suggestion(name, body.blocks.keys())));
    return;
  }
  const count = blockCount.get(name) ?? 0;
  if (nested.count !== void 0 && !nested.enumGroup) {
    if (count !== nested.count) {
      add(ctx, finding("component-block-count", wholeRange(stmt), { name, expected: String(nested.count), actual: String(count) }));
      return;
    }
  } else if (!nested.repeatable && !nested.enumGroup && count > 1) {
    add(ctx, finding("component-duplicate-block", wholeRange(stmt), { name }));
    return;
  }
  const labelError = checkStructLabel(stmt, nested, ctx);
  checkBlockBody(stmt, nested.body, ctx, void 0, labelError);
}
function checkStructLabel(stmt, nested, ctx) {
  const body = nested.body;
  if (body.opaque || body.open)
    return false;
  const labelled = Boolean(stmt.label?.value);
  if (labelled === (nested.label === "required"))
    return false;
  const name = blockName(stmt);
  const message = labelled ? `block "${name}" does not support specifying labels` : `block "${name}" requires non-empty label`;
  add(ctx, finding("component-invalid-value", { start: stmt.nameStart.offset, end: stmt.lcurly.offset + 1 }, { message }));
  return true;
}
function checkAttribute(stmt, body, seen, ctx, unknownCode = "component-unknown-attribute") {
  const name = stmt.name.name;
  const attr = body.attributes.get(name);
  if (!attr) {
    const nested = body.blocks.get(name);
    if (nested && !nested.enumGroup)
      add(ctx, finding("component-block-as-attribute", rangeOf(stmt), { name }));
    else
      add(ctx, finding(unknownCode, rangeOf(stmt), suggestion(name, body.attributes.keys())));
    return;
  }
  if (seen.has(name)) {
    add(ctx, finding("component-duplicate-attribute", rangeOf(stmt), { name }));
    return;
  }
  seen.add(name);
  checkValue(stmt.value, attr.type, ctx);
}
function checkValue(expr, type, ctx) {
  switch (expr.type) {
    case "Literal":
      checkLiteral(expr, type, ctx);
      return;
    case "Unary":
      if (expr.value.type === "Literal" && (expr.op === "-" && (expr.value.kind === "NUMBER" || expr.value.kind === "FLOAT") || expr.op === "!" && expr.value.kind === "BOOL")) {
        checkLiteral(expr.value, type, ctx);
      }
      return;
    case "Array":
      checkArray(expr.elements, rangeOf(expr), type, ctx);
      return;
    case "Object":
      checkObject(expr, type, ctx);
      return;
    case "Identifier":
    case "Access":
      checkReference(expr, type, ctx);
      return;
    default:
      return;
  }
}
function exportTypeName(type) {
  if (type.kind === "capsule")
    return "capsule";
  return alloyTypeName(type);
}
function checkReference(expr, type, ctx) {
  const expected = alloyTypeName(type);
  const exported = ctx.exportType?.(expr);
  const actual = exported && exportTypeName(exported);
  if (!expected || !actual || expected === actual)
    return;
  if (expected === "string" && (actual === "number" || actual === "capsule") || expected === "number" && actual === "string")
    return;
  add(ctx, finding("component-reference-type", rangeOf(expr), { expression: expressionText(expr), expected, actual }));
}
function expressionText(expr) {
  if (expr.type === "Identifier")
    return expr.name;
  if (expr.type === "Access")
    return `${expressionText(expr.value)}.${expr.name}`;
  return "";
}
function mismatch(range, expected, actual, ctx) {
  add(ctx, finding("component-type", range, { expected, actual }));
}
function checkLiteral(literal, type, ctx) {
  if (literal.kind === "NULL")
    return;
  const actual = literalTypeName(literal);
  const range = rangeOf(literal);
  switch (type.kind) {
    case "string":
      if (actual === "bool")
        mismatch(range, "string", actual, ctx);
      return;
    case "text":
      if (actual === "bool")
        mismatch(range, "string", actual, ctx);
      else if (type.goType === "time.Duration")
        checkDuration(literal, ctx);
      else if (type.goType === "units.Base2Bytes")
        checkByteSize(literal, ctx);
      else if (type.enum)
        checkEnumText(literal, type.enum, ctx);
      else if (PORTED_TEXT_TYPES.has(type.goType))
        checkPortedText(literal, type.goType, ctx);
      return;
    case "number":
      if (actual === "bool")
        mismatch(range, "number", actual, ctx);
      else if (actual === "string") {
        const text = stringLiteralValue(literal);
        if (text !== void 0 && !convertsToNumber(text))
          mismatch(range, "number", actual, ctx);
      }
      return;
    case "bool":
      if (actual !== "bool")
        mismatch(range, "bool", actual, ctx);
      return;
    case "list":
    case "map":
    case "object":
      mismatch(range, alloyTypeName(type), actual, ctx);
      return;
    case "capsule":
      checkCapsuleLiteral(literal, type.goType, ctx);
      return;
    default:
      return;
  }
}
function goTypeOfLiteral(literal) {
  if (literal.kind === "FLOAT")
    return "float64";
  if (literal.kind === "NUMBER")
    return BigInt(literal.raw) > 2n ** 63n - 1n ? "uint64" : "int64";
  return literal.kind === "STRING" ? "string" : "bool";
}
var TARGET = "internal/component/discovery.Target";
function checkCapsuleLiteral(literal, goType, ctx) {
  if (goType === TARGET) {
    add(ctx, finding("component-conversion", rangeOf(literal), { message: `target::ConvertFrom: conversion from '${goTypeOfLiteral(literal)}' is not supported` }));
    return;
  }
  mismatch(rangeOf(literal), "capsule", literalTypeName(literal), ctx);
}
function capsuleRejects(type, shape) {
  if (type.kind !== "capsule" || type.goType === TARGET)
    return false;
  return !(shape === "array" && type.goType === "internal/component/common/relabel.Rules");
}
function checkEnumText(literal, textEnum, ctx) {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : literal.kind === "NUMBER" ? literal.raw : void 0;
  if (text === void 0)
    return;
  const compared = textEnum.caseInsensitive ? text.toLowerCase() : text;
  if (textEnum.values.includes(compared))
    return;
  const shown = textEnum.error.argument === "lowercased" ? compared : text;
  const message = textEnum.error.format.replace(/%[qvs]/, (verb) => verb === "%q" ? goQuote(shown) : shown);
  add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}
function checkDuration(literal, ctx) {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : literal.raw;
  if (text === void 0)
    return;
  const message = durationError(text);
  if (message)
    add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}
function checkByteSize(literal, ctx) {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : void 0;
  if (text === void 0)
    return;
  const message = base2BytesError(text);
  if (message)
    add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}
function checkPortedText(literal, goType, ctx) {
  const text = literal.kind === "STRING" ? stringLiteralValue(literal) : void 0;
  if (text === void 0)
    return;
  const message = portedTextError(goType, text);
  if (message)
    add(ctx, finding("component-conversion", rangeOf(literal), { message }));
}
function checkArray(elements, range, type, ctx) {
  if (type.kind === "list") {
    if (type.element.kind === "any")
      return;
    for (const e of elements)
      checkValue(e, type.element, ctx);
    return;
  }
  const expected = alloyTypeName(type) ?? (capsuleRejects(type, "array") ? "capsule" : void 0);
  if (expected)
    mismatch(range, expected, "array", ctx);
}
function checkObject(expr, type, ctx) {
  if (type.kind === "map") {
    if (type.element.kind === "any")
      return;
    for (const f of expr.fields)
      checkValue(f.value, type.element, ctx);
    return;
  }
  if (type.kind === "object") {
    const body = type.body;
    if (body.opaque)
      return;
    if (body.open) {
      for (const f of expr.fields)
        checkValue(f.value, body.open.element, ctx);
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const f of expr.fields) {
      const attr = body.attributes.get(f.name);
      if (!attr) {
        add(ctx, finding("component-unknown-attribute", { start: f.nameStart.offset, end: f.value.end.offset }, suggestion(f.name, body.attributes.keys())));
        continue;
      }
      seen.add(f.name);
      checkValue(f.value, attr.type, ctx);
    }
    for (const attr of body.attributes.values()) {
      if (attr.required && !seen.has(attr.name))
        add(ctx, finding("component-missing-attribute", rangeOf(expr), { name: attr.name }));
    }
    return;
  }
  const expected = alloyTypeName(type) ?? (capsuleRejects(type, "object") ? "capsule" : void 0);
  if (expected)
    mismatch(rangeOf(expr), expected, "object", ctx);
}

// dist/src/alloy-semantics/graph.js
function stronglyConnected(nodes, edges) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const result = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root))
      continue;
    const work = [];
    const enter = (node) => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: (edges.get(node) ?? /* @__PURE__ */ new Set()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.targets.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target))
          enter(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}

// dist/src/alloy-semantics/stability.js
var RANK = {
  "generally-available": 2,
  "public-preview": 1,
  experimental: 0
};
function stabilityAllowed(level, minimum) {
  return RANK[level] >= RANK[minimum];
}

// dist/src/alloy-semantics/analyze.js
var FLEET_INJECTED_ARGUMENTS = ["attributes", "pipeline_exports"];
var ModuleScope = class {
  isRoot;
  inForeach;
  lookupParent;
  registryParent;
  variables;
  nodes = /* @__PURE__ */ new Map();
  order = [];
  /** Import labels: `<label>.<name>` is a component of the imported module. */
  imports = /* @__PURE__ */ new Set();
  /** Attributes written directly in the body. */
  findings = [];
  injected = /* @__PURE__ */ new Set();
  /** Custom components declared in this body, with their arguments: name → optional. */
  declares = /* @__PURE__ */ new Map();
  /** This body's labelled, non-duplicate `argument` blocks, in order. */
  argumentBlocks = [];
  constructor(isRoot, inForeach, lookupParent, registryParent, variables) {
    this.isRoot = isRoot;
    this.inForeach = inForeach;
    this.lookupParent = lookupParent;
    this.registryParent = registryParent;
    this.variables = variables;
  }
  add(node) {
    if (this.nodes.has(node.id))
      node.id = `${node.id}-${this.order.length}`;
    this.nodes.set(node.id, node);
    this.order.push(node);
  }
  lookup(id) {
    if (this.injected.has(id))
      return "injected";
    return this.nodes.get(id) ?? this.lookupParent?.lookup(id);
  }
  /**
   * Whether a component name is a custom component visible here: a declare of
   * this body or an enclosing one, or `<import label>.<name>` (the imported
   * module's contents are unknown, so any name under the label is accepted).
   */
  isCustomComponent(name) {
    const parts = name.split(".");
    if (this.declares.has(name) || parts.length > 1 && this.imports.has(parts[0]))
      return true;
    return this.registryParent?.isCustomComponent(name) ?? false;
  }
  /** Declares of imported modules whose source is known: `<label>.<declare>` → arguments. */
  importedDeclares = /* @__PURE__ */ new Map();
  /** The arguments of the nearest declare of that name, when the name is a declare (local or of a known import). */
  declareArguments(name) {
    return this.declares.get(name) ?? this.importedDeclares.get(name) ?? this.registryParent?.declareArguments(name);
  }
  customNames() {
    return [...this.declares.keys(), ...this.registryParent?.customNames() ?? []];
  }
};
function newNode(block, isComponent = false) {
  return { id: blockId(block), block, refBody: block.body, isComponent, findings: [] };
}
function checkDuplicate(seen, node, fileOf) {
  const id = blockId(node.block);
  const first = seen.get(id);
  if (!first) {
    seen.set(id, node.block);
    return false;
  }
  const f = finding("duplicate-block", headerRange(node.block), {
    id,
    line: String(first.start.line),
    column: String(first.start.column)
  });
  const firstFile = fileOf.get(first);
  if (firstFile)
    Object.assign(f, finding("duplicate-block", f.range, { ...f.data, line: `${firstFile}:${f.data.line}` }));
  else
    f.related = { range: headerRange(first), message: `${id} first declared here` };
  node.findings.push(f);
  return true;
}
function checkLabel(node) {
  if (hasLabel(node.block))
    return true;
  node.findings.push(finding("block-label", nameRange(node.block), { name: blockName(node.block) }));
  return false;
}
function checkPlacement(scope, node) {
  const where = !scope.isRoot ? "module" : scope.inForeach ? "foreach" : void 0;
  if (where)
    node.findings.push(finding("not-allowed", headerRange(node.block), { id: blockId(node.block), where }));
}
function checkSchema(node, body) {
  const schema = schemaCatalog().component(blockName(node.block));
  if (schema?.kind !== "builtin")
    return;
  const block = body === node.block.body ? node.block : { ...node.block, body: [...body] };
  checkComponentBody(block, schema.arguments, node.findings, { topLevel: { unknownAttribute: "unrecognized-attribute", missingAttribute: "missing-attribute" } });
}
function literalAttribute(body, name) {
  const attr = body.find((s) => s.type === "Attribute" && s.name.name === name);
  return attr?.value.type === "Literal" ? attr.value : void 0;
}
function stringAttribute(body, name) {
  const literal = literalAttribute(body, name);
  if (literal?.kind !== "STRING")
    return void 0;
  if (literal.raw.startsWith("`"))
    return literal.raw.slice(1, -1);
  try {
    return JSON.parse(literal.raw);
  } catch {
    return void 0;
  }
}
function booleanAttribute(body, name) {
  const literal = literalAttribute(body, name);
  return literal?.kind === "BOOL" && literal.raw === "true";
}
function checkCustomArguments(block, args, out) {
  const present = /* @__PURE__ */ new Set();
  for (const stmt of block.body) {
    const range = { start: stmt.start.offset, end: stmt.end.offset };
    if (stmt.type === "Block")
      out.push(finding("unknown-argument-block", range, { name: blockName(stmt) }));
    else if (!args.has(stmt.name.name))
      out.push(finding("unknown-argument", range, { name: stmt.name.name }));
    else
      present.add(stmt.name.name);
  }
  for (const [name, optional] of args) {
    if (!optional && !present.has(name))
      out.push(finding("missing-argument", wholeRange(block), { name }));
  }
}
var Analyzer = class {
  options;
  catalog = componentCatalog();
  /** Top-level blocks of the scope's other files, with the file's name. */
  foreignFile = /* @__PURE__ */ new Map();
  constructor(options) {
    this.options = options;
  }
  run(file) {
    const isModule = this.options.context === "module";
    const root = new ModuleScope(!isModule, false, void 0, void 0, new Set(SCOPE_GLOBALS));
    if (isModule)
      for (const arg of this.options.injectedArguments ?? [])
        root.injected.add(`argument.${arg}`);
    const scope = this.options.scope ?? [];
    if (!scope.some((s) => s.file !== file)) {
      this.build(root, file.body);
      return this.check(root);
    }
    const merged = [];
    for (const member of scope) {
      if (member.file === file)
        merged.push(...file.body);
      else {
        for (const stmt of member.file.body) {
          if (stmt.type !== "Block")
            continue;
          this.foreignFile.set(stmt, member.name);
          merged.push(stmt);
        }
      }
    }
    const own = new Set(file.body);
    this.build(root, merged);
    for (const node of root.order)
      if (!own.has(node.block))
        node.foreign = true;
    return this.check(root);
  }
  build(scope, body) {
    const declares = [];
    const configs = [];
    const components = [];
    const services = [];
    for (const stmt of body) {
      if (stmt.type === "Attribute") {
        scope.findings.push(finding("top-level-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
        continue;
      }
      const kind = blockKind(stmt);
      if (kind === "declare")
        declares.push(stmt);
      else if (kind === "config")
        configs.push(stmt);
      else if (kind === "service")
        services.push(stmt);
      else
        components.push(stmt);
    }
    this.buildDeclares(scope, declares);
    this.buildConfigs(scope, configs);
    this.buildComponents(scope, components);
    this.buildServices(scope, services);
  }
  buildDeclares(scope, declares) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of declares) {
      const node = newNode(block);
      checkLabel(node);
      checkDuplicate(seen, node, this.foreignFile);
      const module = new ModuleScope(false, false, void 0, scope, new Set(scope.variables));
      this.build(module, block.body);
      node.child = module;
      node.refBody = [];
      scope.add(node);
      if (hasLabel(block)) {
        const args = new Map(module.argumentBlocks.map((a) => [a.label.value, booleanAttribute(a.body, "optional")]));
        scope.declares.set(block.label.value, args);
      }
    }
  }
  buildConfigs(scope, configs) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of configs) {
      const node = newNode(block);
      const duplicate = checkDuplicate(seen, node, this.foreignFile);
      const name = blockName(block);
      if (name === "logging" || name === "tracing") {
        checkPlacement(scope, node);
        checkSchema(node, block.body);
      } else if (name === "foreach") {
        this.buildForeach(scope, node);
      } else if (name === "argument" || name === "export") {
        if (scope.isRoot)
          node.findings.push(finding("only-in-module", wholeRange(block), { name }));
        if (checkLabel(node) && !duplicate && name === "argument")
          scope.argumentBlocks.push(block);
        checkSchema(node, block.body);
      } else if (IMPORT_BLOCKS.has(name)) {
        const labelled = checkLabel(node);
        checkSchema(node, block.body);
        if (labelled && !duplicate) {
          scope.imports.add(block.label.value);
          this.registerImportedDeclares(scope, block);
        }
      }
      scope.add(node);
    }
  }
  /**
   * The declares of a module whose source is at hand: `import.string` with a
   * literal `content`, or `import.file` of a file in the repository. A module
   * that does not parse is left unknown (any name under the label passes).
   */
  registerImportedDeclares(scope, block) {
    const name = blockName(block);
    let texts;
    if (name === "import.string") {
      const content = stringAttribute(block.body, "content");
      texts = content === void 0 ? void 0 : [content];
    } else if (name === "import.file" && this.options.importedFile) {
      const filename = stringAttribute(block.body, "filename");
      texts = filename === void 0 ? void 0 : this.options.importedFile(filename);
    }
    if (!texts)
      return;
    const declares = /* @__PURE__ */ new Map();
    for (const text of texts) {
      const { ast } = parseFile(text);
      if (!ast)
        return;
      for (const stmt of ast.body) {
        if (stmt.type !== "Block" || blockName(stmt) !== "declare" || !hasLabel(stmt))
          continue;
        const args = /* @__PURE__ */ new Map();
        for (const arg of stmt.body) {
          if (arg.type === "Block" && blockName(arg) === "argument" && hasLabel(arg))
            args.set(arg.label.value, booleanAttribute(arg.body, "optional"));
        }
        declares.set(stmt.label.value, args);
      }
    }
    for (const [declare, args] of declares)
      scope.importedDeclares.set(`${block.label.value}.${declare}`, args);
  }
  buildForeach(scope, node) {
    const block = node.block;
    const min = this.options.minStability;
    if (!stabilityAllowed("experimental", min)) {
      node.findings.push(finding("below-stability", nameRange(block), { what: `foreach block "${blockName(block)}"`, level: "experimental", minimum: min }));
    }
    checkLabel(node);
    const template = block.body.find((s) => s.type === "Block" && blockName(s) === "template");
    const rest = block.body.filter((s) => s !== template);
    node.refBody = rest;
    if (!template)
      node.findings.push(finding("missing-block", wholeRange(block), { name: "template" }));
    checkSchema(node, rest);
    if (!template)
      return;
    const variables = new Set(scope.variables);
    const each = stringAttribute(rest, "var");
    if (each !== void 0)
      variables.add(each);
    const inner = new ModuleScope(scope.isRoot, true, scope, scope, variables);
    this.build(inner, template.body);
    node.child = inner;
  }
  buildComponents(scope, components) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of components) {
      const node = newNode(block, true);
      if (!hasLabel(block) && this.isLiveComponent(scope, blockName(block))) {
        node.findings.push(finding("component-label", nameRange(block), { name: blockName(block) }));
      }
      checkDuplicate(seen, node, this.foreignFile);
      scope.add(node);
    }
  }
  buildServices(scope, services) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of services) {
      const node = newNode(block);
      checkDuplicate(seen, node, this.foreignFile);
      const before = node.findings.length;
      checkPlacement(scope, node);
      const placed = node.findings.length === before;
      if (!SERVICES.get(blockId(block))) {
        if (placed)
          node.findings.push(finding("service-not-configurable", wholeRange(block), { name: blockId(block) }));
      } else {
        checkSchema(node, block.body);
      }
      scope.add(node);
    }
  }
  check(scope) {
    const out = [...scope.findings];
    const edges = /* @__PURE__ */ new Map();
    for (const node of scope.order) {
      const sink = node.foreign ? [] : out;
      sink.push(...node.findings);
      if (node.isComponent && !node.foreign)
        this.checkComponent(scope, node, sink);
      if (node.child && !node.foreign)
        out.push(...this.check(node.child));
      for (const t of traversalsOfBody(node.refBody)) {
        const target = this.resolve(scope, t, sink);
        if (target && target !== "injected" && scope.nodes.get(target.id) === target) {
          let targets = edges.get(node);
          if (!targets)
            edges.set(node, targets = /* @__PURE__ */ new Set());
          targets.add(target);
        }
      }
    }
    for (const cycle of stronglyConnected(scope.order, edges)) {
      if (cycle.length < 2)
        continue;
      const sorted = [...cycle].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const ids = sorted.map((n) => n.id).join(", ");
      for (const node of sorted)
        if (!node.foreign)
          out.push(finding("cycle", openingRange(node.block), { ids }));
    }
    for (const node of scope.order) {
      if (!node.foreign && edges.get(node)?.has(node))
        out.push(finding("self-reference", openingRange(node.block)));
    }
    return out;
  }
  checkComponent(scope, node, out) {
    const name = blockName(node.block);
    if (scope.isCustomComponent(name)) {
      const args = scope.declareArguments(name);
      if (args)
        checkCustomArguments(node.block, args, out);
      return;
    }
    const range = nameRange(node.block);
    const info = this.catalog.get(name);
    if (!info) {
      const data = { name };
      const suggestion2 = this.suggest(scope, name);
      if (suggestion2)
        data.suggestion = suggestion2;
      out.push(finding("unknown-component", range, data));
    } else if (info.removed) {
      const data = { name, since: info.removedIn ? ` in ${info.removedIn}` : "", instead: "" };
      if (info.replacement)
        data.instead = `; use "${info.replacement}" instead`;
      out.push(finding("removed-component", range, data));
    } else if (info.community) {
      out.push(finding("community-component", range, { name }));
    } else if (!stabilityAllowed(info.stability, this.options.minStability)) {
      out.push(finding("below-stability", range, { what: `component "${name}"`, level: info.stability, minimum: this.options.minStability }));
    } else {
      const schema = schemaCatalog().component(name);
      if (schema?.kind === "component")
        checkComponentBody(node.block, schema.arguments, out, { exportType: (expr) => this.exportTypeOf(scope, expr) });
    }
  }
  isLiveComponent(scope, name) {
    if (scope.isCustomComponent(name))
      return true;
    const info = this.catalog.get(name);
    return info !== void 0 && !info.removed;
  }
  suggest(scope, name) {
    const custom = scope.customNames().find((c) => c.toLowerCase() === name.toLowerCase());
    return custom ?? this.catalog.suggest(name);
  }
  /** The type of `<component>.<label>.<field>` when the expression is exactly that and the catalog knows it. */
  exportTypeOf(scope, expr) {
    const parts = [];
    let e = expr;
    while (e.type === "Access") {
      parts.unshift(e.name);
      e = e.value;
    }
    if (e.type !== "Identifier")
      return void 0;
    parts.unshift(e.name);
    for (let n = 1; n < parts.length; n++) {
      const target = scope.lookup(parts.slice(0, n).join("."));
      if (!target)
        continue;
      if (target === "injected" || !target.isComponent || n !== parts.length - 1)
        return void 0;
      const name = blockName(target.block);
      if (scope.isCustomComponent(name))
        return void 0;
      return schemaCatalog().component(name)?.exports.get(parts[n])?.type;
    }
    return void 0;
  }
  /**
   * `<component>.<label>.<field>`: the field must be one the component
   * exports. Alloy reports this when it evaluates the reference (`field "x"
   * does not exist`); components whose exports the catalog does not know are
   * left alone.
   */
  checkExportField(scope, target, field, out) {
    if (!target.isComponent)
      return;
    const name = blockName(target.block);
    if (scope.isCustomComponent(name))
      return;
    const exports = schemaCatalog().component(name)?.exports;
    if (!exports || exports.size === 0 || exports.has(field.name))
      return;
    const data = { name: field.name };
    const suggestion2 = schemaCatalog().suggest(field.name, exports.keys());
    if (suggestion2)
      data.suggestion = suggestion2;
    out.push(finding("missing-export-field", field.range, data));
  }
  /** Resolves a traversal by ever-longer prefixes; reports what Alloy reports about it. */
  resolve(scope, t, out) {
    let target;
    let matched = 0;
    while (matched < t.length && !target)
      target = scope.lookup(traversalName(t, ++matched));
    const first = t[0].name;
    const isVariable = scope.variables.has(first);
    if (target) {
      if (isStdlibIdentifier(first))
        out.push(finding("stdlib-shadowed", t[0].range));
      if (target !== "injected" && matched < t.length)
        this.checkExportField(scope, target, t[matched], out);
      return target;
    }
    if (isVariable)
      return void 0;
    if (!isStdlibIdentifier(first)) {
      out.push(finding("missing-reference", traversalRange(t), { name: traversalName(t) }));
      return void 0;
    }
    const replacement = DEPRECATED_STDLIB.get(first);
    if (replacement) {
      out.push(finding("deprecated-stdlib", t[0].range, { name: first, replacement }));
      return void 0;
    }
    const fn = traversalName(t);
    const level = STDLIB_STABILITY.get(fn);
    if (level && !stabilityAllowed(level, this.options.minStability)) {
      out.push(finding("below-stability", traversalRange(t), { what: fn, level, minimum: this.options.minStability }));
    }
    return void 0;
  }
};
var cache = /* @__PURE__ */ new WeakMap();
var fileIds = /* @__PURE__ */ new WeakMap();
var nextFileId = 0;
function fileId(file) {
  let id = fileIds.get(file);
  if (id === void 0)
    fileIds.set(file, id = ++nextFileId);
  return id;
}
function analyzeAlloy(file, options) {
  const siblings = (options.scope ?? []).map((s) => fileId(s.file)).join(",");
  const key = `${options.context}|${options.minStability}|${(options.injectedArguments ?? []).join(",")}|${siblings}`;
  let perFile = cache.get(file);
  if (!perFile)
    cache.set(file, perFile = /* @__PURE__ */ new Map());
  let findings = perFile.get(key);
  if (!findings)
    perFile.set(key, findings = new Analyzer(options).run(file));
  return findings;
}

// dist/src/alloy-semantics/rule-support.js
function minStabilityOf(doc) {
  return doc.pipeline?.target.stabilityLevel ?? doc.target?.stabilityLevel ?? "generally-available";
}
function documentFindings(doc) {
  const { ast } = doc.parse();
  if (!ast)
    return null;
  const minStability = minStabilityOf(doc);
  const importedFile = (filename) => readImportedModule(doc.contents.file.path, filename);
  switch (doc.mode) {
    case "pipeline":
      return analyzeAlloy(ast, { context: "module", minStability, injectedArguments: FLEET_INJECTED_ARGUMENTS, importedFile });
    case "module":
      return analyzeAlloy(ast, { context: "module", minStability, importedFile });
    case "config":
      return analyzeAlloy(ast, { context: "root", minStability, scope: scopeFiles(doc), importedFile });
  }
}
function scopeFiles(doc) {
  return doc.scope().flatMap((member) => {
    const { ast } = member.parse();
    return ast ? [{ name: basename(member.contents.file.path), file: ast }] : [];
  });
}
function readImportedModule(importer, filename) {
  if (isAbsolute(filename) || !isAbsolute(importer))
    return void 0;
  try {
    const path = resolve(dirname(importer), filename);
    if (!statSync(path).isDirectory())
      return [readFileSync(path, "utf8")];
    return readdirSync(path).filter((f) => f.endsWith(".alloy")).sort().map((f) => readFileSync(join(path, f), "utf8"));
  } catch {
    return void 0;
  }
}
function reportFinding(context, doc, f, messageId, options = {}) {
  const loc = context.contentsLocation(doc, f.range);
  const rename = options.suggestRename ? renameOf(context, doc, f) : [];
  context.report({
    messageId,
    data: f.data,
    loc,
    ...options.maxSeverity ? { maxSeverity: options.maxSeverity } : {},
    ...f.related ? { related: [{ ...context.contentsLocation(doc, f.related.range), message: f.related.message }] } : {},
    ...rename.length > 0 ? { suggestions: rename } : {}
  });
}
function renameOf(context, doc, f) {
  const { name, suggestion: suggestion2 } = f.data;
  if (!name || !suggestion2)
    return [];
  const at = doc.contents.text.slice(f.range.start, f.range.end).indexOf(name);
  if (at < 0)
    return [];
  const start = f.range.start + at;
  return renameSuggestion(context.contentsLocation(doc, { start, end: start + name.length }), name, suggestion2);
}
function findingMessages(ids) {
  return Object.fromEntries(Object.entries(ids).map(([messageId, code]) => [messageId, FINDING_MESSAGES[code]]));
}
function reportFindings(context, doc, ids) {
  const messageIdOf = new Map(Object.entries(ids).map(([messageId, code]) => [code, messageId]));
  for (const f of documentFindings(doc) ?? []) {
    const messageId = messageIdOf.get(f.code);
    if (messageId)
      reportFinding(context, doc, f, messageId);
  }
}

export {
  FINDING_MESSAGES,
  documentFindings,
  reportFinding,
  findingMessages,
  reportFindings
};
