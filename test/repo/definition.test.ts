import { describe, expect, it } from "vitest";
import { SourceText } from "../../src/core/source.js";
import { parseDefinition } from "../../src/repo/definition.js";

/** `code@line:col-endLine:endCol {data}` for each problem of a definition text. */
function problems(text: string): string[] {
  const file = new SourceText("/repo/p.yaml", text);
  return parseDefinition(file).problems.map((p) => {
    const s = file.positionAt(p.range.start);
    const e = file.positionAt(p.range.end);
    return `${p.code}@${s.line}:${s.column}-${e.line}:${e.column} ${JSON.stringify(p.data ?? {})}`;
  });
}

describe("parseDefinition: schema errors at the YAML node", () => {
  it("accepts every known key", () => {
    const text = "name: a\nenabled: true\nmatchers: [env=prod]\ncontents: x\nconfig_type: alloy\nmetadata: { a: 1 }\n";
    expect(problems(text)).toEqual([]);
  });

  it("points an unknown key at the key, with a suggestion for a typo", () => {
    expect(problems("name: a\nennabled: true\n")).toEqual(['unknownKeySuggestion@2:1-2:9 {"key":"ennabled","suggestion":"enabled"}']);
    expect(problems("name: a\n  \nmatcher:\n  - a=b\n")).toEqual(['unknownKeySuggestion@3:1-3:8 {"key":"matcher","suggestion":"matchers"}']);
  });

  it("lists the allowed keys when nothing is close", () => {
    expect(problems("source: git\n")).toEqual([
      'unknownKey@1:1-1:7 {"key":"source","allowed":"name, enabled, matchers, contents, contents_file, config_type, metadata"}',
    ]);
  });

  it("points a wrong type at the value", () => {
    expect(problems('enabled: "yes"\n')).toEqual(['wrongType@1:10-1:15 {"path":"enabled","expected":"a boolean","found":"a string"}']);
    expect(problems("matchers: env=prod\n")).toEqual(['wrongType@1:11-1:19 {"path":"matchers","expected":"a list","found":"a string"}']);
    expect(problems("matchers:\n  - a=b\n  - 42\n")).toEqual(['wrongType@3:5-3:7 {"path":"matchers[1]","expected":"a string","found":"an integer"}']);
    expect(problems("metadata: [1]\n")).toEqual(['wrongType@1:11-1:14 {"path":"metadata","expected":"a mapping","found":"a list"}']);
  });

  it("points an invalid value at the value", () => {
    expect(problems("config_type: prometheus\n")).toEqual(['invalidValue@1:14-1:24 {"path":"config_type","expected":"one of \\"alloy\\", \\"otel\\""}']);
    expect(problems('name: ""\n')).toEqual(['invalidValue@1:7-1:9 {"path":"name","expected":"a non-empty string"}']);
  });

  it("points a key without a value at the key", () => {
    expect(problems("enabled:\n")).toEqual(['wrongType@1:1-1:8 {"path":"enabled","expected":"a boolean","found":"null"}']);
  });

  it("reports YAML syntax errors as such, and no schema errors then", () => {
    const found = problems("name: a\nmatchers: [a=b\nenabled: true\n");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith("yamlError@"))).toBe(true);
    expect(problems("name: a\nname: b\n")).toEqual(['yamlError@2:1-2:5 {"message":"Map keys must be unique"}']);
    expect(problems("a: b: c\n")[0]).toMatch(/^yamlError@1:4/);
  });

  it("reports a definition that is not a mapping", () => {
    expect(problems("")).toEqual(['notMapping@1:1-1:1 {"found":"an empty document"}']);
    expect(problems("# only a comment\n")).toEqual(['notMapping@1:1-1:1 {"found":"an empty document"}']);
    expect(problems("- a\n- b\n")).toEqual(['notMapping@1:1-3:1 {"found":"a sequence"}']);
    expect(problems("just text\n")).toEqual(['notMapping@1:1-1:10 {"found":"the scalar \\"just text\\""}']);
  });

  it("records every top-level key with its key and value ranges", () => {
    const file = new SourceText("/repo/p.yaml", "name: a\nenabled: true\n");
    const { definition } = parseDefinition(file);
    expect([...definition.keys.entries()]).toEqual([
      ["name", { key: { start: 0, end: 4 }, value: { start: 6, end: 7 } }],
      ["enabled", { key: { start: 8, end: 15 }, value: { start: 17, end: 21 } }],
    ]);
    expect(definition.data).toEqual({ name: "a", enabled: true });
  });

  it("reports several problems in file order", () => {
    expect(problems("enabeld: true\nmatchers: 3\nwho: me\n").map((p) => p.split(" ")[0])).toEqual([
      "unknownKeySuggestion@1:1-1:8",
      "wrongType@2:11-2:12",
      "unknownKey@3:1-3:4",
    ]);
  });
});
