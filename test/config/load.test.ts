import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, formatResolvedConfig, loadConfig } from "../../src/config/index.js";
import { exitCodeOf } from "../../src/cli/errors.js";
import { FleetlintError } from "../../src/core/errors.js";

/** A fresh folder with a `.git` marker, so the upward search stops inside it. */
function repo(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "fleetlint-config-")));
  mkdirSync(join(dir, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("loadConfig: discovery", () => {
  it("uses defaults when there is no config file", async () => {
    const dir = repo({});
    const config = await loadConfig({ cwd: dir });
    expect(config.path).toBeNull();
    expect(config.baseDir).toBe(dir);
    expect(config.targets).toEqual([
      { root: dir, stack: "default", globalMatchers: [], pipelineLimit: 200, stabilityLevel: "generally-available" },
    ]);
    expect(config.rules).toEqual({});
    expect(config.overrides).toEqual([]);
    expect(config.ignore).toEqual([]);
    expect(config.source).toBeUndefined();
  });

  it.each([
    ["fleetlint.config.yaml", "targets:\n  - root: pipelines\n"],
    ["fleetlint.config.yml", "targets:\n  - root: pipelines\n"],
    ["fleetlint.config.json", '{ "targets": [{ "root": "pipelines" }] }'],
    [".fleetlintrc.yaml", "targets:\n  - root: pipelines\n"],
    [".fleetlintrc.yml", "targets:\n  - root: pipelines\n"],
    [".fleetlintrc.json", '{ "targets": [{ "root": "pipelines" }] }'],
    ["package.json", '{ "name": "x", "fleetlint": { "targets": [{ "root": "pipelines" }] } }'],
  ])("finds %s", async (name, text) => {
    const dir = repo({ [name]: text });
    const config = await loadConfig({ cwd: dir });
    expect(config.path).toBe(join(dir, name));
    expect(config.targets.map((t) => t.root)).toEqual([join(dir, "pipelines")]);
  });

  it("searches upwards from the working directory and resolves roots against the config's folder", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - root: pipelines\n", "pipelines/team/x.yaml": "" });
    const config = await loadConfig({ cwd: join(dir, "pipelines", "team") });
    expect(config.path).toBe(join(dir, "fleetlint.config.yaml"));
    expect(config.baseDir).toBe(dir);
    expect(config.targets[0].root).toBe(join(dir, "pipelines"));
  });

  it("prefers fleetlint.config.yaml over .fleetlintrc.json in one folder", async () => {
    const dir = repo({ "fleetlint.config.yaml": "ignore: [a]\n", ".fleetlintrc.json": '{"ignore": ["b"]}' });
    expect((await loadConfig({ cwd: dir })).ignore).toEqual(["a"]);
  });

  it("skips a package.json without a fleetlint key and keeps searching upwards", async () => {
    const dir = repo({ "fleetlint.config.yaml": "ignore: [up]\n", "sub/package.json": '{ "name": "sub" }' });
    expect((await loadConfig({ cwd: join(dir, "sub") })).ignore).toEqual(["up"]);
  });

  it("stops at the repository root (.git)", async () => {
    const outer = repo({ "fleetlint.config.yaml": "ignore: [outer]\n" });
    const inner = join(outer, "inner");
    mkdirSync(join(inner, ".git"), { recursive: true });
    expect((await loadConfig({ cwd: inner })).path).toBeNull();
  });

  it("--config overrides discovery, relative to cwd", async () => {
    const dir = repo({ "fleetlint.config.yaml": "ignore: [found]\n", "conf/other.yaml": "ignore: [given]\n" });
    const config = await loadConfig({ cwd: dir, configPath: "conf/other.yaml" });
    expect(config.ignore).toEqual(["given"]);
    expect(config.baseDir).toBe(join(dir, "conf"));
  });

  it("--config naming a package.json without a fleetlint key is an error", async () => {
    const dir = repo({ "package.json": '{ "name": "x" }' });
    const error = await configError(loadConfig({ cwd: dir, configPath: "package.json" }));
    expect(error.message).toBe('package.json:1:1: error Expected a "fleetlint" key in package.json');
  });

  it("--config naming a missing file is a configuration error (exit 2)", async () => {
    const dir = repo({});
    const error = await configError(loadConfig({ cwd: dir, configPath: "nope.yaml" }));
    expect(error).toBeInstanceOf(FleetlintError);
    expect(error.kind).toBe("config");
    expect(exitCodeOf(error)).toBe(2);
    expect(error.message).toBe("nope.yaml:1:1: error Config file not found");
  });
});

describe("loadConfig: resolution", () => {
  it("fills target defaults and keeps what is written", async () => {
    const dir = repo({
      "fleetlint.config.yaml": [
        "targets:",
        "  - root: pipelines/prod",
        "    namespace: payments",
        "    stack: prod",
        "    url: https://fleet-management-prod-001.grafana.net",
        '    globalMatchers: ["env=prod"]',
        "    pipelineLimit: 50",
        "    compat: sync-action",
        "    stabilityLevel: public-preview",
        "  - root: pipelines/dev",
        "rules:",
        "  explicit-enabled: warn",
        '  matcher-valid: ["error", { max: 3 }]',
        "overrides:",
        '  - files: ["pipelines/legacy/**"]',
        "    rules: { alloy-unknown-component: off }",
        "  - files: [x]",
        'ignore: ["**/drafts/**"]',
        "",
      ].join("\n"),
    });
    const config = await loadConfig({ cwd: dir });
    expect(config.targets).toEqual([
      {
        root: join(dir, "pipelines/prod"),
        namespace: "payments",
        stack: "prod",
        url: "https://fleet-management-prod-001.grafana.net",
        globalMatchers: ["env=prod"],
        pipelineLimit: 50,
        compat: "sync-action",
        stabilityLevel: "public-preview",
      },
      { root: join(dir, "pipelines/dev"), stack: "default", globalMatchers: [], pipelineLimit: 200, stabilityLevel: "generally-available" },
    ]);
    expect(config.rules).toEqual({ "explicit-enabled": "warn", "matcher-valid": ["error", { max: 3 }] });
    expect(config.overrides).toEqual([
      { files: ["pipelines/legacy/**"], rules: { "alloy-unknown-component": "off" } },
      { files: ["x"], rules: {} },
    ]);
    expect(config.ignore).toEqual(["**/drafts/**"]);
  });

  it("keeps the positions of targets and global matchers", async () => {
    const text = 'targets:\n  - root: a\n    globalMatchers: ["env=prod", \'team=\'\'x\'\'\']\n';
    const dir = repo({ "fleetlint.config.yaml": text });
    const source = (await loadConfig({ cwd: dir })).source!;
    expect(source.file.text).toBe(text);
    const target = source.targets[0];
    expect(text.slice(target.root!.start, target.root!.end)).toBe("a");
    const [env, team] = target.globalMatchers;
    expect(env.text).toBe("env=prod");
    expect(text.slice(env.range.start, env.range.end)).toBe('"env=prod"');
    expect(env.toFileOffset(4)).toBe(text.indexOf("prod"));
    expect(team.text).toBe("team='x'");
    // The decoded quote maps to the first of the two quotes written.
    expect(team.toFileOffset(5)).toBe(text.indexOf("''x"));
  });

  it("reads the fleetlint key of package.json with positions inside package.json", async () => {
    const text = '{\n  "name": "x",\n  "fleetlint": {\n    "targets": [{ "root": "p", "namespce": "n" }]\n  }\n}\n';
    const dir = repo({ "package.json": text });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.message).toBe('package.json:4:32: error Unknown key "namespce" (did you mean "namespace"?)');
  });
});

