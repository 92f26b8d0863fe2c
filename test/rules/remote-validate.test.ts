import { describe, expect, it } from "vitest";
import type { OnlineState } from "../../src/engine/types.js";
import { loadRule } from "../../rules/index.js";
import { lintCase, runRuleTests } from "./rule-tester.js";

/** An OnlineState whose server rejects the pipelines named in `verdicts`, and records what it was asked. */
function server(verdicts: Record<string, string> = {}): OnlineState & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    remotePipelines: async () => [],
    pipelineLimit: async () => undefined,
    validate: async (pipeline) => {
      asked.push(pipeline.name);
      const message = verdicts[pipeline.name];
      return message === undefined ? { ok: true } : { ok: false, message };
    },
  };
}

const ALLOY = 'prometheus.exporter.self "default" { }\n';
const named = { "pipelines/a.yaml": "name: app\nenabled: true\nmatchers: [env=prod]\n", "pipelines/a.alloy": ALLOY };
const unnamed = { "pipelines/b.yaml": "enabled: true\n", "pipelines/b.alloy": ALLOY };

runRuleTests("remote-validate", {
  valid: [
    { name: "the server accepts every pipeline", files: { ...named, ...unnamed }, online: server() },
    { name: "offline: nothing is asked", files: named },
    { name: "a rejected pipeline whose files are not linted", files: { ...named, ...unnamed }, paths: ["pipelines/b.yaml"], online: server({ app: "bad" }) },
  ],
  invalid: [
    {
      name: "the verdict lands on the written name",
      files: named,
      online: server({ app: 'pipeline "app": invalid matcher' }),
      errors: [
        {
          file: "pipelines/a.yaml",
          messageId: "rejected",
          data: { name: "app", reason: 'pipeline "app": invalid matcher' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 10,
        },
      ],
    },
    {
      name: "without a name key, on the definition file",
      files: unnamed,
      online: server({ b: "limit reached" }),
      errors: [{ file: "pipelines/b.yaml", messageId: "rejected", data: { name: "b", reason: "limit reached" }, line: 1, column: 1, endLine: 2, endColumn: 1 }],
    },
    {
      name: "only the contents file linted: on its first line",
      files: named,
      paths: ["pipelines/a.alloy"],
      online: server({ app: "rejected" }),
      errors: [{ file: "pipelines/a.alloy", messageId: "rejected", data: { name: "app", reason: "rejected" }, line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
  ],
});

describe("remote-validate requests", () => {
  it("asks about each linted pipeline once, and not about Alloy that does not parse", async () => {
    const online = server();
    const rule = await loadRule("remote-validate");
    await lintCase(rule, {
      name: "asked",
      files: { ...named, ...unnamed, "pipelines/c.yaml": "enabled: true\n", "pipelines/c.alloy": "prometheus.exporter.self {\n" },
      online,
    });
    expect(online.asked.sort()).toEqual(["app", "b"]);
  });
});
