/**
 * Gap: the Validate methods and UnmarshalText functions Alloy runs on the
 * structs it decodes, ported for literal values (src/alloy-semantics/
 * validate-methods.ts). UnmarshalText errors are `alloy validate`'s too
 * (conversion); Validate errors only come when the collector loads the
 * pipeline (invalidValue), at the block whose Validate fails, with the Go
 * error text. Expressions are never guessed at.
 */
import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-component-arguments.js";
import { formatGoDuration, parseGoDuration } from "../../src/core/go-duration.js";
import { brief, runRule, runRuleTests } from "./rule-tester.js";

const messages = async (contents: string) =>
  (await runRule(rule, { pipelines: [{ name: "p", contents, stabilityLevel: "experimental" }] })).map((r) => `${brief(r)} ${r.message}`);

const relabel = (rule: string) => `discovery.relabel "r" {\n  targets = []\n  rule {\n${rule}\n  }\n}\n`;

describe("relabel rules (relabel.Action.UnmarshalText, relabel.Config.Validate)", () => {
  it("an unknown action is the UnmarshalText error, as alloy validate reports it", async () => {
    expect(await messages(relabel('    action = "keep_if"'))).toEqual(['4:14-4:23 conversion unrecognized action type "keep_if"']);
  });

  const cases: [string, string, string][] = [
    ["hashmod without a modulus", '    action       = "hashmod"\n    target_label = "shard"', "relabel configuration for hashmod requires non-zero modulus"],
    ["replace (the default action) without target_label", '    source_labels = ["a"]', "relabel configuration for replace action requires 'target_label' value"],
    ["lowercase without target_label", '    action = "lowercase"', "relabel configuration for lowercase action requires 'target_label' value"],
    ["a replace target with a malformed reference", '    target_label = "x-$1"', "\"x-$1\" is invalid 'target_label' for replace action"],
    // A near miss that takes a backtracking engine exponential time with Go's pattern as written.
    [
      "a long replace target with a hyphen after a reference",
      '    target_label = "__meta_kubernetes_pod_label_app_kubernetes_io_name_$1-x"',
      "\"__meta_kubernetes_pod_label_app_kubernetes_io_name_$1-x\" is invalid 'target_label' for replace action",
    ],
    ["keepequal with a replacement", '    action        = "keepequal"\n    source_labels = ["a"]\n    target_label  = "b"\n    replacement   = "x"', "'replacement' can not be set for keepequal action"],
    ["labelmap with a replacement that is not a label name pattern", '    action      = "labelmap"\n    regex       = "__meta_(.+)"\n    replacement = "x-$1"', "\"x-$1\" is invalid 'replacement' for labelmap action"],
    ["labeldrop with source_labels", '    action        = "labeldrop"\n    regex         = "tmp_.*"\n    source_labels = []', "labeldrop action requires only 'regex', and no other fields"],
    ["labelkeep with a separator", '    action    = "labelkeep"\n    regex     = "a|b"\n    separator = ","', "labelkeep action requires only 'regex', and no other fields"],
    ["dropequal with a regex", '    action        = "dropequal"\n    source_labels = ["a"]\n    target_label  = "b"\n    regex         = "x"', "dropequal action requires only 'source_labels' and 'target_label', and no other fields"],
  ];
  it.each(cases)("%s", async (_, body, message) => {
    const lines = body.split("\n").length;
    expect(await messages(relabel(body))).toEqual([`3:3-${4 + lines}:4 invalidValue ${message}`]);
  });

  it("accepts the rules real configs write, and leaves expressions alone", async () => {
    const ok = [
      '    source_labels = ["__meta_kubernetes_pod_name"]\n    target_label  = "pod"',
      '    action = "labelmap"\n    regex  = "__meta_kubernetes_pod_label_(.+)"',
      '    action = "labeldrop"\n    regex  = "tmp_.*"',
      '    action        = "keepequal"\n    source_labels = ["a"]\n    target_label  = "b"',
      '    action        = "hashmod"\n    source_labels = ["__address__"]\n    modulus       = 4\n    target_label  = "__tmp_hash"',
      '    source_labels = ["a"]\n    target_label  = "${1}_x"',
      '    action       = "replace"\n    target_label = argument.label.value',
      '    action  = "hashmod"\n    target_label = "t"\n    modulus = argument.shards.value',
      '    action = sys.env("ACTION")',
    ];
    for (const body of ok) expect(await messages(relabel(body))).toEqual([]);
  });

  it("does not judge a target label only the validation scheme decides (model.LabelName.IsValid)", async () => {
    expect(await messages(relabel('    target_label = "app.kubernetes.io/name"'))).toEqual([]);
  });

  it("runs Validate only on a rule that decoded without error, as the runtime does", async () => {
    expect(await messages(relabel('    action = "hashmod"\n    target_label = "t"\n    modulos = 4'))).toEqual([
      '6:5-6:16 unknownAttributeSuggest unrecognized attribute name "modulos"; did you mean "modulus"?',
    ]);
  });

  it("checks rule blocks of prometheus.relabel, loki.relabel and remote_write's write_relabel_config", async () => {
    const contents =
      'prometheus.relabel "p" {\n  forward_to = []\n  rule {\n    action = "hashmod"\n    target_label = "t"\n  }\n}\nprometheus.remote_write "w" {\n  endpoint {\n    url = "http://x"\n    write_relabel_config {\n      action = "uppercase"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      "3:3-6:4 invalidValue relabel configuration for hashmod requires non-zero modulus",
      "11:5-13:6 invalidValue relabel configuration for uppercase action requires 'target_label' value",
    ]);
  });
});

