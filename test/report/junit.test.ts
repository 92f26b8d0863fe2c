import { describe, expect, it } from "vitest";
import format, { escapeXml } from "../../src/report/junit.js";
import { context, results } from "./sarif-sample.js";

const GOLDEN = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="fleetlint" tests="4" failures="3" errors="0" time="0">
  <testsuite name="pipelines/a.yaml" tests="2" failures="2" errors="0" skipped="0" time="0">
    <testcase classname="pipelines/a.yaml" name="explicit-enabled at 1:1" time="0">
      <failure type="warning" message="Expected \`enabled\`: 50% of&#10;fleets, a,b: c">pipelines/a.yaml:1:1: warning Expected \`enabled\`: 50% of&#10;fleets, a,b: c (explicit-enabled)</failure>
    </testcase>
    <testcase classname="pipelines/a.yaml" name="matcher-valid at 3:5" time="0">
      <failure type="error" message="Invalid matcher &apos;env=~[a&apos;: missing ]">pipelines/a.yaml:3:5: error Invalid matcher &apos;env=~[a&apos;: missing ] (matcher-valid)</failure>
    </testcase>
  </testsuite>
  <testsuite name="pipelines/b.yaml" tests="1" failures="1" errors="0" skipped="0" time="0">
    <testcase classname="pipelines/b.yaml" name="pipeline-unique-name at 1:7" time="0">
      <failure type="error" message="Pipeline name &apos;app&apos; is already used by pipelines/a.yaml">pipelines/b.yaml:1:7: error Pipeline name &apos;app&apos; is already used by pipelines/a.yaml (pipeline-unique-name)&#10;pipelines/a.yaml:1:7: previously defined here</failure>
    </testcase>
  </testsuite>
  <testsuite name="pipelines/clean.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">
    <testcase classname="pipelines/clean.yaml" name="fleetlint" time="0"/>
  </testsuite>
</testsuites>
`;

describe("junit formatter", () => {
  it("matches the golden report", () => {
    expect(format(results, context)).toBe(GOLDEN);
  });

  it("writes an empty suite list when nothing was linted", () => {
    expect(format([], context)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fleetlint" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
  });

  it("escapes markup and replaces characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("nul\u0000 bell\u0007 tab\t")).toBe("nul\uFFFD bell\uFFFD tab&#9;");
    expect(escapeXml("lone \uD800 pair \uD83D\uDE00")).toBe("lone \uFFFD pair \uD83D\uDE00");
  });

  it("never lets a message close the element early", () => {
    const hostile = [{ ...results[2], messages: [{ ruleId: "x", severity: 2 as const, message: "]]></failure><x>", line: 1, column: 1, endLine: 1, endColumn: 2 }] }];
    const xml = format(hostile, context);
    expect(xml.match(/<\/failure>/g)?.length).toBe(1);
    expect(xml).toContain("]]&gt;&lt;/failure&gt;&lt;x&gt;");
  });
});
