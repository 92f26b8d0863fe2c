import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../rules/pipeline-schema.js";
import { lintProject } from "../../src/engine/index.js";
import { tempRepo } from "../repo/temp-repo.js";

/** Lints a repository with only this rule; returns `file:line:col message` per report. */
async function run(dir: string, paths?: string[]): Promise<string[]> {
  const outcome = await lintProject({ cwd: dir, rules: [rule], ...(paths ? { paths } : {}) });
  return outcome.results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}:${m.line}:${m.column} ${m.message}`));
}

const ALLOY = 'prometheus.exporter.self "default" { }\n';

describe("pipeline-schema", () => {
  it("has the metadata the registry expects", () => {
    expect(rule.meta).toMatchObject({ id: "pipeline-schema", type: "problem", category: "fast", defaultSeverity: "error", fixable: false });
  });

  it("is silent on valid definitions of every form", async () => {
    const dir = tempRepo({
      "a.yaml": "name: a\nenabled: true\nmatchers: [env=prod]\n",
      "a.alloy": ALLOY,
      "b.yml": "enabled: false\ncontents: |\n  prometheus.exporter.self \"b\" { }\n",
      "c.yaml": "enabled: true\ncontents_file: shared/c.alloy\nmetadata: { team: x }\n",
      "shared/c.alloy": ALLOY,
      "o.yaml": "enabled: true\nconfig_type: otel\ncontents: |\n  receivers: {}\n",
    });
    expect(await run(dir)).toEqual([]);
  });

  it("reports every kind of problem with its message", async () => {
    const dir = tempRepo({
      // A config file: without one, only YAML that looks like a pipeline is a definition (list.yaml would not be).
      "fleetlint.config.yaml": "targets:\n  - root: .\n",
      "typo.yaml": "ennabled: true\n",
      "typo.alloy": ALLOY,
      "type.yaml": "enabled: yes please\n",
      "type.alloy": ALLOY,
      "syntax.yaml": "matchers: [a=b\n",
      "list.yaml": "- a\n",
      "none.yaml": "enabled: true\n",
      "two.yaml": "contents: x = 1\n",
      "two.alloy": ALLOY,
      "missing.yaml": "contents_file: gone.alloy\n",
      "empty.yaml": 'contents: ""\n',
      "otel.yaml": "config_type: otel\n",
    });
    expect(await run(dir)).toEqual([
      'empty.yaml:1:11 Expected pipeline contents, found an empty `contents`',
      "list.yaml:1:1 Expected a mapping of pipeline keys (name, enabled, matchers), found a sequence",
      'missing.yaml:1:16 Expected the `contents_file` "gone.alloy" to exist; not found (looked for gone.alloy)',
      "none.yaml:1:1 Expected one contents source: the sibling file none.alloy, `contents` or `contents_file`; found none",
      "otel.yaml:1:1 Expected `contents` or `contents_file` for an OTel pipeline (config_type: otel); a sibling .alloy file holds only Alloy contents",
      "syntax.yaml:2:1 Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "two.yaml:1:1 Expected exactly one contents source, found `contents` and the sibling file two.alloy",
      'type.yaml:1:10 Expected "enabled" to be a boolean, found a string',
      'typo.yaml:1:1 Unknown key "ennabled" (did you mean "enabled"?)',
    ]);
  });

  it("suggests the known key for a misspelt one, as an edit (quotes kept)", async () => {
    const dir = tempRepo({ "plain.yaml": "ennabled: true\n", "plain.alloy": ALLOY, "quoted.yaml": '"ennabled": true\n', "quoted.alloy": ALLOY });
    const outcome = await lintProject({ cwd: dir, rules: [rule] });
    const edited = outcome.results.flatMap((r) =>
      r.messages.flatMap((m) => (m.suggestions ?? []).map((s) => [s.desc, r.source!.slice(0, s.fix.range[0]) + s.fix.text + r.source!.slice(s.fix.range[1])])),
    );
    expect(edited).toEqual([
      ['Change to "enabled"', "enabled: true\n"],
      ['Change to "enabled"', '"enabled": true\n'],
    ]);
  });

  it("reports only on linted files, though every definition is loaded", async () => {
    const dir = tempRepo({ "good.yaml": "enabled: true\n", "good.alloy": ALLOY, "bad.yaml": "enabld: true\n", "bad.alloy": ALLOY });
    expect(await run(dir, ["good.yaml"])).toEqual([]);
    expect(await run(dir, [join(dir, "bad.yaml")])).toEqual(['bad.yaml:1:1 Unknown key "enabld" (did you mean "enabled"?)']);
  });

  it("compat: sync-action accepts what the current action accepts: config_type, and inline contents for OTel", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets:\n  - root: p\n    compat: sync-action\n",
      "p/x.yaml": "name: x\nenabled: true\nmatchers: [env=prod]\nconfig_type: alloy\n",
      "p/x.alloy": ALLOY,
      "p/otel.yaml":
        "enabled: true\nmatchers: [env=prod]\nconfig_type: otel\ncontents: |\n  receivers: {otlp: {protocols: {grpc: {}}}}\n  exporters: {debug: {}}\n  service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}\n",
    });
    expect(await run(dir)).toEqual([]);
  });

  it("compat: sync-action rejects contents_file and metadata, and inline contents for an Alloy pipeline", async () => {
    const dir = tempRepo({
      "fleetlint.config.yaml": "targets:\n  - root: p\n    compat: sync-action\n",
      "p/x.yaml": "enabled: true\ncontents_file: shared.alloy\nmetadata: {team: a}\n",
      "p/shared.alloy": ALLOY,
      "p/inline.yaml": "enabled: true\ncontents: |\n  " + ALLOY,
    });
    expect(await run(dir)).toEqual([
      "p/inline.yaml:2:1 Expected the contents of an Alloy pipeline in the sibling file inline.alloy (the sync action reads only that; inline `contents` is for config_type: otel); not found",
      'p/x.yaml:2:1 Disallowed key "contents_file" with compat: sync-action (the sync action rejects every key but name, enabled, matchers, config_type and contents)',
      'p/x.yaml:3:1 Disallowed key "metadata" with compat: sync-action (the sync action rejects every key but name, enabled, matchers, config_type and contents)',
    ]);
  });
});
