import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Languages } from "../../src/fleet/compare.js";
import { fileBaseName, importFiles, writeImport } from "../../src/fleet/import.js";
import { loadLanguages } from "../../src/fleet/languages.js";

let languages: Languages;
const dirs: string[] = [];
beforeAll(async () => {
  languages = await loadLanguages();
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("importFiles", () => {
  it("makes safe, distinct file names", () => {
    expect(fileBaseName("node-metrics")).toBe("node-metrics");
    expect(fileBaseName("a/b c")).toBe("a_b_c");
    expect(fileBaseName("../x")).toBe("x");
    expect(fileBaseName("///")).toBe("pipeline");
    const files = importFiles(languages, [{ name: "A", contents: "", matchers: [] }, { name: "a", contents: "", matchers: [] }], { into: "/r", globalMatchers: [] });
    expect(files.map((f) => f.path)).toEqual(["/r/A.yaml", "/r/A.alloy", "/r/a-2.yaml", "/r/a-2.alloy"]);
    expect(parse(files[2].text)).toEqual({ name: "a", enabled: false, matchers: [] });
  });

  it("writes definitions with enabled and matchers explicit, global matchers removed, OTel inline", () => {
    const files = importFiles(
      languages,
      [
        { name: "m", contents: "// alloy\n", matchers: ["team=a", 'env="prod"'], enabled: true, metadata: { k: 1 } },
        { name: "o", contents: "a: 1\n", matchers: [], enabled: false, configType: "CONFIG_TYPE_OTEL" },
      ],
      { into: "/r", globalMatchers: ["env=prod"] },
    );
    expect(files.map((f) => [f.path, f.text])).toEqual([
      ["/r/m.yaml", "enabled: true\nmatchers:\n  - team=a\nmetadata:\n  k: 1\n"],
      ["/r/m.alloy", "// alloy\n"],
      ["/r/o.yaml", "enabled: false\nmatchers: []\nconfig_type: otel\ncontents: |\n  a: 1\n"],
    ]);
  });

  it("writes nothing when a file exists, unless forced", () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetlint-import-"));
    dirs.push(dir);
    writeFileSync(join(dir, "b.yaml"), "mine");
    const files = [
      { path: join(dir, "a.yaml"), text: "new a" },
      { path: join(dir, "b.yaml"), text: "new b" },
    ];
    expect(() => writeImport(files, false)).toThrow(`Refusing to overwrite existing file ${join(dir, "b.yaml")}; pass --force to replace`);
    expect(() => readFileSync(join(dir, "a.yaml"))).toThrow();
    writeImport(files, true);
    expect(readFileSync(join(dir, "b.yaml"), "utf8")).toBe("new b");
  });
});
