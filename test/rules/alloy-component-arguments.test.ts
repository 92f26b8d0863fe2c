import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-component-arguments.js";
import type { StabilityLevel } from "../../src/config/types.js";
import { brief, runRule, runRuleTests } from "./rule-tester.js";

const lint = (contents: string, stabilityLevel?: StabilityLevel) => runRule(rule, { pipelines: [{ name: "p", contents, stabilityLevel }] });
const messages = async (contents: string, stabilityLevel?: StabilityLevel) => (await lint(contents, stabilityLevel)).map((r) => `${brief(r)} ${r.message}`);

describe("alloy-component-arguments", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-component-arguments", category: "fast", scope: "file", defaultSeverity: "error" });
  });

  const valid: [string, string][] = [
    ["a complete scrape", 'prometheus.scrape "s" {\n  targets         = [{"__address__" = "localhost:9090"}]\n  forward_to      = []\n  scrape_interval = "15s"\n}\n'],
    ["numbers where strings go, and numeric strings where numbers go (Alloy converts both)", 'loki.source.file "f" {\n  targets    = []\n  forward_to = []\n  encoding   = 5\n}\nprometheus.scrape "s" {\n  targets      = []\n  forward_to   = []\n  sample_limit = "100"\n}\n'],
    ["repeated blocks that may repeat, and nested blocks", 'prometheus.remote_write "w" {\n  endpoint {\n    url = "http://a"\n    basic_auth {\n      username = "u"\n    }\n  }\n  endpoint {\n    url = "http://b"\n  }\n}\n'],
    ["enum blocks in any order, nested in stage.match", 'loki.process "p" {\n  forward_to = []\n  stage.json {\n    expressions = {level = ""}\n  }\n  stage.match {\n    selector = "{app=\\"x\\"}"\n    stage.drop {\n      expression = ".*"\n    }\n  }\n  stage.json {\n    expressions = {}\n  }\n}\n'],
    ["references and calls, which need evaluation", 'loki.source.file "f" {\n  targets    = local.file_match.x.targets\n  forward_to = sys.env("X")\n  encoding   = argument.attributes.value\n}\nlocal.file_match "x" {\n  path_targets = []\n}\n'],
    ["an existing export field", 'prometheus.scrape "s" {\n  targets    = []\n  forward_to = [prometheus.remote_write.w.receiver]\n}\nprometheus.remote_write "w" {}\n'],
    ["null for any attribute", 'remote.http "h" {\n  url            = "http://x"\n  poll_frequency = null\n}\n'],
    ["custom components (alloy-references checks their arguments)", 'declare "d" {\n  argument "a" {}\n}\nd "x" {\n  a = 1\n}\n'],
    ["unknown components (alloy-unknown-component reports them)", 'prometheus.scrap "s" {\n  whatever = 1\n}\n'],
  ];
  it.each(valid)("accepts %s", async (_, contents) => {
    expect(await messages(contents)).toEqual([]);
  });

  it("reports an unknown attribute with Alloy's message and a suggestion", async () => {
    const reports = await lint('prometheus.scrape "s" {\n  targets        = []\n  forward_to     = []\n  scrape_intervl = "10s"\n}\n');
    expect(reports.map(brief)).toEqual(["4:3-4:25 unknownAttributeSuggest"]);
    expect(reports[0].message).toBe('unrecognized attribute name "scrape_intervl"; did you mean "scrape_interval"?');
  });

  it("reports missing required attributes on the whole block, in field order, after the body's own findings", async () => {
    // Alloy's order for one block (typecheck.block): statements first, then the missing fields; the runtime stops at the first.
    expect(await messages('loki.source.file "f" {\n  test = "x"\n}\n')).toEqual([
      '2:3-2:13 unknownAttribute unrecognized attribute name "test"',
      '1:1-3:2 missingAttribute missing required attribute "targets"',
      '1:1-3:2 missingAttribute missing required attribute "forward_to"',
    ]);
  });

  it("checks nested blocks: a remote_write endpoint without its url", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  endpoint {\n    name = "x"\n  }\n}\n')).toEqual(['2:3-4:4 missingAttribute missing required attribute "url"']);
  });

  it("reports a block used as an attribute and an attribute used as a block", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  endpoint = {}\n  external_labels {\n  }\n}\n')).toEqual([
      '2:3-2:16 blockAsAttribute "endpoint" must be a block, but is used as an attribute',
      '3:3-4:4 attributeAsBlock "external_labels" must be an attribute, but is used as a block',
    ]);
  });

  it("reports unknown blocks with a suggestion", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  endpont {\n    url = "x"\n  }\n}\n')).toEqual([
      '2:3-4:4 unknownBlockSuggest unrecognized block name "endpont"; did you mean "endpoint"?',
    ]);
  });

  it("reports attributes given twice and single blocks given twice", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  external_labels = {}\n  external_labels = {}\n  wal {}\n  wal {}\n}\n')).toEqual([
      '3:3-3:23 duplicateAttribute attribute "external_labels" may only be provided once',
      '4:3-4:9 duplicateBlock block "wal" may only be specified once',
      '5:3-5:9 duplicateBlock block "wal" may only be specified once',
    ]);
  });

  it("reports literal values of the wrong type, inside arrays and objects too", async () => {
    expect(await messages('loki.source.file "f" {\n  forward_to = "wrong"\n  targets    = [{"a" = "b"}, 10]\n  encoding   = true\n}\n')).toEqual([
      "2:16-2:23 typeMismatch expected array, got string",
      "3:30-3:32 conversion target::ConvertFrom: conversion from 'int64' is not supported",
      "4:16-4:20 typeMismatch expected string, got bool",
    ]);
    expect(await messages('prometheus.remote_write "w" {\n  external_labels = {a = true}\n}\nprometheus.scrape "s" {\n  targets      = []\n  forward_to   = []\n  sample_limit = "ten"\n  honor_labels = "yes"\n}\n')).toEqual([
      "2:26-2:30 typeMismatch expected string, got bool",
      "7:18-7:23 typeMismatch expected number, got string",
      "8:18-8:23 typeMismatch expected bool, got string",
    ]);
  });

  it("reports literals where a capsule goes, as typecheck does (only secrets and targets convert from other values)", async () => {
    // A quoted reference is a string, not the receiver it names.
    const contents =
      'prometheus.scrape "s" {\n  targets    = []\n  forward_to = ["prometheus.remote_write.w.receiver"]\n}\nloki.source.file "f" {\n  targets    = []\n  forward_to = [{}, []]\n}\n';
    expect(await messages(contents)).toEqual([
      "3:17-3:53 typeMismatch expected capsule, got string",
      "7:17-7:19 typeMismatch expected capsule, got object",
      "7:21-7:23 typeMismatch expected capsule, got array",
    ]);
  });

  it("checks object values against the struct they decode into", async () => {
    // prometheus.exporter.blackbox targets are objects with a required name and address.
    const contents = 'prometheus.exporter.blackbox "b" {\n  config = "{}"\n  target {\n    name    = "a"\n    address = "http://a"\n    modle   = "x"\n  }\n}\n';
    expect(await messages(contents)).toEqual(['6:5-6:18 unknownAttributeSuggest unrecognized attribute name "modle"; did you mean "module"?']);
  });

  it("reports a value the type's own UnmarshalText switch rejects, with its error", async () => {
    expect(await messages('local.file "f" {\n  filename = "/x"\n  detector = "inotify"\n}\n')).toEqual([
      '3:14-3:23 conversion unrecognized detector "inotify", expected fsnotify or poll',
    ]);
    // otelcol.auth.headers lowercases the action before comparing, and prints the lowercased value.
    const headers = 'otelcol.auth.headers "h" {\n  header {\n    key    = "a"\n    action = "UPSERT"\n  }\n  header {\n    key    = "b"\n    action = "Random"\n  }\n}\n';
    expect(await messages(headers, "experimental")).toEqual(["8:14-8:22 conversion unknown action random"]);
  });

  it("reports a duration Go cannot parse with Go's error, as alloy validate does (typecheck decodes the literal)", async () => {
    expect(await messages('prometheus.scrape "s" {\n  targets         = []\n  forward_to      = []\n  scrape_interval = "10"\n  scrape_timeout  = "5 s"\n}\n')).toEqual([
      '4:21-4:25 conversion time: missing unit in duration "10"',
      '5:21-5:26 conversion time: unknown unit " s" in duration "5 s"',
    ]);
    expect(await messages('loki.write "w" {\n  endpoint {\n    url          = "http://x"\n    batch_wait   = "10x"\n    min_backoff_period = ".s"\n  }\n}\n')).toEqual([
      '4:20-4:25 conversion time: unknown unit "x" in duration "10x"',
      '5:26-5:30 conversion time: invalid duration ".s"',
    ]);
  });

  it("reports a missing export field with a suggestion, under its own message id", async () => {
    const contents = 'prometheus.scrape "s" {\n  targets    = []\n  forward_to = [prometheus.remote_write.w.receivr]\n}\nprometheus.remote_write "w" {}\n';
    expect(await messages(contents)).toEqual(['3:43-3:50 missingExportFieldSuggest field "receivr" does not exist; did you mean "receiver"?']);
  });

  it("reports a reference to an export of the wrong kind, under its own message id", async () => {
    const contents = 'loki.source.file "f" {\n  targets    = local.file_match.m.targets\n  forward_to = loki.write.w.receiver\n}\nlocal.file_match "m" {\n  path_targets = []\n}\nloki.write "w" {}\n';
    expect(await messages(contents)).toEqual(["3:16-3:37 referenceType loki.write.w.receiver should be array, got capsule"]);
    const fine = 'loki.source.file "f" {\n  targets    = local.file_match.m.targets\n  forward_to = [loki.write.w.receiver]\n  encoding   = remote.http.h.content\n}\nlocal.file_match "m" {\n  path_targets = []\n}\nloki.write "w" {}\nremote.http "h" {\n  url = "http://x"\n}\n';
    expect(await messages(fine)).toEqual([]);
  });

  it("leaves components below the stability level to alloy-unknown-component, as Alloy does not type-check them", async () => {
    expect(await messages('otelcol.exporter.debug "d" {\n  nonsense = 1\n}\n')).toEqual([]);
    expect(await messages('otelcol.exporter.debug "d" {\n  nonsense = 1\n}\n', "experimental")).toEqual(['2:3-2:15 unknownAttribute unrecognized attribute name "nonsense"']);
  });

  it("checks components inside declare bodies and foreach templates", async () => {
    const contents = 'declare "d" {\n  remote.http "h" {}\n}\nforeach "f" {\n  collection = []\n  var        = "v"\n  template {\n    remote.http "h" {}\n  }\n}\n';
    expect(await messages(contents, "experimental")).toEqual([
      '2:3-2:21 missingAttribute missing required attribute "url"',
      '8:5-8:23 missingAttribute missing required attribute "url"',
    ]);
  });
});