describe("HTTP client settings (config.HTTPClientConfig, BasicAuth, Authorization, ProxyConfig)", () => {
  it("more than one authentication method", async () => {
    const contents = 'prometheus.remote_write "w" {\n  endpoint {\n    url          = "http://x"\n    bearer_token = "t"\n    basic_auth {\n      username = "u"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual(["2:3-8:4 invalidValue at most one of basic_auth, authorization, oauth2, bearer_token & bearer_token_file must be configured"]);
  });

  it("a token from an expression may be empty: not counted", async () => {
    const contents = 'loki.write "w" {\n  endpoint {\n    url          = "http://x"\n    bearer_token = sys.env("TOKEN")\n    basic_auth {\n      username = "u"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual([]);
  });

  it("password and password_file, credentials and credentials_file, the basic authorization type", async () => {
    const contents =
      'prometheus.scrape "s" {\n  targets    = []\n  forward_to = []\n  basic_auth {\n    username      = "u"\n    password      = "p"\n    password_file = "/f"\n  }\n}\nprometheus.scrape "t" {\n  targets    = []\n  forward_to = []\n  authorization {\n    type        = " Basic"\n    credentials = "c"\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      "4:3-8:4 invalidValue at most one of basic_auth password & password_file must be configured",
      '13:3-16:4 invalidValue authorization type cannot be set to "basic", use "basic_auth" block instead',
    ]);
  });

  it("proxy settings", async () => {
    const contents = 'loki.write "w" {\n  endpoint {\n    url      = "http://x"\n    no_proxy = "localhost"\n  }\n}\n';
    expect(await messages(contents)).toEqual(["2:3-5:4 invalidValue if no_proxy is configured, proxy_url must also be configured"]);
    const env = 'loki.write "w" {\n  endpoint {\n    url                    = "http://x"\n    proxy_from_environment = true\n    proxy_url              = "http://proxy"\n  }\n}\n';
    expect(await messages(env)).toEqual(["2:3-6:4 invalidValue if proxy_from_environment is configured, proxy_url must not be configured"]);
  });
});

describe("prometheus.scrape (scrape.Arguments.Validate)", () => {
  const scrape = (extra: string) => `prometheus.scrape "s" {\n  targets    = []\n  forward_to = []\n${extra}\n}\n`;

  it("a timeout longer than the interval, defaults included, with Go's duration format", async () => {
    expect(await messages(scrape('  scrape_interval = "5s"'))).toEqual([
      '1:1-5:2 invalidValue scrape_timeout (10s) greater than scrape_interval (5s) for scrape config with job name ""',
    ]);
    expect(await messages(scrape('  job_name        = "j"\n  scrape_interval = "1m30s"\n  scrape_timeout  = "2m"'))).toEqual([
      '1:1-7:2 invalidValue scrape_timeout (2m0s) greater than scrape_interval (1m30s) for scrape config with job name "j"',
    ]);
    expect(await messages(scrape('  scrape_interval = "5s"\n  scrape_timeout  = "4s"'))).toEqual([]);
    expect(await messages(scrape("  scrape_interval = argument.interval.value"))).toEqual([]);
  });

  it("metric name validation and escaping schemes, duplicate protocols", async () => {
    expect(await messages(scrape('  metric_name_validation_scheme = "utf-8"'))).toEqual([
      '1:1-5:2 invalidValue invalid metric_name_validation_scheme "utf-8": must be either "utf8" or "legacy"',
    ]);
    expect(await messages(scrape('  metric_name_escaping_scheme = "dashes"'))).toEqual([
      '1:1-5:2 invalidValue invalid metric_name_escaping_scheme: "dashes", supported values: [allow-utf-8 underscores dots values]',
    ]);
    expect(await messages(scrape('  metric_name_escaping_scheme = "allow-utf-8"'))).toEqual([
      "1:1-5:2 invalidValue metric_name_escaping_scheme cannot be set to 'allow-utf-8' while metric_name_validation_scheme is not set to 'utf8'",
    ]);
    expect(await messages(scrape('  scrape_protocols = ["PrometheusProto", "PrometheusProto"]'))).toEqual([
      '1:1-5:2 invalidValue duplicate scrape protocol "PrometheusProto": make sure the scrape protocols provided are unique',
    ]);
    expect(await messages(scrape('  metric_name_validation_scheme = "utf8"\n  metric_name_escaping_scheme   = "allow-utf-8"'))).toEqual([]);
  });
});

