/**
 * Ported `Validate` methods and `UnmarshalText` functions of the Go types the
 * most used components decode into, checked on LITERAL values only.
 *
 * Alloy's runtime decoder calls `Validate()` on a block's struct once its body
 * decoded without error (syntax/vm/vm.go: Evaluator.evaluateBlockOrBody);
 * the error becomes `Failed to build component: decoding configuration: <error>`
 * on the component when the collector loads the pipeline. `alloy validate`
 * does not run them (syntax/typecheck never calls Validate on a block), so
 * these findings carry their own code (`component-invalid-value`) and the
 * Validate error text word for word, at the block whose Validate fails.
 *
 * A check runs only when every value it reads is a literal or absent (then
 * the Go default applies): a reference, a call or `null` makes the check
 * skip, never guess. Checks whose outcome depends on process-wide settings
 * (prometheus/common's label name validation scheme) are left out.
 *
 * The text types whose UnmarshalText the schema script cannot read (a map
 * lookup rather than a `switch`) are here too: `alloy validate` reports
 * those (typecheck decodes literals with value.DecodeCopy).
 */
import type { Attribute, Block, Expression, Statement } from "../../grammar/alloy/ast.js";
import { goQuote } from "../../grammar/go-quote.js";
import { blockName, wholeRange } from "./blocks.js";
import { finding, type Finding } from "./findings.js";
import { parseBase2Bytes } from "./byte-size.js";
import { formatGoDuration, parseGoDuration } from "../core/go-duration.js";
import type { BodySchema } from "./schema-catalog.js";
import { stringLiteralValue } from "./strings.js";

// ---------------------------------------------------------------- literal values

/** A value known without evaluation, absent (the Go default applies), or unknown (an expression, `null`). */
type Known<T> = { state: "absent" } | { state: "known"; value: T } | { state: "unknown" };

const ABSENT = { state: "absent" } as const;
const UNKNOWN = { state: "unknown" } as const;

/** A block's statements (a body that decoded has no repeated attribute names; bodies are small, so a scan is cheapest). */
type Body = readonly Statement[];

/** Attributes by name, for the larger bodies (prometheus.scrape's) that are read many times. */
const attributeIndex = new WeakMap<Body, ReadonlyMap<string, Attribute>>();

function attribute(body: Body, name: string): Attribute | undefined {
  if (body.length > 8) {
    let index = attributeIndex.get(body);
    if (!index) {
      const byName = new Map<string, Attribute>();
      for (const s of body) if (s.type === "Attribute" && !byName.has(s.name.name)) byName.set(s.name.name, s);
      attributeIndex.set(body, (index = byName));
    }
    return index.get(name);
  }
  for (const s of body) if (s.type === "Attribute" && s.name.name === name) return s;
  return undefined;
}

/** A string literal's value; the common case (no escapes) without unquoting. */
function literalText(e: Expression): string | undefined {
  if (e.type === "Literal" && e.kind === "STRING" && e.raw.startsWith('"') && !e.raw.includes("\\")) return e.raw.slice(1, -1);
  return stringLiteralValue(e);
}

function stringAttr(body: Body, name: string): Known<string> {
  const attr = attribute(body, name);
  if (!attr) return ABSENT;
  const text = literalText(attr.value);
  return text === undefined ? UNKNOWN : { state: "known", value: text };
}

function numberAttr(body: Body, name: string): Known<number> {
  const attr = attribute(body, name);
  if (!attr) return ABSENT;
  let v = attr.value;
  const negative = v.type === "Unary" && v.op === "-";
  if (v.type === "Unary" && v.op === "-") v = v.value;
  if (v.type === "Literal" && (v.kind === "NUMBER" || v.kind === "FLOAT")) return { state: "known", value: negative ? -Number(v.raw) : Number(v.raw) };
  return UNKNOWN;
}

