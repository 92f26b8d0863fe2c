import type { OnlineState, RemotePipelineSummary } from "../../src/engine/types.js";
import { runRuleTests } from "./rule-tester.js";

const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\ncontents: "logging {}"\n`;

const limitTwo = `targets:
  - root: p
    namespace: ops
    stack: prod
    pipelineLimit: 2
`;
const twoTargetsLimits = `targets:
  - root: a
    namespace: a
    stack: prod
    pipelineLimit: 5
  - root: b
    namespace: b
    stack: prod
    pipelineLimit: 2
`;

function server(remote: RemotePipelineSummary[], limit: number | undefined): OnlineState {
  return {
    remotePipelines: async () => remote,
    pipelineLimit: async () => limit,
    validate: async () => ({ ok: true }),
  };
}

runRuleTests("pipeline-limit", {
  valid: [
    { name: "at the limit", files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b") } },
    {
      name: "a duplicated name counts once (the server keeps one)",
      files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b"), "p/c.yaml": def("b") },
    },
    {
      name: "online: the server's limit is higher than the configured one; its own namespace's pipelines are replaced",
      files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b"), "p/c.yaml": def("c") },
      online: server([{ name: "old", sourceType: "SOURCE_TYPE_GIT", namespace: "ops" }], 3),
    },
  ],
  invalid: [
    {
      name: "over the limit: at the definition that crosses it",
      files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b"), "p/c.yaml": def("c"), "p/d.yaml": def("d") },
      errors: [
        { file: "p/c.yaml", messageId: "tooMany", data: { stack: "prod", count: 4, limit: 2 }, line: 1, column: 7, endLine: 1, endColumn: 8, severity: 2 },
      ],
    },
    {
      name: "the smallest limit among a stack's targets applies, counting both targets",
      files: { "fleetlint.config.yaml": twoTargetsLimits, "a/x.yaml": def("x"), "b/y.yaml": def("y"), "b/z.yaml": def("z") },
      errors: [{ file: "b/z.yaml", messageId: "tooMany", data: { stack: "prod", count: 3, limit: 2 }, line: 1, column: 7, endLine: 1, endColumn: 8 }],
    },
    {
      name: "none of the crossing files given: a file-less diagnostic on the config file (at the stack's target)",
      files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b"), "p/c.yaml": def("c") },
      paths: ["p/a.yaml"],
      errors: [
        { file: "fleetlint.config.yaml", messageId: "tooMany", data: { stack: "prod", count: 3, limit: 2 }, line: 4, column: 12, endLine: 4, endColumn: 16 },
      ],
    },
    {
      name: "no config file: the default limit of 200, reported at the 201st",
      files: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`p/p${String(i).padStart(3, "0")}.yaml`, def(`p${i}`)])),
      errors: [{ file: "p/p200.yaml", messageId: "tooMany", data: { stack: "default", count: 201, limit: 200 }, line: 1, column: 7, endLine: 1, endColumn: 11 }],
    },
    {
      name: "online: the server's limit, with pipelines other sources own",
      files: { "fleetlint.config.yaml": limitTwo, "p/a.yaml": def("a"), "p/b.yaml": def("b") },
      online: server(
        [
          { name: "tf", sourceType: "SOURCE_TYPE_TERRAFORM" },
          { name: "a", sourceType: "SOURCE_TYPE_GIT", namespace: "ops" },
          { name: "mine-before", sourceType: "SOURCE_TYPE_GIT", namespace: "ops" },
        ],
        2,
      ),
      errors: [
        {
          file: "p/b.yaml",
          messageId: "tooManyOnline",
          data: { stack: "prod", count: 3, local: 2, others: 1, limit: 2 },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
  ],
});
