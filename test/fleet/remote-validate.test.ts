import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintProject } from "../../src/engine/index.js";
import type { OnlineState } from "../../src/engine/types.js";
import { loadProject } from "../../src/repo/index.js";
import rule from "../../rules/remote-validate.js";

const FIXTURE = join(import.meta.dirname, "../../fixtures/repos/fleet-basic");

/** An OnlineState whose server rejects the pipelines named in `verdicts`. */
function fakeServer(verdicts: Record<string, string>): OnlineState & { asked: string[] } {
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

async function lint(online: OnlineState | undefined, paths?: string[]) {
  const config = await loadConfig({ cwd: FIXTURE });
  const project = await loadProject(config, { cwd: FIXTURE, paths });
  return lintProject({ cwd: FIXTURE, config, project, rules: [rule], online });
}

describe("remote-validate", () => {
  it("reports the server's verdict on the definition file", async () => {
    const online = fakeServer({ "app-logs": 'pipeline "app-logs": component loki.write is not allowed' });
    const { results } = await lint(online);
    const messages = results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ...m })));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      file: join(FIXTURE, "pipelines/app-logs.yaml"),
      ruleId: "remote-validate",
      severity: 2,
      message: `Invalid pipeline 'app-logs' according to Fleet Management: pipeline "app-logs": component loki.write is not allowed`,
      line: 1,
      column: 1,
    });
    expect(online.asked.sort()).toEqual(["app-logs", "node-metrics"]);
  });

  it("asks only about the linted files' pipelines", async () => {
    const online = fakeServer({});
    await lint(online, ["pipelines/node-metrics.alloy"]);
    expect(online.asked).toEqual(["node-metrics"]);
  });

  it("does nothing offline", async () => {
    const { results } = await lint(undefined);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});
