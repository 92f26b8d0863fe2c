/**
 * Which kind of Alloy file a `.alloy` file is, decided by its use
 * (docs/check.md#which-alloy-files-are-what): pipeline contents, a local
 * config sharing its folder's scope, or a module in its own scope.
 */
import { describe, expect, it } from "vitest";
import { lintProject } from "../../src/engine/index.js";
import { format, formatContext } from "../../src/report/index.js";
import { attachFixes } from "../../src/lsp/convert.js";
import { tempRepo } from "../repo/temp-repo.js";

const WRITER = 'loki.write "default" {\n  endpoint {\n    url = "http://loki:3100/loki/api/v1/push"\n  }\n}\n';
const SOURCE = 'loki.source.file "app" {\n  targets    = [{"__path__" = "/var/log/app.log"}]\n  forward_to = [loki.write.default.receiver]\n}\n';
const SERVICES = 'logging {\n  level = "info"\n}\n\nlivedebugging {\n  enabled = true\n}\n\nhttp {\n}\n';

/** `file line:col rule message` of every problem, paths relative to the repository. */
async function check(files: Record<string, string>, paths?: string[]) {
  const cwd = tempRepo(files);
  const outcome = await lintProject({ cwd, ...(paths ? { paths } : {}) });
  const problems = outcome.results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(cwd.length + 1)} ${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
  const modes = Object.fromEntries(outcome.results.filter((r) => r.alloyMode).map((r) => [r.filePath.slice(cwd.length + 1), r.alloyMode]));
  return { problems, modes, outcome, cwd };
}

describe("a local config (a .alloy file no pipeline uses)", () => {
  it("may configure logging, livedebugging and http, as Alloy's main config", async () => {
    const { problems, modes } = await check({ "alloy/config.alloy": SERVICES + "\n" + WRITER });
    expect(problems).toEqual([]);
    expect(modes).toEqual({ "alloy/config.alloy": "config" });
  });

  it("shares one scope with the other .alloy files of its folder, as `alloy run DIR` loads them", async () => {
    const { problems, modes } = await check({ "alloy/a-write.alloy": WRITER, "alloy/b-source.alloy": SOURCE, "alloy/logging.alloy": SERVICES });
    expect(problems).toEqual([]);
    expect(modes).toEqual({ "alloy/a-write.alloy": "config", "alloy/b-source.alloy": "config", "alloy/logging.alloy": "config" });
  });

  it("sees its folder when a hook passes only the one file", async () => {
    const { problems, outcome } = await check({ "alloy/a-write.alloy": WRITER, "alloy/b-source.alloy": SOURCE }, ["alloy/b-source.alloy"]);
    expect(problems).toEqual([]);
    expect(outcome.results.map((r) => r.filePath.split("/").pop())).toEqual(["b-source.alloy"]);
  });

  it("does not see other folders, nor the folder's pipeline contents", async () => {
    const { problems } = await check({
      "one/write.alloy": WRITER,
      "two/source.alloy": SOURCE,
      "pipelines/logs.yaml": "matchers:\n  - env=prod\nenabled: true\n",
      "pipelines/logs.alloy": WRITER,
      "pipelines/source.alloy": SOURCE,
    });
    expect(problems).toEqual([
      'pipelines/source.alloy 3:17 alloy-references component "loki.write.default.receiver" does not exist or is out of scope',
      'two/source.alloy 3:17 alloy-references component "loki.write.default.receiver" does not exist or is out of scope',
    ]);
  });

  it("a folder whose files declare the same block is a collection of independent files (alloyScope: auto)", async () => {
    const { problems } = await check({ "examples/one.alloy": WRITER + SOURCE, "examples/two.alloy": WRITER, "examples/three.alloy": SOURCE });
    expect(problems).toEqual([
      'examples/three.alloy 3:17 alloy-references component "loki.write.default.receiver" does not exist or is out of scope',
    ]);
  });

  it("alloyScope: folder reports a block declared in two files of the folder, naming the other file", async () => {
    const { problems } = await check({
      "fleetlint.config.yaml": "alloyScope: folder\n",
      "alloy/a.alloy": WRITER,
      "alloy/b.alloy": WRITER + SOURCE,
    });
    expect(problems).toEqual(["alloy/b.alloy 1:1 alloy-references block loki.write.default already declared at a.alloy:1:1"]);
  });

  it("alloyScope: file analyses each file on its own", async () => {
    const { problems } = await check({ "fleetlint.config.yaml": "alloyScope: file\n", "alloy/a.alloy": WRITER, "alloy/b.alloy": SOURCE });
    expect(problems).toEqual(['alloy/b.alloy 3:17 alloy-references component "loki.write.default.receiver" does not exist or is out of scope']);
  });
});

