import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-module-constraints.js";
import { brief, runRule } from "./rule-tester.js";

const lint = (contents: string) => runRule(rule, { pipelines: [{ name: "p", contents }] });

describe("alloy-module-constraints", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-module-constraints", category: "fast", scope: "file", defaultSeverity: "error" });
  });

  const valid: [string, string][] = [
    ["components only", 'prometheus.exporter.self "s" {}\n'],
    ["an export block (read by other pipelines)", 'export "targets" {\n  value = prometheus.exporter.self.s.targets\n}\nprometheus.exporter.self "s" {}\n'],
    ["an argument block with its attributes", 'argument "x" {\n  optional = true\n  default  = 1\n  comment  = "c"\n}\n'],
    ["imports with their required attributes", 'import.git "m" {\n  repository = "https://example.com/m.git"\n  path       = "m.alloy"\n}\nimport.string "s" {\n  content = ""\n}\n'],
    ["a complete foreach", 'foreach "f" {\n  collection = [1]\n  var        = "v"\n  template {}\n}\n'],
    ["service-like names as nested blocks of a component", 'prometheus.remote_write "w" {\n  endpoint {\n    url = "http://x"\n  }\n}\n'],
  ];
  it.each(valid)("accepts %s", async (_, contents) => {
    expect(await lint(contents)).toEqual([]);
  });

  const invalid: [string, string, string[], string][] = [
    ["a logging block", "logging {\n  level = \"info\"\n}\n", ["1:1-1:8 notAllowed"], "logging not allowed in module"],
    ["a tracing block", "tracing {}\n", ["1:1-1:8 notAllowed"], "tracing not allowed in module"],
    ["the http service", "http {}\n", ["1:1-1:5 notAllowed"], "http not allowed in module"],
    ["a service that takes no configuration", "cluster {}\n", ["1:1-1:8 notAllowed"], "cluster not allowed in module"],
    ["remotecfg", 'remotecfg {\n  url = "https://x"\n}\n', ["1:1-1:10 notAllowed"], "remotecfg not allowed in module"],
    ["logging inside a foreach template", 'foreach "f" {\n  collection = []\n  var        = "v"\n  template {\n    logging {}\n  }\n}\n', ["5:5-5:12 notAllowed"], "logging not allowed in module"],
    ["a top-level attribute", "level = \"debug\"\n", ["1:1-1:16 topLevelAttribute"], "unrecognized attribute level"],
    ["an unknown argument attribute", 'argument "x" {\n  required = true\n}\n', ["2:3-2:18 unrecognizedAttribute"], 'unrecognized attribute name "required"'],
    ["an export without value", 'export "x" {}\n', ["1:1-1:14 missingAttribute"], 'missing required attribute "value"'],
    ["an import.file without filename", 'import.file "m" {}\n', ["1:1-1:19 missingAttribute"], 'missing required attribute "filename"'],
    ["a foreach without template", 'foreach "f" {\n  collection = []\n  var        = "v"\n}\n', ["1:1-4:2 missingBlock"], 'missing required block "template"'],
  ];
  it.each(invalid)("reports %s", async (_, contents, expected, message) => {
    const reports = await lint(contents);
    expect(reports.map(brief)).toEqual(expected);
    expect(reports[0].message).toBe(message);
    expect(reports[0].help).toMatch(/\S/);
  });

  it("tells where a root-only block belongs instead", async () => {
    const [report] = await lint("logging {\n  level = \"info\"\n}\n");
    expect(report.help).toBe(
      "Fleet Management loads each pipeline as a module, and a module cannot hold `logging`: set it in the collector's local configuration (the file Alloy is started with) instead",
    );
  });

  it("allows service blocks in a local config (a .alloy file no pipeline uses)", async () => {
    const text = 'logging { level = "info" }\nlivedebugging { }\ntracing { }\nhttp { }\n';
    expect(await runRule(rule, { standalone: { "config.alloy": text } })).toEqual([]);
  });

  it("treats a file with top-level argument or export as a module, where service blocks are not allowed", async () => {
    const moduleText = 'argument "x" { }\nexport "y" { value = 1 }\nlogging { }\n';
    const reports = await runRule(rule, { standalone: { "module.alloy": moduleText } });
    expect(reports.map((r) => `${r.file} ${brief(r)}`)).toEqual(["module.alloy 3:1-3:8 notAllowed"]);
  });
});
