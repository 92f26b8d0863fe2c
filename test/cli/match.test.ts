import { describe, expect, it } from "vitest";
import { parseCollectorFlag, parseCollectorsFile, CollectorSpecError } from "../../src/match/collectors.js";
import { matchCollectors, type CollectorMatch, type MatchablePipeline } from "../../src/match/index.js";
import { renderJson, renderText } from "../../src/match/render.js";
import { collectorFromAttributes } from "../../src/match/fleet.js";

function pipeline(name: string, enabled: boolean | undefined, ...matchers: string[]): MatchablePipeline {
  return { name, enabled, matchers };
}

const PIPELINES = [
  pipeline("linux-logs", true, "collector.os=linux"),
  pipeline("all", true, 'collector.os=~".+"'),
  pipeline("prod-metrics", true, "env=prod", "collector.os!=windows"),
  pipeline("no-team", true, 'team=""'),
  pipeline("draft", undefined, "collector.os=linux"),
  pipeline("off", false, "env=prod"),
  pipeline("nobody", true),
  pipeline("broken", true, "env~prod"),
  pipeline("versions", true, 'collector.version=~"v1\\\\.2\\\\..*"'),
];

describe("matchCollectors", () => {
  it("lists, per collector, the enabled pipelines whose every matcher holds, and the disabled ones apart", () => {
    const report = matchCollectors(
      [
        collectorFromAttributes({ "collector.os": "linux", env: "prod", "collector.version": "v1.2.3" }),
        collectorFromAttributes({ "collector.os": "windows", env: "prod", team: "a" }),
        collectorFromAttributes({}),
      ],
      PIPELINES,
    );
    expect(report.collectors).toEqual([
      {
        collector: { "collector.os": "linux", env: "prod", "collector.version": "v1.2.3" },
        pipelines: ["all", "linux-logs", "no-team", "prod-metrics", "versions"],
        disabled: ["draft", "off"],
      },
      { collector: { "collector.os": "windows", env: "prod", team: "a" }, pipelines: ["all"], disabled: ["off"] },
      { collector: {}, pipelines: ["no-team"], disabled: [] },
    ]);
  });

  it("sends a pipeline without matchers nowhere and names pipelines with invalid matchers", () => {
    const report = matchCollectors([collectorFromAttributes({ env: "prod" })], PIPELINES);
    expect(report.collectors[0].pipelines).not.toContain("nobody");
    expect(report.collectors[0].pipelines).not.toContain("broken");
    expect(report.invalid).toEqual([{ pipeline: "broken", matcher: "env~prod", message: expect.stringContaining('found the reserved character "~"') }]);
  });
});

describe("collector attributes from flags and files", () => {
  it.each([
    ["collector.os=linux", { "collector.os": "linux" }],
    ["collector.os=linux,env=prod", { "collector.os": "linux", env: "prod" }],
    [" a = 1 , b= ", { a: "1", b: "" }],
    ["expr=a=b", { expr: "a=b" }],
  ])("parses --collector %j", (spec, expected) => {
    expect(parseCollectorFlag(spec)).toEqual(expected);
  });

  it.each(["", "linux", "=linux", "a=1,,b=2", "a=1,a=2"])("rejects --collector %j with the expected form", (spec) => {
    expect(() => parseCollectorFlag(spec)).toThrow(CollectorSpecError);
    expect(() => parseCollectorFlag(spec)).toThrow(/Invalid --collector/);
  });

  it.each([
    ["collector.os", "'collector.os' has no value"],
    ["env=prod,collector.os", "'collector.os' has no value"],
    ["=linux", "'=linux' has no key"],
  ])("says what is missing in --collector %j", (spec, message) => {
    expect(() => parseCollectorFlag(spec)).toThrow(message);
  });

  it("reads a YAML or JSON list, keeping every value a string", () => {
    expect(parseCollectorsFile("- collector.os: linux\n  version: 1.10\n- {}\n", "c.yaml").map((c) => c.attributes)).toEqual([{ "collector.os": "linux", version: "1.10" }, {}]);
    expect(parseCollectorsFile('[{"env": "prod"}]', "c.json")).toEqual([{ attributes: { env: "prod" }, enabled: true }]);
  });

  it.each([
    ["env: prod\n", /expected a list of attribute maps/],
    ["- prod\n", /item 1 is not a map/],
    ["- env: [a, b]\n", /attribute 'env' of item 1 is not a single value/],
    ["- [unclosed\n", /Invalid collectors file c.yaml/],
  ])("rejects the collectors file %j", (text, message) => {
    expect(() => parseCollectorsFile(text, "c.yaml")).toThrow(message);
  });
});

