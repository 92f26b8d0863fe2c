/** The outline's kinds follow Alloy's own lists of config and service blocks (alloy-semantics/blocks.ts). */
import { describe, expect, it } from "vitest";
import { AlloyModel } from "../../src/lsp/alloy-model.js";
import { outline } from "../../src/lsp/alloy-navigation.js";

describe("outline kinds", () => {
  it("marks every config and service block as config, and anything labelled as a component", () => {
    const text = [
      "logging {}",
      "cluster {}",
      "labelstore {}",
      "ui {}",
      'import.file "m" {\n  filename = "m.alloy"\n}',
      'foreach "f" {\n  collection = []\n  var = "x"\n  template {}\n}',
      'http "x" {}',
      'prometheus.exporter.self "s" {}',
      'declare "d" {\n  argument "a" {}\n  logging {}\n}',
      "",
    ].join("\n");
    const kinds = outline(new AlloyModel(text)).map((s) => `${s.name}: ${s.kind}${s.children.length ? ` [${s.children.map((c) => c.kind).join(", ")}]` : ""}`);
    expect(kinds).toEqual([
      "logging: config",
      "cluster: config",
      "labelstore: config",
      "ui: config",
      'import.file "m": config [attribute]',
      'foreach "f": config [attribute, attribute, block]',
      'http "x": component',
      'prometheus.exporter.self "s": component',
      'declare "d": declare [argument, config]',
    ]);
  });
});

describe("which YAML files get the definition features", () => {
  it("pipeline definitions, not fleetlint's config, CI workflows or compose files", async () => {
    const { isDefinitionPath } = await import("../../src/lsp/pipeline-features.js");
    expect(["/r/pipelines/logs.yaml", "/r/teams/a/metrics.yml"].map(isDefinitionPath)).toEqual([true, true]);
    expect(["/r/fleetlint.config.yaml", "/r/.github/workflows/ci.yaml", "/r/docker-compose.yml"].map(isDefinitionPath)).toEqual([false, false, false]);
  });
});