function boolAttr(body: Body, name: string): Known<boolean> {
  const attr = attribute(body, name);
  if (!attr) return ABSENT;
  const v = attr.value;
  if (v.type === "Literal" && v.kind === "BOOL") return { state: "known", value: v.raw === "true" };
  return UNKNOWN;
}

function stringListAttr(body: Body, name: string): Known<string[]> {
  const attr = attribute(body, name);
  if (!attr) return ABSENT;
  if (attr.value.type !== "Array") return UNKNOWN;
  const out: string[] = [];
  for (const e of attr.value.elements) {
    const text = literalText(e);
    if (text === undefined) return UNKNOWN;
    out.push(text);
  }
  return { state: "known", value: out };
}

/** The value, or the Go default when absent; undefined when it needs evaluation. */
function valueOr<T>(k: Known<T>, fallback: T): T | undefined {
  if (k.state === "absent") return fallback;
  return k.state === "known" ? k.value : undefined;
}

function hasBlock(body: Body, name: string): boolean {
  return body.some((s) => s.type === "Block" && blockName(s) === name);
}

// ---------------------------------------------------------------- relabel rules

/** internal/component/common/relabel/relabel.go: the `actions` map. */
const RELABEL_ACTIONS: ReadonlySet<string> = new Set([
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
  "dropequal",
]);

/**
 * relabel.go: relabelTarget, `^(?:(?:[a-zA-Z_]|\$(?:\{\w+\}|\w+))+\w*)+$`
 * (Go's \w is ASCII, as JavaScript's). Written as the same language without
 * nested quantifiers: Go runs it on RE2, but a backtracking engine takes
 * exponential time on a near miss such as `label_$1-x`.
 */
const RELABEL_TARGET = /^(?:[a-zA-Z_]|\$(?:\{\w+\}|\w))(?:\w|\$(?:\{\w+\}|\w))*$/;
/** The actions whose target_label must be a label name and which take no replacement. */
const CASE_OR_EQUAL: ReadonlySet<string> = new Set(["lowercase", "uppercase", "keepequal", "dropequal"]);
/** A label name valid under both of prometheus/common's schemes (legacy and UTF-8). */
const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * relabel.Config.Validate (internal/component/common/relabel/relabel.go),
 * after relabel.Config.SetToDefault: action "replace", separator ";",
 * regex "(.*)", replacement "$1". Used by every `rule` block
 * (discovery.relabel, prometheus.relabel, loki.relabel, loki.source.*,
 * loki.process stage.*) and remote_write's `write_relabel_config`.
 */
