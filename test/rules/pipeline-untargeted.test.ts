import { describe, expect, it } from "vitest";
import { lintProject } from "../../src/engine/index.js";
import { tempRepo } from "../repo/temp-repo.js";

const ALLOY = 'prometheus.exporter.unix "node" { }\n';
const DEFINITION = 'name: search\nenabled: true\nmatchers: ["env=prod"]\n';
const CONFIG = "targets:\n  - root: pipelines\n";

/** `file line:col severity message` of this rule's problems, paths relative to the repository. */
async function untargeted(files: Record<string, string>, paths?: string[]) {
  const cwd = tempRepo(files);
  const { results } = await lintProject({ cwd, ...(paths ? { paths } : {}) });
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === "pipeline-untargeted")
      .map((m) => `${r.filePath.slice(cwd.length + 1)} ${m.line}:${m.column} ${m.severity} ${m.message}`),
  );
}

describe("pipeline-untargeted", () => {
  it("warns on a definition given explicitly but outside every target, naming the roots", async () => {
    const files = { "fleetlint.config.yaml": CONFIG, "pipelines/a.yaml": DEFINITION, "pipelines/a.alloy": ALLOY, "search/search.yaml": DEFINITION, "search/search.alloy": ALLOY };
    expect(await untargeted(files, ["search/search.yaml"])).toEqual([
      "search/search.yaml 1:1 1 This looks like a pipeline definition, but it is outside every target (pipelines): fleetlint does not lint it as a pipeline and sync never sends it. Move it under a target root or add a target for its folder",
    ]);
  });

  it("counts files of a given folder, and YAML with pipeline keys but no sibling", async () => {
    const files = { "fleetlint.config.yaml": CONFIG, "pipelines/a.yaml": DEFINITION, "pipelines/a.alloy": ALLOY, "other/inline.yaml": 'enabled: true\ncontents: |\n  logging { }\n' };
    expect((await untargeted(files, ["other"])).map((p) => p.split(" ")[0])).toEqual(["other/inline.yaml"]);
  });

  it("counts an unsaved editor buffer outside every target", async () => {
    const cwd = tempRepo({ "fleetlint.config.yaml": CONFIG, "pipelines/a.yaml": DEFINITION, "pipelines/a.alloy": ALLOY });
    const path = `${cwd}/drafts/new.yaml`;
    const { results } = await lintProject({ cwd, paths: [path], buffers: new Map([[path, DEFINITION]]) });
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(["pipeline-untargeted"]);
  });

  it("is silent on YAML outside the targets that is not a pipeline (CI, compose, Kubernetes, anything without pipeline keys)", async () => {
    const files = {
      "fleetlint.config.yaml": CONFIG,
      "pipelines/a.yaml": DEFINITION,
      "pipelines/a.alloy": ALLOY,
      ".github/workflows/ci.yml": "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n",
      "docker-compose.yaml": "services:\n  alloy:\n    image: grafana/alloy\n",
      "k8s/deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: alloy\nenabled: true\n",
      "values.yaml": "alloy:\n  enabled: true\n",
    };
    expect(await untargeted(files, [".github/workflows/ci.yml", "docker-compose.yaml", "k8s/deploy.yaml", "values.yaml"])).toEqual([]);
  });

  it("is silent on definitions inside a target, and when nothing is given", async () => {
    const files = { "fleetlint.config.yaml": CONFIG, "pipelines/a.yaml": DEFINITION, "pipelines/a.alloy": ALLOY, "search/search.yaml": DEFINITION };
    expect(await untargeted(files, ["pipelines/a.yaml"])).toEqual([]);
    expect(await untargeted(files)).toEqual([]);
  });

  it("warns at the root in the config file when a target root matches no files", async () => {
    const files = {
      "fleetlint.config.yaml": "targets:\n  - root: pipelines\n  - root: pipelines/logs\n",
      "pipelines/a.yaml": DEFINITION,
      "pipelines/a.alloy": ALLOY,
      "pipelines/logs/.gitkeep": "",
    };
    expect(await untargeted(files)).toEqual([
      'fleetlint.config.yaml 3:11 1 Target root "pipelines/logs" matches no files to lint: no pipeline definitions (*.yaml, *.yml) and no .alloy files',
    ]);
    const empty = { "fleetlint.config.yaml": "targets:\n  - root: pipelines\n  - root: staging\n", "pipelines/a.yaml": DEFINITION, "pipelines/a.alloy": ALLOY, "staging/README.md": "soon\n" };
    expect(await untargeted(empty)).toEqual([
      'fleetlint.config.yaml 3:11 1 Target root "staging" matches no files to lint: no pipeline definitions (*.yaml, *.yml) and no .alloy files',
    ]);
  });

  it("a root holding only local .alloy configs is not empty", async () => {
    expect(await untargeted({ "fleetlint.config.yaml": "targets:\n  - root: alloy\n", "alloy/config.alloy": ALLOY })).toEqual([]);
  });
});
