import { describe, expect, it } from "vitest";
import rule from "../../rules/alloy-references.js";
import { brief, runRule } from "./rule-tester.js";

const lint = (contents: string) => runRule(rule, { pipelines: [{ name: "p", contents }] });

describe("alloy-references", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "alloy-references", category: "fast", scope: "file", defaultSeverity: "error" });
  });

  const valid: [string, string][] = [
    [
      "a reference to a component's export",
      'prometheus.scrape "a" {\n  targets    = []\n  forward_to = [prometheus.remote_write.b.receiver]\n}\nprometheus.remote_write "b" {}\n',
    ],
    ["the injected Fleet Management arguments", 'local.file "f" {\n  filename = argument.attributes.value["path"]\n}\n'],
    ["stdlib and module_path", 'local.file "f" {\n  filename = sys.env("X") + module_path + string.format("%s", constants.hostname)\n}\n'],
    [
      "a declare's own arguments and components",
      'declare "d" {\n  argument "in" {}\n  local.file "f" {\n    filename = argument.in.value\n  }\n  export "out" {\n    value = local.file.f.content\n  }\n}\nd "x" {\n  in = "a"\n}\nlocal.file "g" {\n  filename = d.x.out\n}\n',
    ],
    [
      "a foreach variable and the body around the template",
      'local.file "list" {\n  filename = "a"\n}\nforeach "each" {\n  collection = [1]\n  var        = "item"\n  template {\n    local.file "f" {\n      filename = item + local.file.list.content\n    }\n  }\n}\n',
    ],
    ["a custom component from an import, whose arguments are unknown", 'import.string "m" {\n  content = ""\n}\nm.thing "x" {\n  anything = 1\n}\n'],
    ["an index or a call ends a traversal", 'local.file "f" {\n  filename = local.file.g.content[0].x + string.join([], "").y\n}\nlocal.file "g" {}\n'],
  ];
  it.each(valid)("accepts %s", async (_, contents) => {
    expect(await lint(contents)).toEqual([]);
  });

  const invalid: [string, string, string[], Record<string, string>?][] = [
    ["a missing component", 'local.file "f" {\n  filename = local.file.nope.content\n}\n', ["2:14-2:37 missingReference"], { name: "local.file.nope.content" }],
    ["an argument no block declares", 'local.file "f" {\n  filename = argument.path.value\n}\n', ["2:14-2:33 missingReference"], { name: "argument.path.value" }],
    [
      "a component of a declare, read from outside it",
      'declare "d" {\n  local.file "inner" {}\n}\nlocal.file "f" {\n  filename = local.file.inner.content\n}\n',
      ["5:14-5:38 missingReference"],
    ],
    [
      "a template's component, read from outside the foreach",
      'foreach "e" {\n  collection = []\n  var        = "v"\n  template {\n    local.file "t" {}\n  }\n}\nlocal.file "f" {\n  filename = local.file.t.content\n}\n',
      ["9:14-9:34 missingReference"],
    ],
    [
      "a duplicate block ID",
      'local.file "a" {}\n\nlocal.file "a" {}\n',
      ["3:1-3:15 duplicateBlock"],
      { id: "local.file.a", line: "1", column: "1" },
    ],
    ["a block that references itself", 'local.file "a" {\n  filename = local.file.a.content\n}\n', ["1:1-1:17 selfReference"]],
    [
      "a cycle",
      'local.file "a" {\n  filename = local.file.b.content\n}\nlocal.file "b" {\n  filename = local.file.a.content\n}\n',
      ["1:1-1:17 cycle", "4:1-4:17 cycle"],
      { ids: "local.file.a, local.file.b" },
    ],
    ["a component without a label", "local.file {}\n", ["1:1-1:11 componentLabel"], { name: "local.file" }],
    ["an export without a label", "export {\n  value = 1\n}\n", ["1:1-1:7 blockLabel"], { name: "export" }],
    [
      "an argument the declare does not have",
      'declare "d" {\n  argument "in" {\n    optional = true\n  }\n}\nd "x" {\n  input = 1\n}\n',
      ["7:3-7:12 unknownArgument"],
      { name: "input" },
    ],
    [
      "a block inside a custom component",
      'declare "d" {}\nd "x" {\n  rule {}\n}\n',
      ["3:3-3:10 unknownArgumentBlock"],
      { name: "rule" },
    ],
    [
      "a required argument left out",
      'declare "d" {\n  argument "in" {}\n  argument "opt" {\n    optional = true\n  }\n}\nd "x" {}\n',
      ["7:1-7:9 missingArgument"],
      { name: "in" },
    ],
  ];
  it.each(invalid)("reports %s", async (_, contents, expected, data) => {
    const reports = await lint(contents);
    expect(reports.map(brief)).toEqual(expected);
    if (data) expect(reports[0].data).toMatchObject(data);
  });

  it("points a duplicate at the first declaration", async () => {
    const [report] = await lint('local.file "a" {}\nlocal.file "a" {}\n');
    expect(report.message).toBe("block local.file.a already declared at 1:1");
    expect(report.related).toEqual(["p.alloy:1:1 local.file.a first declared here"]);
  });

  it("uses Alloy's message texts", async () => {
    const [report] = await lint('local.file "f" {\n  filename = a.b.c\n}\n');
    expect(report.message).toBe('component "a.b.c" does not exist or is out of scope');
  });

  it("stays silent when the contents do not parse", async () => {
    expect(await lint('local.file "f" {\n  filename = \n}\n')).toEqual([]);
  });
});
