import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { ConfigError } from "../../src/config/index.js";
import { loadContents } from "../../src/repo/index.js";
import { load, problemsOf, tempRepo } from "./temp-repo.js";

const ALLOY = 'prometheus.exporter.self "default" { }\n';

describe("loadProject: discovery", () => {
  it("pairs NAME.yaml / NAME.yml (any case) with NAME.alloy and defaults the name", async () => {
    const dir = tempRepo({
      "a.yaml": "enabled: true\n",
      "a.alloy": ALLOY,
      "sub/b.YML": "name: custom\n",
      "sub/b.alloy": ALLOY,
      "c.Yaml": "matchers: []\n",
      "c.alloy": ALLOY,
      "notes.txt": "not a pipeline",
    });
    const project = await load(dir);
    expect(project.pipelines.map((p) => [p.name, p.enabled, p.contents?.origin])).toEqual([
      ["a", true, "sibling"],
      ["c", undefined, "sibling"],
      ["custom", undefined, "sibling"],
    ]);
    expect(project.problems).toEqual([]);
    expect(project.pipelines[0].contents?.text).toBe(ALLOY);
    expect(project.pipelines[0].alloy?.contents).toBe(project.pipelines[0].contents);
  });

  it("walks hidden folders, skips .git and node_modules, does not follow symlinked folders", async () => {
    const dir = tempRepo({
      ".hidden/h.yaml": "enabled: true\n",
      ".hidden/h.alloy": ALLOY,
      "node_modules/pkg/n.yaml": "enabled: true\n",
      "elsewhere/s.yaml": "enabled: true\n",
      "elsewhere/s.alloy": ALLOY,
      "fleetlint.config.yaml": "targets:\n  - root: pipelines\n",
      "pipelines/p.yaml": "enabled: true\n",
      "pipelines/p.alloy": ALLOY,
      "pipelines/.hidden/q.yaml": "enabled: false\n",
      "pipelines/.hidden/q.alloy": ALLOY,
      "pipelines/node_modules/x.yaml": "bad: key\n",
    });
    mkdirSync(join(dir, ".git", "inner"), { recursive: true });
    symlinkSync(join(dir, "elsewhere"), join(dir, "pipelines", "linked"));
    const project = await load(dir);
    expect(project.pipelines.map((p) => p.name)).toEqual(["q", "p"]);
  });

  it("reads symlinked files", async () => {
    const dir = tempRepo({ "real/p.yaml": "enabled: true\n", "real/p.alloy": ALLOY, "fleetlint.config.yaml": "targets: [{ root: pipelines }]\n", "pipelines/.keep": "" });
    symlinkSync(join(dir, "real", "p.yaml"), join(dir, "pipelines", "p.yaml"));
    symlinkSync(join(dir, "real", "p.alloy"), join(dir, "pipelines", "p.alloy"));
    const project = await load(dir);
    expect(project.pipelines.map((p) => p.name)).toEqual(["p"]);
  });

  it("applies ignore globs relative to the config file's folder", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": 'ignore: ["drafts/**", "**/*.wip.yaml"]\n',
      "drafts/d.yaml": "enabled: true\n",
      "kept.yaml": "enabled: true\n",
      "kept.alloy": ALLOY,
      "sub/x.wip.yaml": "nonsense: 1\n",
    });
    const project = await load(dir);
    expect(project.pipelines.map((p) => p.name)).toEqual(["kept"]);
    expect(project.problems).toEqual([]);
  });

  it("does not lint a given file that an ignore glob matches, and lists it as unmatched", async () => {
    const dir = tempRepo({ "fleetlint.config.yaml": 'ignore: ["drafts/**"]\n', "drafts/d.yaml": "bad: 1\n", "p.yaml": "enabled: true\n", "p.alloy": ALLOY });
    const project = await load(dir, { paths: ["drafts/d.yaml", "p.yaml"] });
    expect([...project.lintedFiles]).toEqual([join(dir, "p.yaml")]);
    expect(project.unmatchedPaths).toEqual([join(dir, "drafts/d.yaml")]);
    expect(project.problems).toEqual([]);
  });

  it("never treats a fleetlint config file as a definition, in use or not", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "ignore: []\n",
      "sub/.fleetlintrc.yml": "rules: {}\n",
      "p.yaml": "enabled: true\n",
      "p.alloy": ALLOY,
    });
    const project = await load(dir);
    expect(project.pipelines.map((p) => p.name)).toEqual(["p"]);
    expect([...project.lintedFiles].map((p) => p.slice(dir.length + 1)).sort()).toEqual(["p.alloy", "p.yaml"]);
  });

  it("with a config file, treats every YAML under a root as a definition, like the sync action", async () => {
    const dir = tempRepo({ "fleetlint.config.yaml": "targets:\n  - root: .\n", "misc.yaml": "repos: []\n" });
    const project = await load(dir);
    expect(problemsOf(project)).toEqual(["unknownKey@1:1", "contentsMissing@1:1"]);
  });

  it("keeps YAML files outside every root out of the model", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets: [{ root: pipelines }]\n",
      ".pre-commit-config.yaml": "repos: []\n",
      "pipelines/p.yaml": "enabled: true\n",
      "pipelines/p.alloy": ALLOY,
    });
    const project = await load(dir, { paths: [".pre-commit-config.yaml"] });
    expect(project.pipelines.map((p) => p.name)).toEqual(["p"]);
    expect(project.problems).toEqual([]);
    expect([...project.lintedFiles]).toEqual([join(dir, ".pre-commit-config.yaml")]);
  });

  it("fails with a configuration error when a target root does not exist", async () => {
    const dir = tempRepo({ "fleetlint.config.yaml": "targets:\n  - root: missing\n" });
    const error = await load(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('fleetlint.config.yaml:2:11: error Target root "missing" is not a folder that exists');
  });

  it("loads each target with its settings, and a definition under two roots once per target", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets:\n  - root: a\n    namespace: one\n  - root: a/b\n    namespace: two\n    stack: other\n",
      "a/x.yaml": "enabled: true\n",
      "a/x.alloy": ALLOY,
      "a/b/y.yaml": "enabled: true\nbogus: 1\n",
      "a/b/y.alloy": ALLOY,
    });
    const project = await load(dir);
    expect(project.targets.map((t) => [t.index, t.namespace, t.stack])).toEqual([
      [0, "one", "default"],
      [1, "two", "other"],
    ]);
    expect(project.pipelines.map((p) => `${p.target.namespace}/${p.name}`)).toEqual(["one/y", "one/x", "two/y"]);
    // The file's schema problem is reported once, not once per target.
    expect(problemsOf(project)).toEqual(["unknownKey@2:1"]);
  });
});