describe("loki.process stages and discovery.kubernetes", () => {
  const process = (stage: string) => `loki.process "p" {\n  forward_to = []\n${stage}\n}\n`;

  it("sampling rate, multiline wait, cri partial lines, template source", async () => {
    expect(await messages(process("  stage.sampling {\n    rate = 1.5\n  }"))).toEqual([
      "3:3-5:4 invalidValue sampling stage failed to parse rate,Sampling Rate must be between 0.0 and 1.0, received 1.500000",
    ]);
    expect(await messages(process('  stage.multiline {\n    firstline     = "^x"\n    max_wait_time = "0s"\n  }'))).toEqual([
      "3:3-6:4 invalidValue max_wait_time must be greater than 0",
    ]);
    expect(await messages(process("  stage.cri {\n    max_partial_lines = -1\n  }"))).toEqual(["3:3-5:4 invalidValue max_partial_lines must be greater than 0"]);
    expect(await messages(process('  stage.template {\n    source   = ""\n    template = "x"\n  }'))).toEqual(["3:3-6:4 invalidValue template source value is required"]);
    expect(await messages(process('  stage.sampling {\n    rate = 0.25\n  }\n  stage.multiline {\n    firstline = "^x"\n  }\n  stage.cri {}'))).toEqual([]);
  });

  it("discovery.kubernetes validates its squashed HTTP client", async () => {
    const contents = 'discovery.kubernetes "k" {\n  role              = "pod"\n  bearer_token_file = "/t"\n  authorization {\n    credentials_file = "/c"\n  }\n}\n';
    expect(await messages(contents)).toEqual(["1:1-7:2 invalidValue at most one of basic_auth, authorization, oauth2, bearer_token & bearer_token_file must be configured"]);
  });
});

describe("prometheus.relabel cache settings, loki.source.kubernetes_events, loki.source.file's file_match", () => {
  const relabelArgs = (extra: string) => `prometheus.relabel "r" {\n  forward_to = []\n${extra}\n}\n`;

  it("reports each Validate error with its text", async () => {
    expect(await messages(relabelArgs("  max_cache_size = 0"))).toEqual(["1:1-4:2 invalidValue one of max_cache_size or cache_ttl must be set"]);
    expect(await messages(relabelArgs("  max_cache_size = -5"))).toEqual(["1:1-4:2 invalidValue max_cache_size must be >= 0; got -5"]);
    expect(await messages(relabelArgs('  cache_ttl = "10m"'))).toEqual([
      "1:1-4:2 invalidValue max_cache_size and cache_ttl are mutually exclusive: set max_cache_size = 0 to use cache_ttl, or unset cache_ttl to keep the bounded LRU cache",
    ]);
    expect(await messages(relabelArgs('  max_cache_size = 0\n  cache_ttl      = "30s"'))).toEqual(["1:1-5:2 invalidValue cache_ttl must be at least 1m0s when set; got 30s"]);
    expect(await messages(relabelArgs('  max_cache_size = 0\n  cache_ttl      = "5m"'))).toEqual([]);
    expect(await messages('loki.source.kubernetes_events "e" {\n  forward_to = []\n  log_format = "text"\n}\n')).toEqual([
      "1:1-4:2 invalidValue supported values of log_format are logfmt and json",
    ]);
    expect(await messages('loki.source.kubernetes_events "e" {\n  forward_to = []\n  job_name   = ""\n}\n')).toEqual(["1:1-4:2 invalidValue job_name must not be an empty string"]);
    expect(await messages('loki.source.file "f" {\n  targets    = []\n  forward_to = []\n  file_match {\n    enabled     = true\n    sync_period = "0s"\n  }\n}\n')).toEqual([
      "4:3-7:4 invalidValue sync period must be greater than 0",
    ]);
  });
});

