import { describe, expect, it } from "vitest";
import { parseDirectiveBody } from "../../src/engine/index.js";
import { lintSpec, namesRule, testRule } from "./helpers.js";

describe("parseDirectiveBody", () => {
  it.each([
    [" fleetlint-disable-next-line a, b -- reason here", { kind: "disable-next-line", rules: ["a", "b"] }],
    ["fleetlint-disable-next-line", { kind: "disable-next-line", rules: null }],
    ["fleetlint-disable-next-line -- only a reason", { kind: "disable-next-line", rules: null }],
    ["fleetlint-disable-line x", { kind: "disable-line", rules: ["x"] }],
    ["fleetlint-disable x,y", { kind: "disable", rules: ["x", "y"] }],
    ["fleetlint-enable", { kind: "enable", rules: null }],
    ["fleetlint-disable a--b", { kind: "disable", rules: ["a--b"] }],
  ])("%j", (body, expected) => {
    expect(parseDirectiveBody(body)).toEqual(expected);
  });
  it.each(["fleetlint-disabled x", "eslint-disable x", "note: fleetlint-disable x"])("%j is not a directive", (body) => {
    expect(parseDirectiveBody(body)).toBeUndefined();
  });
});

/** Reports every `BAD` in every linted file's text (YAML and Alloy alike). */
const badWords = testRule({ id: "bad-word", messages: { bad: "Disallowed BAD" } }, (context) => ({
  project(project) {
    for (const file of project.files.values()) {
      if (!context.isLinted(file.path)) continue;
      for (let i = file.text.indexOf("BAD"); i !== -1; i = file.text.indexOf("BAD", i + 1)) {
        context.report({ messageId: "bad", loc: { file, range: { start: i, end: i + 3 } } });
      }
    }
  },
}));

describe("inline suppressions", () => {
  it("disable-next-line in YAML (#) and Alloy (//), with and without rule lists", async () => {
    const files = {
      "a.yaml": "# fleetlint-disable-next-line bad-word -- known\nname: BAD\nother: BAD\n",
      "a.alloy": "// fleetlint-disable-next-line\nx = \"BAD\"\n/* fleetlint-disable-next-line bad-word */ y = 1\nz = \"BAD\"\n",
    };
    const { lines } = await lintSpec({ files }, [badWords]);
    expect(lines).toEqual(["a.yaml:3:8 bad-word 2 Disallowed BAD"]);
  });

  it("disable/enable ranges, per rule and blanket, with enable of one rule inside a blanket disable", async () => {
    const files = {
      "a.alloy": [
        'a = "BAD"', // 1 reported
        "// fleetlint-disable bad-word",
        'b = "BAD"', // 3 suppressed
        "// fleetlint-enable bad-word",
        'c = "BAD"', // 5 reported
        "// fleetlint-disable",
        'd = "BAD"', // 7 suppressed
        "// fleetlint-enable bad-word",
        'e = "BAD"', // 9 reported
        "// fleetlint-enable",
        'f = "BAD"', // 11 reported
        "",
      ].join("\n"),
    };
    const { lines } = await lintSpec({ files }, [badWords]);
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["a.alloy:1:6", "a.alloy:5:6", "a.alloy:9:6", "a.alloy:11:6"]);
  });

  it("disable-line suppresses on its own line", async () => {
    const { lines } = await lintSpec({ files: { "a.alloy": 'x = "BAD" // fleetlint-disable-line bad-word\n' } }, [badWords]);
    expect(lines).toEqual([]);
  });

  it("reports unused directives as warnings without a rule id, and unknown rule names", async () => {
    const files = {
      "a.yaml": "# fleetlint-disable-next-line bad-word\nname: fine\n# fleetlint-disable-next-line no-such-rule\nx: 1\n",
      "b.alloy": "// fleetlint-disable-next-line\nx = 1\n",
    };
    const { lines } = await lintSpec({ files }, [badWords]);
    expect(lines).toEqual([
      "a.yaml:1:1 - 1 Unused fleetlint-disable-next-line directive (no problems were reported from 'bad-word')",
      "a.yaml:3:1 - 1 Unknown rule 'no-such-rule' in fleetlint-disable-next-line directive",
      "b.alloy:1:1 - 1 Unused fleetlint-disable-next-line directive (no problems were reported)",
    ]);
  });

  it("does not judge a directive for a rule that did not run (a network rule offline, a rule turned off)", async () => {
    const files = { "a.yaml": "# fleetlint-disable-next-line bad-word, net\nname: BAD\n# fleetlint-disable-next-line names\nname2: x\n" };
    const network = namesRule("net", { category: "network" });
    const off = namesRule("names", { defaultSeverity: "off" });
    const { lines } = await lintSpec({ files }, [badWords, network, off]);
    expect(lines).toEqual([]);
  });

  it("can leave unused directives unreported", async () => {
    const { lines } = await lintSpec({ files: { "b.alloy": "// fleetlint-disable-next-line\nx = 1\n" } }, [badWords], { reportUnusedDirectives: false });
    expect(lines).toEqual([]);
  });

  it("reads Alloy directives by a light scan when the contents do not parse, ignoring // inside text on other lines", async () => {
    const files = { "a.alloy": '// fleetlint-disable-next-line bad-word\nx = "BAD\n' };
    const { lines } = await lintSpec({ files }, [badWords]);
    expect(lines).toEqual([]);
  });
});
