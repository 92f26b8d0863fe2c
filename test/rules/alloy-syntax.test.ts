import { runRuleTests } from "./rule-tester.js";

const def = (name: string) => `name: ${name}\nenabled: true\nmatchers: ["env=prod"]\n`;

runRuleTests("alloy-syntax", {
  valid: [
    {
      name: "sibling contents that parse",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": 'prometheus.scrape "default" {\n  targets    = [{"__address__" = "localhost:9090"}]\n  forward_to = []\n}\n',
      },
    },
    {
      name: "inline contents that parse",
      files: { "p/a.yaml": `${def("a")}contents: |\n  logging {\n    level = "info"\n  }\n` },
    },
    { name: "an empty standalone .alloy file", files: { "p/empty.alloy": "" } },
  ],
  invalid: [
    {
      name: "a missing expression at EOF, at the end of the text",
      files: { "p/a.yaml": def("a"), "p/a.alloy": "a = " },
      errors: [
        { file: "p/a.alloy", messageId: "syntax", data: { message: "expected expression, got EOF" }, line: 1, column: 5, endLine: 1, endColumn: 5 },
      ],
    },
    {
      name: "Go's end position when it gives one (dotted attribute name)",
      files: { "p/a.yaml": def("a"), "p/a.alloy": "foo.bar = 1\n" },
      errors: [
        {
          file: "p/a.alloy",
          messageId: "syntax",
          data: { message: 'attribute names may only consist of a single identifier with no "."' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      name: "several diagnostics, in Go's order, the token at the start covered",
      files: { "p/a.yaml": def("a"), "p/a.alloy": "}\nb = 2\nc = [1 2]\n" },
      errors: [
        { file: "p/a.alloy", messageId: "syntax", data: { message: "expected identifier, got }" }, line: 1, column: 1, endLine: 1, endColumn: 2 },
        { file: "p/a.alloy", messageId: "syntax", data: { message: "expected TERMINATOR, got IDENT" }, line: 2, column: 1, endLine: 2, endColumn: 2 },
        { file: "p/a.alloy", messageId: "syntax", data: { message: "missing ',' in expression list" }, line: 3, column: 8, endLine: 3, endColumn: 9 },
      ],
    },
    {
      name: "inline contents map through the YAML block scalar (indentation included)",
      files: { "p/a.yaml": `${def("a")}contents: |\n  logging {\n    level = \n  }\n` },
      errors: [
        // No terminator after `=`, so the parser meets the `}` of the next line.
        { file: "p/a.yaml", messageId: "syntax", data: { message: "expected expression, got }" }, line: 7, column: 3, endLine: 7, endColumn: 4 },
      ],
    },
    {
      name: "a standalone .alloy file no definition uses",
      files: { "p/lib.alloy": "declare \"x\" {\n" },
      errors: [
        { file: "p/lib.alloy", messageId: "syntax", data: { message: "expected }, got EOF" }, line: 2, column: 1, endLine: 2, endColumn: 1 },
      ],
    },
    {
      name: "suppressed with // fleetlint-disable-next-line; the other line still reported",
      files: {
        "p/a.yaml": def("a"),
        "p/a.alloy": "// fleetlint-disable-next-line alloy-syntax -- generated file\nfoo.bar = 1\nx.y = 2\n",
      },
      errors: [
        {
          file: "p/a.alloy",
          messageId: "syntax",
          data: { message: 'attribute names may only consist of a single identifier with no "."' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 4,
        },
      ],
    },
  ],
});
