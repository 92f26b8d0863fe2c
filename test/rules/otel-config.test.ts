import { describe, expect, it } from "vitest";
import rule from "../../rules/otel-config.js";
import { brief, runRule } from "./rule-tester.js";

const lint = (contents: string) => runRule(rule, { pipelines: [{ name: "o", contents, configType: "otel" }] });

const VALID = `receivers:
  otlp:
    protocols:
      grpc:
  otlp/2:
processors:
  batch:
exporters:
  otlphttp:
    endpoint: \${env:OTLP_ENDPOINT}
connectors:
  count:
extensions:
  health_check:
service:
  extensions: [health_check]
  pipelines:
    traces:
      receivers: [otlp, otlp/2]
      processors: [batch]
      exporters: [otlphttp, count]
    metrics/counts:
      receivers: [count]
      exporters: [otlphttp]
`;

describe("otel-config", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "otel-config", category: "fast", scope: "file", defaultSeverity: "error" });
  });

  it("accepts a complete configuration with connectors and env substitutions", async () => {
    expect(await lint(VALID)).toEqual([]);
  });

  it("follows YAML aliases", async () => {
    const contents = "receivers:\n  otlp:\nexporters:\n  debug:\nservice:\n  pipelines:\n    logs:\n      receivers: &in [otlp]\n      exporters: [debug]\n    traces:\n      receivers: *in\n      exporters: [debug]\n";
    expect(await lint(contents)).toEqual([]);
  });

  it("ignores Alloy pipelines", async () => {
    expect(await runRule(rule, { pipelines: [{ name: "a", contents: "not: [yaml" }] })).toEqual([]);
  });

  const invalid: [string, string, string[], Record<string, string>?][] = [
    ["invalid YAML", "receivers: [otlp\n", ["2:1-2:1 invalidYaml"]],
    ["a scalar document", "just text\n", ["1:1-1:10 notMapping"]],
    ["no service section", "receivers:\n  otlp:\n", ["1:1-1:1 missingPipelines"]],
    ["a service without pipelines", "service:\n  extensions: []\n", ["1:1-1:8 missingPipelines"]],
    [
      "an undefined receiver",
      "receivers:\n  otlp:\nexporters:\n  debug:\nservice:\n  pipelines:\n    logs:\n      receivers: [otlp/2]\n      exporters: [debug]\n",
      ["8:19-8:25 undefinedComponent"],
      { kind: "receiver", name: "otlp/2", pipeline: "logs", sections: "receivers or connectors" },
    ],
    [
      "an undefined processor",
      "receivers:\n  otlp:\nexporters:\n  debug:\nservice:\n  pipelines:\n    logs:\n      receivers: [otlp]\n      processors:\n        - batch\n      exporters: [debug]\n",
      ["10:11-10:16 undefinedComponent"],
      { kind: "processor", name: "batch", sections: "processors" },
    ],
    [
      "an undefined exporter",
      "receivers:\n  otlp:\nservice:\n  pipelines:\n    logs:\n      receivers: [otlp]\n      exporters: [debug]\n",
      ["7:19-7:24 undefinedComponent"],
      { kind: "exporter", name: "debug", sections: "exporters or connectors" },
    ],
    [
      "an undefined extension",
      "receivers:\n  otlp:\nexporters:\n  debug:\nservice:\n  extensions: [pprof]\n  pipelines:\n    logs:\n      receivers: [otlp]\n      exporters: [debug]\n",
      ["6:16-6:21 undefinedComponent"],
      { kind: "extension", name: "pprof", pipeline: "service" },
    ],
    ["a pipeline that is not a mapping", "service:\n  pipelines:\n    logs: [otlp]\n", ["3:5-3:9 invalidPipeline"]],
    ["a list that is not a list", "receivers:\n  otlp:\nservice:\n  pipelines:\n    logs:\n      receivers: otlp\n", ["6:18-6:22 notAList"]],
  ];
  it.each(invalid)("reports %s", async (_, contents, expected, data) => {
    const reports = await lint(contents);
    expect(reports.map(brief)).toEqual(expected);
    if (data) expect(reports[0].data).toMatchObject(data);
  });
});
