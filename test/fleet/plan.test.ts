import { beforeAll, describe, expect, it } from "vitest";
import { canonicalMatcherSet, changedFields, sameContents, type Languages } from "../../src/fleet/compare.js";
import { loadLanguages } from "../../src/fleet/languages.js";
import type { PipelineMessage } from "../../src/fleet/messages.js";
import { hasChanges, planJson, planTarget } from "../../src/fleet/plan.js";
import { renderPlans } from "../../src/fleet/render.js";

let languages: Languages;
beforeAll(async () => {
  languages = await loadLanguages();
});

const ALLOY = 'prometheus.scrape "a" {\n\ttargets    = []\n\tforward_to = []\n}\n';
const p = (name: string, extra: Partial<PipelineMessage> = {}): PipelineMessage => ({
  name,
  contents: ALLOY,
  matchers: ["env=prod"],
  enabled: true,
  configType: "CONFIG_TYPE_ALLOY",
  ...extra,
});
const git = (namespace: string) => ({ type: "SOURCE_TYPE_GIT" as const, namespace });

describe("semantic comparison", () => {
  it("treats Alloy reformatting as equal and real changes as different", () => {
    const messy = 'prometheus.scrape "a" {\n  targets = []\n      forward_to = []\n}';
    expect(sameContents(languages, "CONFIG_TYPE_ALLOY", ALLOY, messy)).toBe(true);
    expect(sameContents(languages, "CONFIG_TYPE_ALLOY", ALLOY, ALLOY.replace("targets    = []", 'targets    = ["x"]'))).toBe(false);
  });

  it("compares unparsable Alloy as text, ignoring a trailing newline", () => {
    expect(sameContents(languages, "CONFIG_TYPE_ALLOY", "a {", "a {\n")).toBe(true);
    expect(sameContents(languages, "CONFIG_TYPE_ALLOY", "a {", "a  {")).toBe(false);
  });

  it("compares OTel contents as YAML values", () => {
    expect(sameContents(languages, "CONFIG_TYPE_OTEL", "a: {b: 1}\nc: [x]\n", "c:\n  - x\na:\n  b: 1\n")).toBe(true);
    expect(sameContents(languages, "CONFIG_TYPE_OTEL", "a: 1\n", "a: 2\n")).toBe(false);
  });

  it("compares matchers as an order-insensitive set of canonical forms", () => {
    expect(canonicalMatcherSet(languages, ["env=prod", 'team = "a"'])).toEqual(canonicalMatcherSet(languages, ['team="a"', 'env="prod"']));
    expect(canonicalMatcherSet(languages, ["env=prod", "env=prod"])).toHaveLength(1);
    expect(canonicalMatcherSet(languages, ["env=~prod"])).not.toEqual(canonicalMatcherSet(languages, ["env=prod"]));
  });

  it("names each changed field; a missing enabled or config type reads as the proto default", () => {
    expect(changedFields(languages, p("a"), p("a"))).toEqual([]);
    expect(changedFields(languages, p("a", { enabled: false }), p("a", { enabled: undefined, configType: undefined }))).toEqual([]);
    expect(
      changedFields(languages, p("a", { metadata: { k: "v" }, configType: "CONFIG_TYPE_OTEL", contents: "a: 1\n", enabled: false, matchers: [] }), p("a")),
    ).toEqual(["contents", "matchers", "enabled", "config_type", "metadata"]);
    expect(changedFields(languages, p("a", { metadata: {} }), p("a"))).toEqual([]);
  });
});

