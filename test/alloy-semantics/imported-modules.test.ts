/**
 * Instances of components from imported modules whose source is at hand
 * (`import.string` with literal content, `import.file` of a repository file)
 * get their arguments checked against the module's declares, as Alloy does
 * once it has loaded the module.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../grammar/alloy/index.js";
import { analyzeAlloy } from "../../src/alloy-semantics/index.js";

const MODULE = 'declare "scrape" {\n  argument "targets" {}\n  argument "interval" {\n    optional = true\n  }\n}\n';

function messages(contents: string, files: Record<string, string[]> = {}): string[] {
  const { ast } = parseFile(contents);
  if (!ast) throw new Error("test input does not parse");
  const importedFile = (filename: string) => files[filename];
  return analyzeAlloy(ast, { context: "module", minStability: "experimental", importedFile }).map((f) => f.message);
}

describe("imported modules with known source", () => {
  it("checks instances of an import.file module's declares", () => {
    const contents = 'import.file "mods" {\n  filename = "modules/scrape.alloy"\n}\nmods.scrape "a" {\n  targts = []\n}\n';
    expect(messages(contents, { "modules/scrape.alloy": [MODULE] })).toEqual(['unrecognized attribute name "targts"', 'missing required attribute "targets"']);
  });

  it("reads every file of a folder import", () => {
    const contents = 'import.file "mods" {\n  filename = "modules"\n}\nmods.scrape "a" {\n  targets = []\n}\nmods.other "b" {\n  x = 1\n}\n';
    const other = 'declare "other" {}\n';
    expect(messages(contents, { modules: [MODULE, other] })).toEqual(['unrecognized attribute name "x"']);
  });

  it("checks instances of an import.string module with literal content", () => {
    const contents = `import.string "m" {\n  content = ${JSON.stringify(MODULE)}\n}\nm.scrape "a" {\n  interval = "1m"\n}\n`;
    expect(messages(contents)).toEqual(['missing required attribute "targets"']);
  });

  it("accepts anything under the label when the source is unknown or does not parse", () => {
    const unknown = 'import.file "mods" {\n  filename = "/etc/alloy/modules"\n}\nmods.scrape "a" {\n  anything = 1\n}\n';
    expect(messages(unknown)).toEqual([]);
    const broken = 'import.file "mods" {\n  filename = "m.alloy"\n}\nmods.scrape "a" {\n  anything = 1\n}\n';
    expect(messages(broken, { "m.alloy": ['declare "scrape" {'] })).toEqual([]);
  });
});
