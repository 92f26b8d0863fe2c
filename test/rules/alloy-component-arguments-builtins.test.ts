/**
 * Gap: builtin blocks' nested bodies. `alloy validate` type-checks config and
 * service blocks against their Go types (internal/validator/validate.go:
 * node.args, typecheck.Block in validateGraph) as deep as components: nested
 * blocks, values, enums, durations. Unknown and missing attributes directly
 * in a config block stay alloy-module-constraints' findings; everything
 * below is this rule's.
 */
import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-component-arguments.js";
import constraints from "../../rules/alloy-module-constraints.js";
import { brief, runRule } from "./rule-tester.js";

const lint = async (r: typeof rule, contents: string) =>
  (await runRule(r, { pipelines: [{ name: "p", contents, stabilityLevel: "experimental" }] })).map((x) => `${brief(x)} ${x.message}`);
const messages = (contents: string) => lint(rule, contents);

describe("alloy-component-arguments: builtin blocks", () => {
  it("logging: values of its enum types, with their UnmarshalText errors", async () => {
    expect(await messages('logging {\n  level  = "verbose"\n  format = "text"\n}\n')).toEqual([
      '2:12-2:21 conversion unrecognized log level "verbose"',
      '3:12-3:18 conversion unrecognized log format "text"',
    ]);
  });

  it("tracing: nested sampler blocks, their durations and unknown blocks", async () => {
    const contents = 'tracing {\n  sampling_fraction = "all"\n  sampler {\n    jaeger_remote {\n      refresh_interval = "1x"\n    }\n    probabilistic {}\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      "2:23-2:28 typeMismatch expected number, got string",
      '5:26-5:30 conversion time: unknown unit "x" in duration "1x"',
      '7:5-7:21 unknownBlock unrecognized block name "probabilistic"',
    ]);
  });

  it("decodes Go escapes before checking a value, as Alloy does", async () => {
    const contents = 'tracing {\n  sampler {\n    jaeger_remote {\n      refresh_interval = "\\x31x"\n    }\n  }\n}\ntracing {\n  sampler {\n    jaeger_remote {\n      refresh_interval = "\\x31s"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual(['4:26-4:33 conversion time: unknown unit "x" in duration "1x"']);
  });

  it("http: tls and auth blocks, nested required attributes", async () => {
    const contents = 'http {\n  tls {\n    cert_file   = 1\n    min_version = true\n  }\n  auth {\n    basic {\n      username = "u"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      "4:19-4:23 typeMismatch expected string, got bool",
      '7:5-9:6 missingAttribute missing required attribute "password"',
    ]);
  });

  it("import.git and import.http: nested auth and client blocks, durations", async () => {
    const contents =
      'import.git "g" {\n  repository = "https://example.com/r.git"\n  path       = "modules"\n  basic_auth {\n    username = "u"\n  }\n}\nimport.http "h" {\n  url            = "https://example.com/m.alloy"\n  poll_frequency = "1 m"\n  client {\n    tls_config {\n      insecure_skip_verify = "yes"\n    }\n  }\n}\n';
    expect(await messages(contents)).toEqual([
      '4:3-6:4 missingAttribute missing required attribute "password"',
      '10:20-10:25 conversion time: unknown unit " m" in duration "1 m"',
      "13:30-13:35 typeMismatch expected bool, got string",
    ]);
  });

  it("foreach (without its template), argument, export and livedebugging: value types", async () => {
    const contents =
      'foreach "f" {\n  collection     = "a"\n  var            = "v"\n  enable_metrics = "yes"\n  template {}\n}\ndeclare "d" {\n  argument "a" {\n    optional = "no"\n  }\n}\nlivedebugging {\n  enabled = 1\n}\n';
    expect(await messages(contents)).toEqual([
      "2:20-2:23 typeMismatch expected array, got string",
      "4:20-4:25 typeMismatch expected bool, got string",
      "9:16-9:20 typeMismatch expected bool, got string",
      "13:13-13:14 typeMismatch expected bool, got number",
    ]);
  });

  it("leaves a config block's own unknown and missing attributes to alloy-module-constraints, which reports them from the same schema", async () => {
    const contents = 'import.git "g" {\n  repository = "r"\n  bogus      = 1\n}\n';
    expect(await messages(contents)).toEqual([]);
    expect(await lint(constraints, contents)).toEqual([
      '1:1-4:2 missingAttribute missing required attribute "path"',
      '3:3-3:17 unrecognizedAttribute unrecognized attribute name "bogus"',
    ]);
  });

  it("accepts complete builtin blocks", async () => {
    const contents =
      'import.git "g" {\n  repository     = "https://example.com/r.git"\n  path           = "modules"\n  pull_frequency = "5m"\n  ssh_key {\n    username = "git"\n    key_file = "/k"\n  }\n}\nimport.http "h" {\n  url = "https://example.com/m.alloy"\n  client {\n    bearer_token = "t"\n  }\n}\n';
    expect(await messages(contents)).toEqual([]);
  });
});