function validateRelabelConfig(body: Body): string | undefined {
  const action = valueOr(stringAttr(body, "action"), "replace");
  // An unknown action fails in UnmarshalText first; keep and drop have no checks.
  if (action === undefined || action === "keep" || action === "drop" || !RELABEL_ACTIONS.has(action)) return undefined;
  // Each value is read only where the Go code reaches it for this action, in the Go code's order.
  const target = valueOr(stringAttr(body, "target_label"), "");
  if (target === undefined) return undefined;
  const replacement = () => valueOr(stringAttr(body, "replacement"), "$1");
  const modulus = () => valueOr(numberAttr(body, "modulus"), 0);
  const separator = () => valueOr(stringAttr(body, "separator"), ";");
  const differs = <T>(value: T | undefined, fallback: T) => (value === undefined ? undefined : value !== fallback);

  if (action === "hashmod") {
    const m = modulus();
    if (m === undefined) return undefined;
    if (m === 0) return "relabel configuration for hashmod requires non-zero modulus";
  }
  const needsTarget = action === "replace" || action === "hashmod" || CASE_OR_EQUAL.has(action);
  if (needsTarget && target === "") return `relabel configuration for ${action} action requires 'target_label' value`;
  // A check of the label name's validity (model.LabelName.IsValid) depends on the process-wide
  // validation scheme: a name valid under both schemes passes, any other stops the port.
  if (action === "replace") {
    if (!target.includes("$")) return undefined;
    return RELABEL_TARGET.test(target) ? undefined : `${goQuote(target)} is invalid 'target_label' for ${action} action`;
  }
  if (CASE_OR_EQUAL.has(action)) {
    if (!LEGACY_LABEL_NAME.test(target)) return undefined;
    const r = replacement();
    if (r === undefined) return undefined;
    if (r !== "$1") return `'replacement' can not be set for ${action} action`;
  }
  if (action === "labelmap") {
    const r = replacement();
    if (r === undefined) return undefined;
    if (!RELABEL_TARGET.test(r)) return `${goQuote(r)} is invalid 'replacement' for ${action} action`;
  }
  if (action === "labeldrop" || action === "labelkeep") {
    // SourceLabels != nil: any `source_labels` array, even an empty one, decodes to a non-nil slice.
    const sourceLabels = stringListAttr(body, "source_labels");
    const sourceSet = sourceLabels.state === "known" ? true : sourceLabels.state === "absent" ? false : undefined;
    const others = [sourceSet, target !== "", differs(modulus(), 0), differs(separator(), ";"), differs(replacement(), "$1")];
    if (others.includes(true)) return `${action} action requires only 'regex', and no other fields`;
  }
  if (action === "keepequal" || action === "dropequal") {
    // reflect.DeepEqual of the compiled regexes: the same source compiles to the same program.
    const regex = valueOr(stringAttr(body, "regex"), "(.*)");
    const others = [differs(regex, "(.*)"), differs(modulus(), 0), differs(separator(), ";")];
    if (others.includes(true)) return `${action} action requires only 'source_labels' and 'target_label', and no other fields`;
  }
  return undefined;
}

// ---------------------------------------------------------------- HTTP client

/**
 * config.HTTPClientConfig.Validate (internal/component/common/config/types.go):
 * the authentication count, then ProxyConfig.Validate. Headers.Validate (between
 * the two) is not ported, so the proxy checks only run without `http_headers`.
 */
function validateHTTPClientConfig(body: Body): string | undefined {
  // A present block always counts (its pointer is allocated); a token only when it is a non-empty literal.
  let auth = ["basic_auth", "authorization", "oauth2"].filter((b) => hasBlock(body, b)).length;
  for (const name of ["bearer_token", "bearer_token_file"]) {
    const v = stringAttr(body, name);
    if (v.state === "known" && v.value !== "") auth++;
  }
  if (auth > 1) return "at most one of basic_auth, authorization, oauth2, bearer_token & bearer_token_file must be configured";
  if (attribute(body, "http_headers")) return undefined;
  return validateProxyConfig(body);
}

/** config.ProxyConfig.Validate, for the literals it reads. */
function validateProxyConfig(body: Body): string | undefined {
  const proxyURL = stringAttr(body, "proxy_url");
  const fromEnv = valueOr(boolAttr(body, "proxy_from_environment"), false);
  const noProxy = valueOr(stringAttr(body, "no_proxy"), "");
  if (proxyURL.state === "unknown" || fromEnv === undefined || noProxy === undefined) return undefined;
  const proxySet = proxyURL.state === "known" && proxyURL.value !== "";
  const header = attribute(body, "proxy_connect_header");
  if (header) {
    if (header.value.type !== "Object") return undefined;
    if (header.value.fields.length > 0 && !fromEnv && !proxySet) return "if proxy_connect_header is configured, proxy_url or proxy_from_environment must also be configured";
  }
  if (fromEnv && proxySet) return "if proxy_from_environment is configured, proxy_url must not be configured";
  if (fromEnv && noProxy !== "") return "if proxy_from_environment is configured, no_proxy must not be configured";
  if (proxyURL.state === "absent" && noProxy !== "") return "if no_proxy is configured, proxy_url must also be configured";
  return undefined;
}

/** config.BasicAuth.Validate. */
function validateBasicAuth(body: Body): string | undefined {
  const password = stringAttr(body, "password");
  const file = stringAttr(body, "password_file");
  if (password.state === "known" && password.value !== "" && file.state === "known" && file.value !== "") {
    return "at most one of basic_auth password & password_file must be configured";
  }
  return undefined;
}

