import type { OnlineState, RemotePipelineSummary } from "../../src/engine/types.js";
import { runRuleTests } from "./rule-tester.js";

const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\ncontents: "logging {}"\n`;

const overlapping = `targets:
  - root: pipelines
    namespace: a
  - root: pipelines/team
    namespace: b
`;
const sharedNamespace = `targets:
  - root: a
    namespace: ops
    stack: prod
  - root: b
    namespace: ops
    stack: prod
`;
const sameNamespaceOtherStacks = `targets:
  - root: a
    namespace: ops
    stack: prod
  - root: b
    namespace: ops
    stack: dev
`;
const oneTarget = `targets:
  - root: p
    namespace: ops
`;

/** An OnlineState serving a fixed pipeline list (no network). */
function serverWith(remote: RemotePipelineSummary[]): OnlineState {
  return {
    remotePipelines: async () => remote,
    pipelineLimit: async () => undefined,
    validate: async () => ({ ok: true }),
  };
}

runRuleTests("source-consistency", {
  valid: [
    { name: "one target", files: { "p/a.yaml": def("a") } },
    { name: "one namespace in two stacks", files: { "fleetlint.config.yaml": sameNamespaceOtherStacks, "a/x.yaml": def("x"), "b/y.yaml": def("y") } },
    {
      name: "online: the server's copy belongs to this target's namespace",
      files: { "fleetlint.config.yaml": oneTarget, "p/own.yaml": def("own") },
      online: serverWith([{ name: "own", sourceType: "SOURCE_TYPE_GIT", namespace: "ops" }]),
    },
    {
      name: "offline: the server is not asked",
      files: { "fleetlint.config.yaml": oneTarget, "p/x.yaml": def("x") },
    },
  ],
  invalid: [
    {
      name: "overlapping roots: at the later root in the config; files in both roots reported once",
      files: { "fleetlint.config.yaml": overlapping, "pipelines/x.yaml": def("x"), "pipelines/team/y.yaml": def("y") },
      errors: [
        {
          file: "fleetlint.config.yaml",
          messageId: "overlappingRoots",
          data: { target: "targets[1] (root 'pipelines/team')", other: "targets[0] (root 'pipelines')" },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 25,
          related: [{ file: "fleetlint.config.yaml", line: 2, column: 11, message: "targets[0] (root 'pipelines') is defined here" }],
        },
        {
          file: "pipelines/team/y.yaml",
          messageId: "multipleTargets",
          data: { name: "y", targets: "targets[0] (root 'pipelines'), targets[1] (root 'pipelines/team')" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          related: [
            { file: "fleetlint.config.yaml", line: 2, column: 11 },
            { file: "fleetlint.config.yaml", line: 4, column: 11 },
          ],
        },
      ],
    },
    {
      name: "config problems are reported even when only a definition is given",
      files: { "fleetlint.config.yaml": sharedNamespace, "a/x.yaml": def("x"), "b/y.yaml": def("y") },
      paths: ["a/x.yaml"],
      errors: [
        {
          file: "fleetlint.config.yaml",
          messageId: "sharedNamespace",
          data: { namespace: "ops", stack: "prod", target: "targets[1] (root 'b')", other: "targets[0] (root 'a')" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 19,
          related: [{ file: "fleetlint.config.yaml", line: 3, column: 16 }],
        },
      ],
    },
    {
      name: "online: names owned by Terraform and by another Git namespace",
      files: {
        "fleetlint.config.yaml": oneTarget,
        "p/other.yaml": def("other"),
        "p/own.yaml": def("own"),
        "p/tf.yaml": def("tf"),
        "p/ui.yaml": def("ui"),
        "p/gm.yaml": def("gm"),
      },
      online: serverWith([
        { name: "tf", sourceType: "SOURCE_TYPE_TERRAFORM" },
        { name: "own", sourceType: "SOURCE_TYPE_GIT", namespace: "ops" },
        { name: "other", sourceType: "SOURCE_TYPE_GIT", namespace: "team-b" },
        { name: "ui", sourceType: "SOURCE_TYPE_UNSPECIFIED" },
        { name: "remote-only", sourceType: "SOURCE_TYPE_GRAFANA" },
        { name: "gm", sourceType: "SOURCE_TYPE_GRAFANA" },
      ]),
      errors: [
        // No flag takes a Grafana-managed pipeline over: the message says sync will refuse.
        { file: "p/gm.yaml", messageId: "ownedByGrafana", data: { name: "gm", stack: "default", owner: "Grafana" }, line: 1, column: 7, endLine: 1, endColumn: 9 },
        {
          file: "p/other.yaml",
          messageId: "ownedElsewhere",
          data: { name: "other", stack: "default", owner: "the Git namespace 'team-b'" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
        },
        { file: "p/tf.yaml", messageId: "ownedElsewhere", data: { name: "tf", stack: "default", owner: "Terraform" }, line: 1, column: 7, endLine: 1, endColumn: 9 },
        { file: "p/ui.yaml", messageId: "ownedElsewhere", data: { name: "ui", stack: "default", owner: "the UI or API" }, line: 1, column: 7, endLine: 1, endColumn: 9 },
      ],
    },
  ],
});