describe("match output", () => {
  const results: CollectorMatch[] = [
    { collector: { "collector.os": "linux" }, pipelines: ["a", "b"], disabled: ["c"] },
    { collector: {}, pipelines: [], disabled: [] },
  ];

  it("prints JSON in the SPEC shape, with disabled pipelines apart", () => {
    expect(JSON.parse(renderJson(results))).toEqual(results);
  });

  it("prints one block per collector, disabled pipelines marked", () => {
    expect(renderText(results)).toBe(
      [
        'collector collector.os="linux"',
        "  receives 2 pipelines:",
        "    a",
        "    b",
        "  would also receive 1 disabled pipeline:",
        "    c (disabled)",
        "",
        "collector (no attributes)",
        "  receives no pipeline",
        "",
      ].join("\n"),
    );
  });
});

describe("collector records in a collectors file", () => {
  it("reads ListCollectors fields: remote attributes override local ones except collector.*, plus collector.ID", () => {
    const text = [
      "- id: c1",
      "  name: web-1",
      "  collector_type: COLLECTOR_TYPE_OTEL",
      "  local_attributes: {collector.os: linux, env: staging}",
      "  remote_attributes: {env: prod, collector.os: windows}",
      "- id: c2",
      "  enabled: false",
      "  localAttributes: {env: prod}",
      "",
    ].join("\n");
    expect(parseCollectorsFile(text, "fleet.yaml")).toEqual([
      { id: "c1", name: "web-1", enabled: true, type: "otel", attributes: { "collector.os": "linux", env: "prod", "collector.ID": "c1" } },
      { id: "c2", enabled: false, type: "alloy", attributes: { env: "prod", "collector.ID": "c2" } },
    ]);
  });

  it("reads a saved ListCollectors response, where a collector may have no attributes at all", () => {
    expect(parseCollectorsFile('{"collectors": [{"id": "x", "name": "bare"}]}', "fleet.json")).toEqual([
      { id: "x", name: "bare", enabled: true, type: "alloy", attributes: { "collector.ID": "x" } },
    ]);
  });

  it.each([
    ["- id: a\n  local_attributes: [x]\n", /fleet.yaml:2:21: 'local_attributes' of item 1 must be a map/],
    ["- id: a\n  collector_type: ALLOY\n  local_attributes: {}\n", /fleet.yaml:2:19: 'collector_type' of item 1 must be one of/],
    ["- id: a\n  enabled: yes\n  local_attributes: {}\n", /fleet.yaml:2:12: 'enabled' of item 1 must be true or false/],
    ["- id: a\n  local_attributes:\n    env: [prod]\n", /fleet.yaml:3:10: attribute 'env' in 'local_attributes' of item 1 is not a single value/],
  ])("points at the bad value in %j", (text, message) => {
    expect(() => parseCollectorsFile(text, "fleet.yaml")).toThrow(message);
  });
});

describe("matching collector records", () => {
  it("gives a disabled collector nothing and a pipeline only to collectors of its config type", () => {
    const pipelines: MatchablePipeline[] = [
      { name: "alloy", enabled: true, matchers: ["env=prod"] },
      { name: "otel", enabled: true, matchers: ["env=prod"], configType: "otel" },
    ];
    const collectors = parseCollectorsFile(
      "- {id: a, local_attributes: {env: prod}}\n- {id: o, collector_type: COLLECTOR_TYPE_OTEL, local_attributes: {env: prod}}\n- {id: d, enabled: false, local_attributes: {env: prod}}\n",
      "f.yaml",
    );
    const report = matchCollectors(collectors, pipelines);
    expect(report.collectors.map((c) => [c.id, c.pipelines, c.enabled])).toEqual([
      ["a", ["alloy"], undefined],
      ["o", ["otel"], undefined],
      ["d", [], false],
    ]);
    expect(renderText(report.collectors)).toContain("collector d: ");
    expect(renderText(report.collectors)).toContain("  receives nothing: the collector is disabled");
    // A bare attribute map may run either kind.
    expect(matchCollectors([collectorFromAttributes({ env: "prod" })], pipelines).collectors[0].pipelines).toEqual(["alloy", "otel"]);
  });
});