/** config.Authorization.Validate. */
function validateAuthorization(body: Body): string | undefined {
  const credentials = stringAttr(body, "credentials");
  const file = stringAttr(body, "credentials_file");
  if (credentials.state === "known" && credentials.value !== "" && file.state === "known" && file.value !== "") {
    return "at most one of authorization credentials & credentials_file must be configured";
  }
  if (credentials.state === "unknown" || file.state === "unknown") return undefined;
  const type = stringAttr(body, "type");
  if (type.state === "known" && type.value.trim().toLowerCase() === "basic") return 'authorization type cannot be set to "basic", use "basic_auth" block instead';
  return undefined;
}

// ---------------------------------------------------------------- prometheus.scrape

/** prometheus/common/model: the escaping schemes Alloy accepts (model.AllowUTF8, EscapeUnderscores, EscapeDots, EscapeValues). */
const ESCAPING_SCHEMES = ["allow-utf-8", "underscores", "dots", "values"];

/**
 * scrape.Arguments.Validate (internal/component/prometheus/scrape/scrape.go),
 * after SetToDefault (scrape_interval 1m, scrape_timeout 10s,
 * metric_name_validation_scheme "legacy"). The protocol checks that need
 * Prometheus' own error text are not ported; a check that cannot be decided
 * is passed over, so what is reported is always an error the collector
 * reports (maybe after another one).
 */
function validateScrape(body: Body): string | undefined {
  const interval = durationAttr(body, "scrape_interval", 60_000_000_000n);
  const timeout = durationAttr(body, "scrape_timeout", 10_000_000_000n);
  const job = valueOr(stringAttr(body, "job_name"), "");
  if (interval !== undefined && timeout !== undefined && job !== undefined && timeout > interval) {
    return `scrape_timeout (${formatGoDuration(timeout)}) greater than scrape_interval (${formatGoDuration(interval)}) for scrape config with job name ${goQuote(job)}`;
  }
  const protocols = stringListAttr(body, "scrape_protocols");
  if (protocols.state === "known") {
    const seen = new Set<string>();
    for (const p of protocols.value) {
      if (seen.has(p)) return `duplicate scrape protocol ${goQuote(p)}: make sure the scrape protocols provided are unique`;
      seen.add(p);
    }
  }
  const validation = valueOr(stringAttr(body, "metric_name_validation_scheme"), "legacy");
  if (validation === undefined) return undefined;
  if (validation !== "utf8" && validation !== "legacy") return `invalid metric_name_validation_scheme ${goQuote(validation)}: must be either "utf8" or "legacy"`;
  const escaping = valueOr(stringAttr(body, "metric_name_escaping_scheme"), "");
  if (escaping === undefined) return undefined;
  if (escaping !== "" && !ESCAPING_SCHEMES.includes(escaping)) {
    return `invalid metric_name_escaping_scheme: ${goQuote(escaping)}, supported values: [${ESCAPING_SCHEMES.join(" ")}]`;
  }
  if (escaping === "allow-utf-8" && validation !== "utf8") {
    return "metric_name_escaping_scheme cannot be set to 'allow-utf-8' while metric_name_validation_scheme is not set to 'utf8'";
  }
  // The squashed HTTP client is validated explicitly at the end.
  return validateHTTPClientConfig(body);
}

function durationAttr(body: Body, name: string, fallback: bigint): bigint | undefined {
  const text = stringAttr(body, name);
  if (text.state === "absent") return fallback;
  if (text.state === "unknown") return undefined;
  const parsed = parseGoDuration(text.value);
  return "ns" in parsed ? parsed.ns : undefined;
}

// ---------------------------------------------------------------- prometheus.relabel, loki.source.*