describe("a module file (top-level argument or export)", () => {
  const MODULE = 'argument "url" {\n}\n\nloki.write "out" {\n  endpoint {\n    url = argument.url.value\n  }\n}\n\nexport "receiver" {\n  value = loki.write.out.receiver\n}\n';

  it("is analysed as a module, in its own scope, with Alloy's messages", async () => {
    const { problems, modes } = await check({ "modules/loki.alloy": MODULE + "\nlogging {\n}\n", "modules/other.alloy": SOURCE });
    expect(modes).toEqual({ "modules/loki.alloy": "module", "modules/other.alloy": "config" });
    expect(problems).toEqual([
      "modules/loki.alloy 14:1 alloy-module-constraints logging not allowed in module",
      'modules/other.alloy 3:17 alloy-references component "loki.write.default.receiver" does not exist or is out of scope',
    ]);
  });

  it("resolves references to its own arguments and components", async () => {
    const { problems } = await check({ "modules/loki.alloy": MODULE });
    expect(problems).toEqual([]);
  });
});

describe("pipeline contents", () => {
  it("keep remote-module semantics: logging is not allowed, the injected arguments are", async () => {
    const { problems, modes } = await check({
      "pipelines/logs.yaml": "matchers:\n  - env=prod\nenabled: true\n",
      "pipelines/logs.alloy": 'logging {\n}\n\nloki.write "x" {\n  external_labels = argument.attributes.value\n  endpoint {\n    url = "http://loki"\n  }\n}\n',
    });
    expect(modes).toEqual({ "pipelines/logs.alloy": "pipeline" });
    expect(problems).toEqual(["pipelines/logs.alloy 1:1 alloy-module-constraints logging not allowed in module"]);
  });
});

describe("the mode in the output", () => {
  it("--format json has alloyMode on the result of every .alloy file, and only there", async () => {
    const { outcome, cwd } = await check({
      "pipelines/logs.yaml": "matchers:\n  - env=prod\nenabled: true\n",
      "pipelines/logs.alloy": WRITER,
      "local/config.alloy": WRITER,
    });
    const json = JSON.parse(await format("json", outcome.results, formatContext(outcome.rules, cwd, false))) as Record<string, unknown>[];
    expect(json.map((r) => [String(r.filePath).slice(cwd.length + 1), r.alloyMode])).toEqual([
      ["local/config.alloy", "config"],
      ["pipelines/logs.alloy", "pipeline"],
      ["pipelines/logs.yaml", undefined],
    ]);
    expect(Object.keys(json[2])).not.toContain("alloyMode");
  });
});

describe("the mode in the editor", () => {
  it("LSP diagnostics of an .alloy file carry alloyMode in their data, next to the fixes", async () => {
    const { outcome } = await check({ "alloy/config.alloy": "loki.write {\n}\n" });
    const result = outcome.results[0];
    const message = result.messages[0];
    const lsp = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: message.message };
    expect(attachFixes(lsp, message, 3, result.alloyMode).data).toEqual({ version: 3, fixes: [], alloyMode: "config" });
  });
});