describe("loadProject: contents sources", () => {
  it("resolves contents_file as absolute, then relative to the YAML, then relative to the root", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets: [{ root: pipelines }]\n",
      "pipelines/team/near.yaml": "contents_file: shared.alloy\n",
      "pipelines/team/shared.alloy": "// near\n",
      "pipelines/shared.alloy": "// root\n",
      "pipelines/team/far.yaml": "contents_file: common/c.alloy\n",
      "pipelines/common/c.alloy": "// root common\n",
      "pipelines/abs.yaml": "",
    });
    const absolute = join(dir, "pipelines", "shared.alloy");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "pipelines", "abs.yaml"), `contents_file: ${absolute}\n`);
    const project = await load(dir);
    const byName = Object.fromEntries(project.pipelines.map((p) => [p.name, p.contents]));
    expect(byName.near?.text).toBe("// near\n");
    expect(byName.far?.text).toBe("// root common\n");
    expect(byName.abs?.text).toBe("// root\n");
    expect(byName.near?.origin).toBe("contents_file");
    expect(byName.near?.file.path).toBe(join(dir, "pipelines/team/shared.alloy"));
    // shared.alloy next to no YAML is not a pipeline; it is a contents file, so not standalone either.
    expect(project.alloyFiles.map((d) => d.contents.file.path)).toEqual([]);
  });

  it("does not treat a YAML named by contents_file as a definition (OTel contents)", async () => {
    const dir = tempRepo({
      "gateway.yaml": "enabled: true\nconfig_type: otel\ncontents_file: gateway.otel.yaml\n",
      "gateway.otel.yaml": "receivers:\n  otlp: {}\n",
    });
    const project = await load(dir);
    expect(project.pipelines.map((p) => [p.name, p.configType, p.contents?.origin])).toEqual([["gateway", "otel", "contents_file"]]);
    expect(project.pipelines[0].alloy).toBeUndefined();
    expect(project.problems).toEqual([]);
  });

  it("reports a missing contents_file with the places looked at", async () => {
    const dir = tempRepo({ "p.yaml": "enabled: true\ncontents_file: nowhere.alloy\n" });
    const project = await load(dir);
    expect(problemsOf(project)).toEqual(["contentsFileNotFound@2:16"]);
    expect(project.problems[0].data).toEqual({ path: "nowhere.alloy", tried: "nowhere.alloy" });
    expect(project.pipelines[0].contents).toBeNull();
  });

  it("reports a missing, an ambiguous and an empty contents source", async () => {
    const dir = tempRepo({
      "none.yaml": "enabled: true\n",
      "both.yaml": "enabled: true\ncontents: |\n  x = 1\ncontents_file: both.alloy\n",
      "both.alloy": ALLOY,
      "empty.yaml": "enabled: true\n",
      "empty.alloy": "\n  \n",
      "blank.yaml": 'contents: "  "\n',
    });
    const project = await load(dir);
    expect(problemsOf(project, "blank.yaml")).toEqual(["contentsEmpty@1:11"]);
    expect(problemsOf(project, "both.yaml")).toEqual(["contentsAmbiguous@4:1"]);
    expect(project.problems.find((p) => p.code === "contentsAmbiguous")?.data).toEqual({
      sources: "`contents` and `contents_file` and the sibling file both.alloy",
    });
    expect(problemsOf(project, "empty.alloy")).toEqual(["contentsEmpty@1:1"]);
    expect(problemsOf(project, "none.yaml")).toEqual(["contentsMissing@1:1"]);
  });

  it("requires contents or contents_file for OTel pipelines", async () => {
    const dir = tempRepo({ "o.yaml": "config_type: otel\n", "s.yaml": "config_type: otel\n", "s.alloy": ALLOY });
    const project = await load(dir);
    expect(problemsOf(project)).toEqual(["otelContentsMissing@1:1", "otelContentsMissing@1:1"]);
  });

  it("reports extension keys under compat: sync-action and asks for the sibling", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets: [{ root: p, compat: sync-action }]\n",
      "p/a.yaml": "enabled: true\ncontents: |\n  x = 1\nmetadata: {}\n",
      "p/b.yaml": "enabled: true\n",
    });
    const project = await load(dir);
    // `contents` is the action's own key now, but only for OTel: an Alloy pipeline needs its sibling.
    expect(problemsOf(project, "a.yaml")).toEqual(["extensionKey@4:1", "siblingNotFound@2:1"]);
    expect(problemsOf(project, "b.yaml")).toEqual(["siblingNotFound@1:1"]);
  });

  it("reads inline contents, metadata and config_type", async () => {
    const dir = tempRepo({ "i.yaml": "enabled: false\nmetadata: { owner: team-a }\ncontents: |\n  logging { }\n" });
    const [pipeline] = (await load(dir)).pipelines;
    expect(pipeline.enabled).toBe(false);
    expect(pipeline.metadata).toEqual({ owner: "team-a" });
    expect(pipeline.contents?.origin).toBe("inline");
    expect(pipeline.contents?.text).toBe("logging { }\n");
    expect(pipeline.contents?.file).toBe(pipeline.definition.file);
    expect(pipeline.alloy).toBeDefined();
  });

  it("maps offsets in inline contents to the definition file (|, |-, >, quoted)", async () => {
    const texts = {
      "lit.yaml": "enabled: true\ncontents: |\n    a = 1\n      b = 2\n",
      "strip.yaml": "enabled: true\ncontents: |-\n  a = 1\n\n  b = 2\n",
      "fold.yaml": "enabled: true\ncontents: >\n  a = 1\n  b = 2\n",
      "quoted.yaml": 'enabled: true\ncontents: "a = \\"\\u00e9\\"\\nb = 2"\n',
    };
    const dir = tempRepo(texts);
    const byName = Object.fromEntries((await load(dir)).pipelines.map((p) => [p.name, p.contents!]));
    const at = (name: keyof typeof texts, needle: string) => {
      const contents = byName[name.replace(".yaml", "")];
      return contents.toFileOffset(contents.text.indexOf(needle));
    };
    expect(byName.lit.text).toBe("a = 1\n  b = 2\n");
    expect(at("lit.yaml", "b = 2")).toBe(texts["lit.yaml"].indexOf("b = 2"));
    expect(byName.strip.text).toBe("a = 1\n\nb = 2");
    expect(at("strip.yaml", "b = 2")).toBe(texts["strip.yaml"].indexOf("b = 2"));
    expect(byName.fold.text).toBe("a = 1 b = 2\n");
    expect(at("fold.yaml", "b = 2")).toBe(texts["fold.yaml"].indexOf("b = 2"));
    expect(byName.quoted.text).toBe('a = "é"\nb = 2');
    expect(at("quoted.yaml", "b = 2")).toBe(texts["quoted.yaml"].indexOf("b = 2"));
    expect(at("quoted.yaml", "é")).toBe(texts["quoted.yaml"].indexOf("\\u00e9"));
  });

  it("decodes .alloy bytes (a BOM and UTF-8 text survive)", async () => {
    const dir = tempRepo({ "u.yaml": "enabled: true\n", "u.alloy": new Uint8Array([0xef, 0xbb, 0xbf, 0x2f, 0x2f, 0x20, 0xc3, 0xa9, 0x0a]) });
    const [pipeline] = (await load(dir)).pipelines;
    expect(pipeline.contents?.text.endsWith("// é\n")).toBe(true);
  });

  it("keeps invalid UTF-8 bytes in .alloy text as the grammar escapes them (Go's view)", async () => {
    const dir = tempRepo({ "b.yaml": "enabled: true\n", "b.alloy": new Uint8Array([0x2f, 0x2f, 0xff, 0x0a]) });
    const [pipeline] = (await load(dir)).pipelines;
    expect([...pipeline.contents!.text].map((c) => c.charCodeAt(0))).toEqual([0x2f, 0x2f, 0xdcff, 0x0a]);
  });
});