describe("planTarget", () => {
  it("sorts pipelines into create, update, delete, unchanged and takeover", () => {
    const plan = planTarget(languages, {
      namespace: "repo",
      stack: "prod",
      desired: [p("new"), p("same"), p("changed", { enabled: false }), p("tf-owned"), p("other-ns")],
      remote: [
        p("same", { source: git("repo") }),
        p("changed", { source: git("repo") }),
        p("gone", { source: git("repo") }),
        p("tf-owned", { source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } }),
        p("other-ns", { source: git("other") }),
        p("ui-made"),
        p("other-gone", { source: git("other") }),
      ],
    });
    expect(planJson([plan])).toEqual({
      targets: [
        {
          namespace: "repo",
          stack: "prod",
          create: ["new"],
          update: [{ name: "changed", fields: ["enabled"], enabled: { before: true, after: false } }],
          delete: ["gone"],
          unchanged: ["same"],
          takeover: [
            { name: "other-ns", source: "SOURCE_TYPE_GIT:other", blocked: false },
            { name: "tf-owned", source: "SOURCE_TYPE_TERRAFORM:default", blocked: false },
          ],
        },
      ],
    });
    expect(plan.namespaceSize).toBe(3);
    expect(plan.desiredCount).toBe(5);
    expect(hasChanges(plan)).toBe(true);
  });

  it("attaches a unified contents diff (server to repository) to an update", () => {
    const plan = planTarget(languages, {
      namespace: "repo",
      stack: "s",
      desired: [p("a", { contents: ALLOY.replace("targets    = []", 'targets    = ["x"]') })],
      remote: [p("a", { source: git("repo") })],
    });
    expect(plan.update[0].fields).toEqual(["contents"]);
    expect(plan.update[0].diff).toContain("--- server/a");
    expect(plan.update[0].diff).toContain("+++ repository/a");
    expect(plan.update[0].diff).toContain('-\ttargets    = []\n+\ttargets    = ["x"]');
  });

  it("has no changes when everything is unchanged", () => {
    const plan = planTarget(languages, { namespace: "repo", stack: "s", desired: [p("a")], remote: [p("a", { source: git("repo") })] });
    expect(hasChanges(plan)).toBe(false);
    expect(renderPlans([plan], "text")).toBe("Target namespace 'repo' (stack 's'): no changes, 1 unchanged\n");
    expect(renderPlans([plan], "markdown")).toBe("## fleetlint plan\n\n### `repo` (stack `s`)\n\nNo changes. 1 pipeline unchanged.\n");
  });
});

describe("renderPlans", () => {
  const mixed = () =>
    planTarget(languages, {
      namespace: "repo",
      stack: "prod",
      desired: [p("new"), p("a|b", { enabled: false }), p("tf")],
      remote: [p("a|b", { source: git("repo") }), p("old", { source: git("repo") }), p("tf", { source: { type: "SOURCE_TYPE_TERRAFORM", namespace: "default" } })],
    });

  it("text", () => {
    expect(renderPlans([mixed()], "text")).toBe(
      [
        "Target namespace 'repo' (stack 'prod'): 1 to create, 1 to update, 1 to delete, 1 to take over, 0 unchanged",
        "  + create   new",
        "  ~ update   a|b (enabled)",
        "      enabled: true -> false",
        "  - delete   old",
        "  ! takeover tf (owned by SOURCE_TYPE_TERRAFORM:default)",
        "",
      ].join("\n"),
    );
  });

  it("markdown escapes table cells", () => {
    const md = renderPlans([mixed()], "markdown");
    expect(md).toContain("| update | <code>a&#124;b</code> | enabled: true -> false |");
    expect(md).toContain("| **take over** | `tf` | owned by `SOURCE_TYPE_TERRAFORM:default` |");
  });

  it("json is exactly the SPEC §2.1 shape", () => {
    expect(JSON.parse(renderPlans([mixed()], "json"))).toEqual({
      targets: [{ namespace: "repo", stack: "prod", create: ["new"], update: [{ name: "a|b", fields: ["enabled"], enabled: { before: true, after: false } }], delete: ["old"], unchanged: [], takeover: [{ name: "tf", source: "SOURCE_TYPE_TERRAFORM:default", blocked: false }] }],
    });
  });
});
