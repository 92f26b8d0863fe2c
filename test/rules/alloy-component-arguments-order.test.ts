/**
 * Gap: the order of findings when several things are wrong in one body.
 * Alloy's typecheck (syntax/typecheck/typecheck.go: block) reports a body's
 * statements in order, nested blocks where they stand, then the missing
 * required fields in Go field order (attributes and blocks interleaved); the
 * runtime decoder (syntax/vm/struct_decoder.go: structDecoder.Decode) stops
 * at the first of them. The rule keeps that order inside a block and orders
 * blocks by position.
 */
import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-component-arguments.js";
import { brief, runRule, runRuleTests } from "./rule-tester.js";

const messages = async (contents: string) =>
  (await runRule(rule, { pipelines: [{ name: "p", contents, stabilityLevel: "experimental" }] })).map((r) => `${brief(r)} ${r.message}`);

describe("alloy-component-arguments: Alloy's order inside a block", () => {
  it("keeps the order Alloy reports in, and declares it", () => {
    expect(rule.meta.reportOrder).toBe("reported");
  });

  it("an unknown attribute (a typo of the missing one) comes before the missing attribute", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  endpoint {\n    ulr = "http://x"\n  }\n}\n')).toEqual([
      '3:5-3:21 unknownAttributeSuggest unrecognized attribute name "ulr"; did you mean "url"?',
      '2:3-4:4 missingAttribute missing required attribute "url"',
    ]);
  });

  it("a required block declared before a required attribute is reported first (Go field order)", async () => {
    // loki.source.syslog: `listener` (block) is declared before `forward_to` (attribute).
    expect(await messages('loki.source.syslog "s" {\n}\n')).toEqual([
      '1:1-2:2 missingBlock missing required block "listener"',
      '1:1-2:2 missingAttribute missing required attribute "forward_to"',
    ]);
    // loki.source.azure_event_hubs: fully_qualified_namespace, event_hubs, authentication {}, forward_to.
    expect(await messages('loki.source.azure_event_hubs "a" {\n}\n')).toEqual([
      '1:1-2:2 missingAttribute missing required attribute "fully_qualified_namespace"',
      '1:1-2:2 missingAttribute missing required attribute "event_hubs"',
      '1:1-2:2 missingBlock missing required block "authentication"',
      '1:1-2:2 missingAttribute missing required attribute "forward_to"',
    ]);
  });

  it("nested blocks' findings where the block stands, the outer block's missing fields last", async () => {
    const contents = 'loki.source.file "f" {\n  bogus = 1\n  decompression {\n    enabled = "yes"\n  }\n  encoding = true\n}\n';
    expect(await messages(contents)).toEqual([
      '2:3-2:12 unknownAttribute unrecognized attribute name "bogus"',
      "4:15-4:20 typeMismatch expected bool, got string",
      '3:3-5:4 missingAttribute missing required attribute "format"',
      "6:14-6:18 typeMismatch expected string, got bool",
      '1:1-7:2 missingAttribute missing required attribute "targets"',
      '1:1-7:2 missingAttribute missing required attribute "forward_to"',
    ]);
  });

  it("blocks in position order, each with its own findings in Alloy's order", async () => {
    const contents = 'remote.http "b" {\n  urll = "x"\n}\nremote.http "a" {\n  method = true\n}\n';
    expect(await messages(contents)).toEqual([
      '2:3-2:13 unknownAttributeSuggest unrecognized attribute name "urll"; did you mean "url"?',
      '1:1-3:2 missingAttribute missing required attribute "url"',
      "5:12-5:16 typeMismatch expected string, got bool",
      '4:1-6:2 missingAttribute missing required attribute "url"',
    ]);
  });

  it("a repeated unknown attribute is unknown both times (typecheck looks the name up first)", async () => {
    expect(await messages('remote.http "h" {\n  url = "x"\n  foo = 1\n  foo = 2\n}\n')).toEqual([
      '3:3-3:10 unknownAttribute unrecognized attribute name "foo"',
      '4:3-4:10 unknownAttribute unrecognized attribute name "foo"',
    ]);
  });
});

describe("alloy-component-arguments: nested block labels (vm.Evaluator.evaluateBlockLabel, runtime only)", () => {
  it("a label where the Go struct has none, and none where it has one, under the runtime-only message id", async () => {
    const contents = 'prometheus.exporter.snmp "s" {\n  target {\n    address = "a"\n  }\n  target "b" {\n    address = "b"\n  }\n}\nprometheus.remote_write "w" {\n  endpoint "x" {\n    url = "http://x"\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      '2:3-2:11 invalidValue block "target" requires non-empty label',
      '10:3-10:17 invalidValue block "endpoint" does not support specifying labels',
    ]);
  });

  it("the label comes before the body's own findings, which alloy validate still reports", async () => {
    expect(await messages('prometheus.remote_write "w" {\n  endpoint "x" {\n  }\n}\n')).toEqual([
      '2:3-2:17 invalidValue block "endpoint" does not support specifying labels',
      '2:3-3:4 missingAttribute missing required attribute "url"',
    ]);
  });
});

const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\n`;

runRuleTests("alloy-component-arguments", {
  valid: [],
  invalid: [
    {
      name: "the body's finding before the block's missing attribute, end to end",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": 'remote.http "h" {\n  method = true\n}\n',
      },
      errors: [
        { file: "p/a.alloy", messageId: "typeMismatch", data: { expected: "string", actual: "bool" }, line: 2, column: 12, endLine: 2, endColumn: 16 },
        { file: "p/a.alloy", messageId: "missingAttribute", data: { name: "url" }, line: 1, column: 1, endLine: 3, endColumn: 2 },
      ],
    },
  ],
});