describe("loadProject: paths and buffers", () => {
  const files = {
    "fleetlint.config.yaml": "targets: [{ root: pipelines }]\n",
    "pipelines/a.yaml": "enabled: true\n",
    "pipelines/a.alloy": ALLOY,
    "pipelines/b.yaml": "enabled: true\nwat: 1\n",
    "pipelines/b.alloy": ALLOY,
    "pipelines/stray.alloy": ALLOY,
    "pipelines/sub/c.yaml": "enabled: true\n",
    "pipelines/sub/c.alloy": ALLOY,
    "README.md": "# hi\n",
  };

  it("lints every file of every target when no paths are given", async () => {
    const dir = tempRepo(files);
    const project = await load(dir);
    expect([...project.lintedFiles].map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      "pipelines/a.alloy",
      "pipelines/a.yaml",
      "pipelines/b.alloy",
      "pipelines/b.yaml",
      "pipelines/stray.alloy",
      "pipelines/sub/c.alloy",
      "pipelines/sub/c.yaml",
    ]);
    expect(project.alloyFiles.map((d) => [d.contents.origin, d.contents.file.path.slice(dir.length + 1), d.target?.index])).toEqual([
      ["standalone", "pipelines/stray.alloy", 0],
    ]);
    expect(project.unmatchedPaths).toBeUndefined();
  });

  it("loads every definition but lints only the given files (folders expanded)", async () => {
    const dir = tempRepo(files);
    const project = await load(dir, { paths: ["pipelines/a.alloy", join(dir, "pipelines/sub"), "README.md"] });
    expect(project.pipelines.map((p) => p.name)).toEqual(["a", "b", "c"]);
    expect(problemsOf(project)).toEqual(["unknownKey@2:1"]);
    expect([...project.lintedFiles].map((p) => p.slice(dir.length + 1))).toEqual(["pipelines/a.alloy", "pipelines/sub/c.alloy", "pipelines/sub/c.yaml"]);
    expect(project.alloyFiles).toEqual([]);
    expect(project.unmatchedPaths).toEqual([join(dir, "README.md")]);
  });

  it("makes a given .alloy file that no definition uses a standalone document", async () => {
    const dir = tempRepo({ ...files, "outside/o.alloy": ALLOY });
    const project = await load(dir, { paths: ["outside/o.alloy", "pipelines/stray.alloy"] });
    expect(project.alloyFiles.map((d) => [d.contents.file.path.slice(dir.length + 1), d.target?.index, d.pipeline])).toEqual([
      ["outside/o.alloy", undefined, undefined],
      ["pipelines/stray.alloy", 0, undefined],
    ]);
  });

  it("throws a usage error for a path that does not exist", async () => {
    const dir = tempRepo(files);
    const error = await load(dir, { paths: ["pipelines/nope.yaml"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe("No such file or directory: pipelines/nope.yaml");
  });

  it("uses in-memory buffers instead of the disk, also for files not saved yet", async () => {
    const dir = tempRepo(files);
    const buffers = new Map([
      [join(dir, "pipelines/a.alloy"), "// edited\n"],
      [join(dir, "pipelines/new.yaml"), "enabled: true\ncontents: x = 1\n"],
    ]);
    const project = await load(dir, { paths: [join(dir, "pipelines/new.yaml")], buffers });
    const byName = Object.fromEntries(project.pipelines.map((p) => [p.name, p]));
    // a.yaml is not linted, so its contents are read only on request.
    expect(loadContents(byName.a)?.text).toBe("// edited\n");
    expect(byName.new.contents?.text).toBe("x = 1");
    expect([...project.lintedFiles]).toEqual([join(dir, "pipelines/new.yaml")]);
  });

  it("puts every file read, and the config file, in project.files", async () => {
    const dir = tempRepo(files);
    const project = await load(dir);
    expect(project.files.has(join(dir, "fleetlint.config.yaml"))).toBe(true);
    expect(project.files.has(join(dir, "pipelines/sub/c.alloy"))).toBe(true);
  });
});