/** relabel.Arguments.Validate (prometheus/relabel), defaults max_cache_size 100000, cache_ttl 0; minCacheTTL 1m. */
function validatePrometheusRelabel(body: Body): string | undefined {
  const size = valueOr(numberAttr(body, "max_cache_size"), 100_000);
  const ttl = durationAttr(body, "cache_ttl", 0n);
  if (size === undefined || ttl === undefined) return undefined;
  if (size < 0) return Number.isInteger(size) ? `max_cache_size must be >= 0; got ${size}` : undefined;
  if (ttl < 0n) return `cache_ttl must be >= 0; got ${formatGoDuration(ttl)}`;
  if (size > 0 && ttl > 0n) {
    return "max_cache_size and cache_ttl are mutually exclusive: set max_cache_size = 0 to use cache_ttl, or unset cache_ttl to keep the bounded LRU cache";
  }
  if (size === 0 && ttl === 0n) return "one of max_cache_size or cache_ttl must be set";
  if (ttl > 0n && ttl < 60_000_000_000n) return `cache_ttl must be at least 1m0s when set; got ${formatGoDuration(ttl)}`;
  return undefined;
}

/** kubernetes_events.Arguments.Validate (loki/source/kubernetes_events), defaults job_name "loki.source.kubernetes_events", log_format "logfmt". */
function validateKubernetesEvents(body: Body): string | undefined {
  const job = stringAttr(body, "job_name");
  if (job.state === "known" && job.value === "") return "job_name must not be an empty string";
  if (job.state === "unknown") return undefined;
  const format = stringAttr(body, "log_format");
  if (format.state === "known" && format.value !== "logfmt" && format.value !== "json") return "supported values of log_format are logfmt and json";
  return undefined;
}

/** file.FileMatch.Validate (loki/source/file), default sync_period 10s. */
function validateFileMatch(body: Body): string | undefined {
  const period = durationAttr(body, "sync_period", 1n);
  return period !== undefined && period <= 0n ? "sync period must be greater than 0" : undefined;
}

// ---------------------------------------------------------------- loki.process stages

/** stages.TemplateConfig.Validate (loki/process/stages/template.go): ErrTemplateSourceRequired. */
function validateTemplateStage(body: Body): string | undefined {
  const source = stringAttr(body, "source");
  return source.state === "known" && source.value === "" ? "template source value is required" : undefined;
}

/** stages.SamplingConfig.Validate (sampling.go; sampling.ValidateRate): ErrSamplingStageInvalidRate, a %f of the rate. */
function validateSamplingStage(body: Body): string | undefined {
  const rate = numberAttr(body, "rate");
  if (rate.state !== "known" || (rate.value >= 0 && rate.value <= 1) || Math.abs(rate.value) >= 1e15) return undefined;
  return `sampling stage failed to parse rate,Sampling Rate must be between 0.0 and 1.0, received ${rate.value.toFixed(6)}`;
}

/** stages.MultilineConfig.Validate (multiline.go), after DefaultMultilineConfig (max_wait_time 3s). */
function validateMultilineStage(body: Body): string | undefined {
  const wait = durationAttr(body, "max_wait_time", 1n);
  return wait !== undefined && wait <= 0n ? "max_wait_time must be greater than 0" : undefined;
}

/** stages.CRIConfig.Validate (cri.go), after DefaultCRIConfig (max_partial_lines 100). */
function validateCRIStage(body: Body): string | undefined {
  const lines = numberAttr(body, "max_partial_lines");
  return lines.state === "known" && lines.value <= 0 ? "max_partial_lines must be greater than 0" : undefined;
}

// ---------------------------------------------------------------- otelcol

/** batch.Arguments.Validate (otelcol/processor/batch), defaults send_batch_size 2000, send_batch_max_size 3000. */
function validateBatchProcessor(body: Body): string | undefined {
  const size = valueOr(numberAttr(body, "send_batch_size"), 2000);
  const max = valueOr(numberAttr(body, "send_batch_max_size"), 3000);
  if (size === undefined || max === undefined) return undefined;
  return max > 0 && max < size ? "send_batch_max_size must be greater or equal to send_batch_size when not 0" : undefined;
}