describe("otelcol components (batch, prometheus exporter, memory_limiter, retry)", () => {
  const output = "  output {}";
  it("reports each Validate error with its text", async () => {
    expect(await messages(`otelcol.processor.batch "b" {\n  send_batch_size     = 5000\n${output}\n}\n`)).toEqual([
      "1:1-4:2 invalidValue send_batch_max_size must be greater or equal to send_batch_size when not 0",
    ]);
    expect(await messages('otelcol.exporter.prometheus "p" {\n  gc_frequency = "0s"\n  forward_to   = []\n}\n')).toEqual(["1:1-4:2 invalidValue gc_frequency must be greater than 0"]);
    expect(await messages(`otelcol.processor.memory_limiter "m" {\n  check_interval = "1s"\n${output}\n}\n`)).toEqual([
      "1:1-4:2 invalidValue either limit or limit_percentage must be set to greater than zero",
    ]);
    expect(await messages(`otelcol.processor.memory_limiter "m" {\n  check_interval = "1s"\n  limit          = "100MiB"\n  spike_limit    = "200MiB"\n${output}\n}\n`)).toEqual([
      "1:1-6:2 invalidValue spike_limit must be less than limit",
    ]);
    expect(await messages(`otelcol.processor.memory_limiter "m" {\n  check_interval   = "0s"\n  limit_percentage = 80\n${output}\n}\n`)).toEqual([
      "1:1-5:2 invalidValue check_interval must be greater than zero",
    ]);
    const retry = 'otelcol.exporter.otlp "o" {\n  client {\n    endpoint = "x:4317"\n  }\n  retry_on_failure {\n    multiplier = 1\n  }\n}\n';
    expect(await messages(retry)).toEqual(["5:3-7:4 invalidValue multiplier must be greater than 1.0"]);
  });

  it("accepts valid settings and leaves expressions alone", async () => {
    expect(await messages(`otelcol.processor.batch "b" {\n  send_batch_size     = 5000\n  send_batch_max_size = 0\n${output}\n}\n`)).toEqual([]);
    expect(await messages(`otelcol.processor.memory_limiter "m" {\n  check_interval         = "1s"\n  limit_percentage       = 80\n  spike_limit_percentage = 20\n${output}\n}\n`)).toEqual([]);
    expect(await messages(`otelcol.processor.memory_limiter "m" {\n  check_interval = "1s"\n  limit          = sys.env("LIMIT")\n${output}\n}\n`)).toEqual([]);
  });
});

describe("byte sizes (units.Base2Bytes UnmarshalText), as alloy validate reports them", () => {
  it("reports unknown units and malformed sizes with the units package's errors", async () => {
    const contents = 'loki.write "w" {\n  endpoint {\n    url        = "http://x"\n    batch_size = "1mb"\n  }\n}\nloki.write "v" {\n  endpoint {\n    url        = "http://x"\n    batch_size = "MiB"\n  }\n}\n';
    expect(await messages(contents)).toEqual(['4:18-4:23 conversion units: unknown unit mb in 1mb', '10:18-10:23 conversion units: invalid MiB']);
  });

  it("accepts both spellings of base-2 units, sums of sizes, and numbers (not checked)", async () => {
    const contents = 'loki.write "w" {\n  endpoint {\n    url        = "http://x"\n    batch_size = "1.5MiB"\n  }\n}\nloki.write "v" {\n  endpoint {\n    url        = "http://x"\n    batch_size = "4MiB786KiB832B"\n  }\n}\nloki.write "u" {\n  endpoint {\n    url        = "http://x"\n    batch_size = 8192\n  }\n}\n';
    expect(await messages(contents)).toEqual([]);
  });
});

describe("Go durations (time.ParseDuration, Duration.String)", () => {
  it("parses and prints like Go", () => {
    const ns = (t: string) => {
      const r = parseGoDuration(t);
      return "ns" in r ? r.ns : r.error;
    };
    expect(ns("1h30m")).toBe(5_400_000_000_000n);
    expect(ns("1.5s")).toBe(1_500_000_000n);
    expect(ns("-2ms")).toBe(-2_000_000n);
    expect(ns("10x")).toBe('time: unknown unit "x" in duration "10x"');
    expect(ns("")).toBe('time: invalid duration ""');
    expect(ns("5")).toBe('time: missing unit in duration "5"');
    expect(ns("3000000h")).toBe('time: invalid duration "3000000h"');
    expect([0n, 1n, 1_500n, 2_000_000n, 1_500_000_000n, 60_000_000_000n, 5_400_000_000_000n, -90_000_000_000n].map(formatGoDuration)).toEqual([
      "0s",
      "1ns",
      "1.5µs",
      "2ms",
      "1.5s",
      "1m0s",
      "1h30m0s",
      "-1m30s",
    ]);
  });
});

const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\n`;

runRuleTests("alloy-component-arguments", {
  valid: [],
  invalid: [
    {
      name: "a relabel rule's Validate error, end to end",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": 'discovery.relabel "r" {\n  targets = []\n  rule {\n    action = "lowercase"\n  }\n}\n',
      },
      errors: [
        {
          file: "p/a.alloy",
          messageId: "invalidValue",
          data: { message: "relabel configuration for lowercase action requires 'target_label' value" },
          line: 3,
          column: 3,
          endLine: 5,
          endColumn: 4,
        },
      ],
    },
  ],
});
