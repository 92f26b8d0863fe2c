import { runRuleTests } from "./rule-tester.js";

const contents = 'contents: "logging {}"\n';

runRuleTests("explicit-enabled", {
  valid: [
    { name: "enabled: true", files: { "p/a.yaml": `name: a\nenabled: true\n${contents}` } },
    { name: "enabled: false is a deliberate choice", files: { "p/a.yaml": `name: a\nenabled: false\n${contents}` } },
    { name: "a definition that is not a mapping is pipeline-schema's business", files: { "p/a.yaml": "- a\n- b\n" } },
    { name: "YAML that does not parse is pipeline-schema's business", files: { "p/a.yaml": "name: [a\n" } },
    {
      name: "a definition outside the linted files",
      files: { "p/a.yaml": `name: a\n${contents}`, "p/b.yaml": `name: b\nenabled: true\n${contents}` },
      paths: ["p/b.yaml"],
    },
  ],
  invalid: [
    {
      name: "enabled omitted: at the name, with a suggestion after it",
      files: { "p/a.yaml": `name: a\nmatchers: ["env=prod"]\n${contents}` },
      errors: [
        {
          file: "p/a.yaml",
          messageId: "missing",
          data: { name: "a" },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
          severity: 1,
          suggestions: [{ desc: "Add `enabled: true`", output: `name: a\nenabled: true\nmatchers: ["env=prod"]\n${contents}` }],
        },
      ],
    },
    {
      name: "no name key: at the first key, the suggestion before it",
      files: { "p/web.yaml": `# web servers\nmatchers: ["role=web"]\n${contents}` },
      errors: [
        {
          file: "p/web.yaml",
          messageId: "missing",
          data: { name: "web" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          suggestions: [{ desc: "Add `enabled: true`", output: `# web servers\nenabled: true\nmatchers: ["role=web"]\n${contents}` }],
        },
      ],
    },
    {
      name: "CRLF line ends and a name on the last line without a newline",
      files: { "p/a.yaml": `${contents.trimEnd()}\r\nname: a` },
      errors: [
        {
          file: "p/a.yaml",
          messageId: "missing",
          data: { name: "a" },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 8,
          suggestions: [{ desc: "Add `enabled: true`", output: `${contents.trimEnd()}\r\nname: a\r\nenabled: true` }],
        },
      ],
    },
    {
      name: "a flow mapping gets no suggestion",
      files: { "p/a.yaml": `{name: a, contents: "logging {}"}\n` },
      errors: [{ file: "p/a.yaml", messageId: "missing", data: { name: "a" }, line: 1, column: 8, endLine: 1, endColumn: 9, suggestions: [] }],
    },
  ],
});