/** prometheus.Arguments.Validate (otelcol/exporter/prometheus), default gc_frequency 5m. */
function validatePrometheusExporter(body: Body): string | undefined {
  return durationAttr(body, "gc_frequency", 1n) === 0n ? "gc_frequency must be greater than 0" : undefined;
}

/** memorylimiter.Arguments.Validate (otelcol/processor/memorylimiter); every default is 0. */
function validateMemoryLimiter(body: Body): string | undefined {
  const interval = durationAttr(body, "check_interval", 0n);
  if (interval === undefined) return undefined;
  if (interval <= 0n) return "check_interval must be greater than zero";
  const limit = bytesAttr(body, "limit");
  const spike = bytesAttr(body, "spike_limit");
  const percent = valueOr(numberAttr(body, "limit_percentage"), 0);
  const spikePercent = valueOr(numberAttr(body, "spike_limit_percentage"), 0);
  if (limit === undefined || spike === undefined || percent === undefined || spikePercent === undefined) return undefined;
  if (limit > 0 && percent > 0) return "either limit or limit_percentage must be set, but not both";
  if (limit > 0) return spike >= limit ? "spike_limit must be less than limit" : undefined;
  if (percent > 0) {
    if (percent > 100 || spikePercent <= 0 || spikePercent > 100) return "limit_percentage and spike_limit_percentage must be greater than 0 and and less or equal than 100";
    return undefined;
  }
  return "either limit or limit_percentage must be set to greater than zero";
}

/** A units.Base2Bytes attribute: 0 when absent, undefined when not a string literal that parses. */
function bytesAttr(body: Body, name: string): number | undefined {
  const text = stringAttr(body, name);
  if (text.state === "absent") return 0;
  if (text.state === "unknown") return undefined;
  const parsed = parseBase2Bytes(text.value);
  return "bytes" in parsed ? parsed.bytes : undefined;
}

/** otelcol.RetryArguments.Validate (otelcol/config_retry.go), defaults multiplier 1.5, randomization_factor 0.5. */
function validateRetry(body: Body): string | undefined {
  const multiplier = numberAttr(body, "multiplier");
  if (multiplier.state === "known" && multiplier.value <= 1) return "multiplier must be greater than 1.0";
  if (multiplier.state === "unknown") return undefined;
  const factor = numberAttr(body, "randomization_factor");
  return factor.state === "known" && factor.value < 0 ? "randomization_factor must be greater or equal to 0" : undefined;
}

// ---------------------------------------------------------------- registry

/** Go type (as the catalog names it) -> its ported Validate method. */
const VALIDATE_METHODS: ReadonlyMap<string, (body: Body) => string | undefined> = new Map([
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
  ["internal/component/otelcol.RetryArguments", validateRetry],
]);

/** The ported Validate method's finding for a block that decoded without error, if it fails. */
export function runValidateMethod(block: Block, body: BodySchema): Finding | undefined {
  const validate = body.goType === undefined ? undefined : VALIDATE_METHODS.get(body.goType);
  if (!validate) return undefined;
  const message = validate(block.body);
  return message ? finding("component-invalid-value", wholeRange(block), { message }) : undefined;
}

/** The text types portedTextError knows. */
export const PORTED_TEXT_TYPES: ReadonlySet<string> = new Set(["internal/component/common/relabel.Action"]);

/**
 * UnmarshalText of text types the schema script cannot read, or undefined
 * when the text is accepted (or the type is not ported).
 */
export function portedTextError(goType: string, text: string): string | undefined {
  // relabel.Action.UnmarshalText: a lookup in the `actions` map.
  if (goType === "internal/component/common/relabel.Action") return RELABEL_ACTIONS.has(text) ? undefined : `unrecognized action type ${goQuote(text)}`;
  return undefined;
}
