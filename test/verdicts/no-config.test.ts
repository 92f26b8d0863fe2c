/**
 * A repository without a fleetlint config: the working folder is the target,
 * and a YAML file is a pipeline definition only when it looks like one.
 */
import { describe, expect, it } from "vitest";
import { lintProject } from "../../src/engine/index.js";
import { tempRepo } from "../repo/temp-repo.js";

const ALLOY = 'prometheus.exporter.unix "node" { }\n';

const REPOSITORY = {
  ".github/workflows/ci.yml": "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n",
  ".github/dependabot.yml": "version: 2\nupdates: []\n",
  ".gitlab-ci.yml": "stages: [lint]\nlint:\n  script: make\n",
  "docker-compose.yaml": "services:\n  alloy:\n    image: grafana/alloy:latest\n    command: run /etc/alloy\n",
  "compose.override.yml": "services:\n  alloy:\n    environment:\n      enabled: 'true'\n",
  "k8s/alloy.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alloy\ndata:\n  config.alloy: |\n    logging { }\n---\napiVersion: apps/v1\nkind: DaemonSet\n",
  "k8s/configmap.alloy": 'logging {\n  level = "info"\n}\n',
  "helm/values.yaml": "alloy:\n  enabled: true\n  configMap:\n    content: ''\n",
  "mkdocs.yml": "site_name: x\n",
  "pipelines/node.yaml": 'name: node\nenabled: true\nmatchers: ["env=prod"]\n',
  "pipelines/node.alloy": ALLOY,
  "pipelines/inline.yaml": "enabled: true\nmatchers: [\"env=prod\"]\ncontents: |\n  " + ALLOY,
  "pipelines/otel.yaml": "enabled: true\nmatchers: [\"env=prod\"]\nconfig_type: otel\ncontents: |\n  receivers: {otlp: {protocols: {grpc: {}}}}\n  exporters: {debug: {}}\n  service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}}\n",
};

describe("check without a config file", () => {
  it("is silent on CI workflows, compose files, Kubernetes manifests and other non-pipeline YAML", async () => {
    const cwd = tempRepo(REPOSITORY);
    const { results, project } = await lintProject({ cwd });
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(cwd.length + 1)} ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(project.pipelines.map((p) => p.name).sort()).toEqual(["inline", "node", "otel"]);
  });

  it("lints exactly the pipelines and the .alloy files, and says which mode each .alloy had", async () => {
    const cwd = tempRepo(REPOSITORY);
    const { results } = await lintProject({ cwd });
    expect(results.map((r) => [r.filePath.slice(cwd.length + 1), r.alloyMode ?? null])).toEqual([
      ["k8s/configmap.alloy", "config"],
      ["pipelines/inline.yaml", null],
      ["pipelines/node.alloy", "pipeline"],
      ["pipelines/node.yaml", null],
      ["pipelines/otel.yaml", null],
    ]);
  });

  it("still reports a broken definition (a sibling .alloy makes it one)", async () => {
    const cwd = tempRepo({ "pipelines/bad.yaml": "enabledd: true\n", "pipelines/bad.alloy": ALLOY, "docker-compose.yml": "services: {}\n" });
    const { results } = await lintProject({ cwd });
    const ruleIds = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(cwd.length + 1)} ${m.ruleId}`));
    expect(ruleIds).toContain("pipelines/bad.yaml pipeline-schema");
    expect(ruleIds.filter((id) => !id.startsWith("pipelines/bad.yaml"))).toEqual([]);
  });
});