// End to end through the config loader, project loader and engine (the shared RuleTester).
const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\n`;

runRuleTests("alloy-component-arguments", {
  valid: [
    {
      name: "a pipeline whose components are complete and well typed",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": 'prometheus.scrape "s" {\n  targets    = [{"__address__" = "localhost:9090"}]\n  forward_to = [prometheus.remote_write.w.receiver]\n}\nprometheus.remote_write "w" {\n  endpoint {\n    url = "https://example.com/api/v1/write"\n  }\n}\n',
      },
    },
  ],
  invalid: [
    {
      name: "a misspelled argument in sibling contents, with the suggestion",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": 'prometheus.scrape "s" {\n  targets        = []\n  forward_to     = []\n  scrape_intervl = "10s"\n}\n',
      },
      errors: [
        {
          file: "p/a.alloy",
          messageId: "unknownAttributeSuggest",
          data: { name: "scrape_intervl", suggestion: "scrape_interval" },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      name: "a remote_write endpoint without its url, in inline contents",
      files: { "p/a.yaml": `${def("a")}contents: |\n  prometheus.remote_write "w" {\n    endpoint {}\n  }\n` },
      errors: [{ file: "p/a.yaml", messageId: "missingAttribute", data: { name: "url" }, line: 6, column: 5, endLine: 6, endColumn: 16 }],
    },
  ],
});

runRuleTests("alloy-references", {
  valid: [
    {
      name: "an import.file module beside a standalone file, used with its arguments",
      files: {
        "local/main.alloy": 'import.file "mods" {\n  filename = "modules/scrape.alloy"\n}\nmods.scrape "a" {\n  targets = []\n}\n',
        "local/modules/scrape.alloy": 'declare "scrape" {\n  argument "targets" {}\n}\n',
      },
      paths: ["local/main.alloy"],
    },
  ],
  invalid: [
    {
      name: "an import.file module beside a standalone file, given an argument it does not declare",
      files: {
        "local/main.alloy": 'import.file "mods" {\n  filename = "modules/scrape.alloy"\n}\nmods.scrape "a" {\n  targts = []\n}\n',
        "local/modules/scrape.alloy": 'declare "scrape" {\n  argument "targets" {}\n}\n',
      },
      paths: ["local/main.alloy"],
      errors: [
        { file: "local/main.alloy", messageId: "missingArgument", data: { name: "targets" }, line: 4, column: 1, endLine: 6, endColumn: 2 },
        { file: "local/main.alloy", messageId: "unknownArgument", data: { name: "targts" }, line: 5, column: 3, endLine: 5, endColumn: 14 },
      ],
    },
  ],
});
