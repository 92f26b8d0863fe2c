import { runRuleTests } from "./rule-tester.js";

const def = (name: string | null) => `${name === null ? "" : `name: ${name}\n`}enabled: true\nmatchers: ["env=prod"]\ncontents: "logging {}"\n`;

const twoTargetsOneStack = `targets:
  - root: team-a
    namespace: team-a
    stack: prod
  - root: team-b
    namespace: team-b
    stack: prod
`;
const twoStacks = `targets:
  - root: prod
    namespace: ops
    stack: prod
  - root: dev
    namespace: ops
    stack: dev
`;

runRuleTests("pipeline-unique-name", {
  valid: [
    { name: "distinct names", files: { "p/a.yaml": def("alpha"), "p/b.yaml": def("beta") } },
    { name: "one name in two different stacks", files: { "fleetlint.config.yaml": twoStacks, "prod/a.yaml": def("x"), "dev/a.yaml": def("x") } },
    {
      name: "a duplicate outside the linted files is not reported",
      files: { "p/a.yaml": def("x"), "p/b.yaml": def("x"), "p/c.yaml": def("y") },
      paths: ["p/c.yaml"],
    },
  ],
  invalid: [
    {
      name: "the later definition, pointing at the first",
      files: { "p/a.yaml": def("x"), "p/b.yaml": def("x") },
      errors: [
        {
          file: "p/b.yaml",
          messageId: "duplicate",
          data: { name: "x", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          severity: 2,
          related: [{ file: "p/a.yaml", line: 1, column: 7, message: "'x' previously defined here" }],
        },
      ],
    },
    {
      name: "a name taken from the file name collides with a written one",
      files: { "p/a.yaml": def("web"), "p/web.yaml": def(null) },
      errors: [
        {
          file: "p/web.yaml",
          messageId: "duplicate",
          data: { name: "web", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      name: "across two targets of one stack",
      files: { "fleetlint.config.yaml": twoTargetsOneStack, "team-a/x.yaml": def("shared"), "team-b/y.yaml": def("shared") },
      errors: [
        {
          file: "team-b/y.yaml",
          messageId: "duplicate",
          data: { name: "shared", stack: "prod", where: "team-a/x.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          related: [{ file: "team-a/x.yaml", line: 1, column: 7 }],
        },
      ],
    },
    {
      name: "names differing only in case warn",
      files: { "p/a.yaml": def("Web"), "p/b.yaml": def("web") },
      errors: [
        {
          file: "p/b.yaml",
          messageId: "caseOnly",
          data: { name: "web", other: "Web", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 10,
          severity: 1,
        },
      ],
    },
    {
      name: "case-only stays a warning even when the rule is set to error; exact duplicates are errors",
      severity: "error",
      files: { "p/a.yaml": def("Web"), "p/b.yaml": def("web"), "p/c.yaml": def("Web") },
      errors: [
        {
          file: "p/b.yaml",
          messageId: "caseOnly",
          data: { name: "web", other: "Web", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 10,
          severity: 1,
        },
        {
          file: "p/c.yaml",
          messageId: "duplicate",
          data: { name: "Web", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 10,
          severity: 2,
        },
      ],
    },
    {
      name: "only the first definition given: reported on it, pointing at the other (partial file list)",
      files: { "p/a.yaml": def("x"), "p/b.yaml": def("x") },
      paths: ["p/a.yaml"],
      errors: [
        {
          file: "p/a.yaml",
          messageId: "duplicate",
          data: { name: "x", stack: "default", where: "p/b.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          related: [{ file: "p/b.yaml", line: 1, column: 7, message: "'x' also defined here" }],
        },
      ],
    },
    {
      name: "only the later definition given: reported on it, nothing on the other",
      files: { "p/a.yaml": def("x"), "p/b.yaml": def("x") },
      paths: ["p/b.yaml"],
      errors: [
        {
          file: "p/b.yaml",
          messageId: "duplicate",
          data: { name: "x", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      name: "suppressed with # fleetlint-disable-next-line in YAML",
      files: {
        "p/a.yaml": def("x"),
        "p/b.yaml": `# fleetlint-disable-next-line pipeline-unique-name -- migrating\n${def("x")}`,
        "p/c.yaml": def("x"),
      },
      errors: [
        {
          file: "p/c.yaml",
          messageId: "duplicate",
          data: { name: "x", stack: "default", where: "p/a.yaml:1:7" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
  ],
});
