// The VS Code extension (editors/vscode): its manifest, and the .vsix that
// `vsce package` builds offline — unpacked, its server starts with Node and
// answers `initialize`, and finds the component catalog it ships.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENT_SELECTOR } from "../../editors/vscode/src/selector.mjs";
import { startClient, uriOf } from "../lsp/client.js";

const root = join(import.meta.dirname, "..", "..");
const extension = join(root, "editors", "vscode");
const manifest = JSON.parse(readFileSync(join(extension, "package.json"), "utf8")) as {
  name: string;
  publisher: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { type: string; default: unknown }> };
    yamlValidation: { fileMatch: string[]; url: string }[];
    jsonValidation: { fileMatch: string[]; url: string }[];
  };
};

let scratch: string;
let unpacked: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "fleetlint-vsix-"));
  const build = spawnSync(process.execPath, [join(extension, "scripts", "build.mjs")], { encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  const vsix = join(scratch, "fleetlint.vsix");
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  // No network: --no-dependencies, everything the extension runs is bundled.
  const pack = spawnSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", vsix], { cwd: extension, encoding: "utf8", env: { ...process.env, npm_config_offline: "true" } });
  expect(pack.status, pack.stderr + pack.stdout).toBe(0);
  unpacked = join(scratch, "unpacked");
  const unzip = spawnSync("unzip", ["-q", vsix, "-d", unpacked], { encoding: "utf8" });
  expect(unzip.status, unzip.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("VS Code extension manifest", () => {
  it("activates for Grafana's Alloy language id, `alloy` and YAML, and serves .alloy files by pattern too", () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(["onLanguage:grafana-alloy", "onLanguage:alloy", "onLanguage:yaml"]));
    expect(DOCUMENT_SELECTOR).toEqual(
      expect.arrayContaining([{ language: "grafana-alloy" }, { language: "alloy" }, { scheme: "file", pattern: "**/*.alloy" }, { language: "yaml", scheme: "file" }]),
    );
    // The extension host must run the bundle's Node (22.12 or later): VS Code 1.101 ships Node 22.15.
    expect(manifest.engines.vscode).toBe("^1.101.0");
    expect(manifest.main).toBe("./out/extension.js");
  });

  it("contributes the fixAll-on-save setting and the JSON schemas", () => {
    expect(manifest.contributes.configuration.properties["fleetlint.fixAll"]).toMatchObject({ type: "boolean", default: false });
    expect(manifest.contributes.yamlValidation).toEqual([
      { fileMatch: ["**/pipelines/**/*.yaml", "**/pipelines/**/*.yml"], url: "./schemas/pipeline.schema.json" },
      { fileMatch: ["fleetlint.config.yaml", ".fleetlintrc.yaml", ".fleetlintrc.yml"], url: "./schemas/config.schema.json" },
    ]);
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: [".fleetlintrc.json"], url: "./schemas/config.schema.json" }]);
  });
});

describe("the packaged .vsix", () => {
  it("holds the client, the bundled server, its data and the schemas the manifest names", () => {
    const files = ["extension/package.json", "extension/out/extension.js", "extension/server/fleetlint.js", "extension/server/data/alloy-component-schemas/index.json"];
    for (const file of files) expect(existsSync(join(unpacked, file)), file).toBe(true);
    for (const schema of [...manifest.contributes.yamlValidation, ...manifest.contributes.jsonValidation]) {
      expect(existsSync(join(unpacked, "extension", schema.url)), schema.url).toBe(true);
    }
    // The client is bundled: it needs nothing but VS Code's own `vscode` module.
    const client = readFileSync(join(unpacked, "extension", "out", "extension.js"), "utf8");
    expect(client).toContain('require("vscode")');
    expect(client).not.toMatch(/require\("vscode-languageclient/);
    expect(existsSync(join(unpacked, "extension", "node_modules"))).toBe(false);
  });

  it("starts the packed server, which answers initialize and hovers with the shipped catalog", async () => {
    const workspace = join(scratch, "workspace");
    spawnSync("mkdir", ["-p", join(workspace, "pipelines")]);
    writeFileSync(join(workspace, "fleetlint.config.yaml"), 'targets:\n  - root: pipelines\n    namespace: "vsix"\n');
    const text = 'prometheus.exporter.self "x" { }\n';
    writeFileSync(join(workspace, "pipelines", "x.alloy"), text);
    writeFileSync(join(workspace, "pipelines", "x.yaml"), "enabled: true\nmatchers:\n  - team=x\n");
    const client = await startClient(process.execPath, [join(unpacked, "extension", "server", "fleetlint.js"), "lsp", "--stdio"], workspace);
    try {
      expect(client.initialize.serverInfo?.name).toBe("fleetlint");
      expect(client.initialize.capabilities.hoverProvider).toBe(true);
      const uri = uriOf(join(workspace, "pipelines", "x.alloy"));
      const { diagnostics } = await client.open(uri, "grafana-alloy", text);
      expect(diagnostics).toEqual([]);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
      expect((hover?.contents as MarkupContent).value).toContain("[Reference](https://grafana.com/docs/alloy/latest/reference/components/prometheus/prometheus.exporter.self/)");
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