describe("loadConfig: invalid configuration", () => {
  it("names file, line and column of an unknown key, with a suggestion", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - root: pipelines\n    stack: prod\n    namespce: payments\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.message).toBe('fleetlint.config.yaml:4:5: error Unknown key "namespce" (did you mean "namespace"?)');
    expect(error.problems).toEqual([{ file: "fleetlint.config.yaml", line: 4, column: 5, message: 'Unknown key "namespce" (did you mean "namespace"?)' }]);
  });

  it("reports wrong types at the value", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - root: p\n    pipelineLimit: lots\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.message).toBe('fleetlint.config.yaml:3:20: error Expected "targets[0].pipelineLimit" to be an integer, found a string');
  });

  it("reports invalid enum values and severities", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - compat: yes\nrules:\n  explicit-enabled: loud\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:13 Invalid value for "targets[0].compat": expected one of "sync-action"',
      '4:21 Invalid value for "rules.explicit-enabled": expected a severity ("off", "info", "warn", "error", 0, 1 or 2) or an array [severity, ...options]',
    ]);
  });

  it("reports unknown rule ids with a suggestion, in rules and overrides", async () => {
    const dir = repo({
      "fleetlint.config.yaml": "rules:\n  explicit-enable: warn\noverrides:\n  - files: [a]\n    rules:\n      no-such-thing-at-all: off\n",
    });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:3 Unknown rule "explicit-enable" (did you mean "explicit-enabled"?)',
      '6:7 Unknown rule "no-such-thing-at-all"',
    ]);
  });

  it("reports YAML syntax errors at their position", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - root: a\n   stack: b\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.problems[0]).toMatchObject({ file: "fleetlint.config.yaml", line: 3 });
    expect(error.problems[0].message).toMatch(/^Invalid YAML: /);
  });

  it("reports JSON syntax errors as JSON", async () => {
    const dir = repo({ ".fleetlintrc.json": '{ "ignore": [ }' });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.message).toMatch(/^\.fleetlintrc\.json:1:\d+: error Invalid JSON: /);
  });

  it("rejects an empty targets list and a required key missing in overrides", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets: []\noverrides:\n  - rules: {}\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:10 Invalid value for "targets": expected at least 1 item(s)',
      '3:5 Expected key "files" in "overrides[0]"',
    ]);
  });

  it("accepts an empty file as the defaults", async () => {
    const dir = repo({ "fleetlint.config.yaml": "# nothing yet\n" });
    const config = await loadConfig({ cwd: dir });
    expect(config.path).toBe(join(dir, "fleetlint.config.yaml"));
    expect(config.targets).toHaveLength(1);
  });
});

describe("formatResolvedConfig", () => {
  it("prints YAML and JSON without positions", async () => {
    const dir = repo({ "fleetlint.config.yaml": "targets:\n  - root: p\n    namespace: n\n" });
    const config = await loadConfig({ cwd: dir });
    const yaml = formatResolvedConfig(config);
    expect(yaml).toContain("namespace: n");
    expect(yaml).not.toContain("source");
    const json = JSON.parse(formatResolvedConfig(config, "json")) as { targets: { pipelineLimit: number }[] };
    expect(json.targets[0].pipelineLimit).toBe(200);
  });
});

describe("loadConfig: the document itself", () => {
  it("names the configuration when it is not a mapping", async () => {
    const dir = repo({ "fleetlint.config.yaml": "- root: a\n" });
    const error = await configError(loadConfig({ cwd: dir }));
    expect(error.message).toBe("fleetlint.config.yaml:1:1: error Expected the configuration to be a mapping, found a list");
  });
});
