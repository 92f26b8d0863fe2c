// The hook manifests, checked without running the tools (the pre-commit and
// husky tests run them for real): which files each pre-commit hook selects,
// and that this repository's own hooks point at commands that exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  exclude?: string;
  pass_filenames?: boolean;
  require_serial?: boolean;
  stages?: string[];
  minimum_pre_commit_version?: string;
}

const hooks = parse(readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = (id: string) => hooks.find((h) => h.id === id)!;

/** pre-commit's Python regexes use a leading (?i); JavaScript spells it as a flag. */
function pythonRegex(source: string | undefined, fallback: string): RegExp {
  const text = source ?? fallback;
  return text.startsWith("(?i)") ? new RegExp(text.slice(4), "i") : new RegExp(text);
}

/** pre-commit's selection: `files` searched in the repo-relative path, minus `exclude`. */
function selects(h: Hook, path: string): boolean {
  return pythonRegex(h.files, "").test(path) && !pythonRegex(h.exclude, "^$").test(path);
}

describe(".pre-commit-hooks.yaml", () => {
  it("defines the check, fmt and online hooks as node hooks", () => {
    expect(hooks.map((h) => h.id)).toEqual(["fleetlint", "fleetlint-fmt", "fleetlint-online"]);
    for (const h of hooks) {
      expect(h.language, h.id).toBe("node");
      expect(h.require_serial, h.id).toBe(true);
      expect(h.entry.split(" ")[0], h.id).toBe("fleetlint");
    }
    expect(hook("fleetlint").entry).toBe("fleetlint check --no-errors-on-unmatched");
    expect(hook("fleetlint-fmt").entry).toBe("fleetlint fmt -w");
    expect(hook("fleetlint-online")).toMatchObject({ entry: "fleetlint check --online", pass_filenames: false, stages: ["pre-push", "manual"] });
  });

  it("selects Alloy and pipeline YAML files, not the YAML of other tools", () => {
    const check = hook("fleetlint");
    for (const path of ["pipelines/a.yaml", "pipelines/team/b.YML", "x.alloy", "deep/dir/y.ALLOY"]) expect(selects(check, path), path).toBe(true);
    for (const path of [".pre-commit-config.yaml", ".github/workflows/ci.yml", "sub/.github/dependabot.yaml", "fleetlint.config.yaml", ".lintstagedrc.yaml", "action.yml", "README.md", "a.yaml.bak"]) {
      expect(selects(check, path), path).toBe(false);
    }
  });

  it("formats only Alloy files", () => {
    const fmt = hook("fleetlint-fmt");
    expect(selects(fmt, "pipelines/a.alloy")).toBe(true);
    expect(selects(fmt, "pipelines/a.yaml")).toBe(false);
  });
});

describe("this repository's own hooks", () => {
  it("runs lint-staged from husky's pre-commit hook", () => {
    expect(readFileSync(join(repoRoot, ".husky", "pre-commit"), "utf8").trim()).toBe("npx lint-staged");
  });

  it("lints staged sources with ESLint and runs their fast tests, never the slow integration ones", () => {
    const config = JSON.parse(readFileSync(join(repoRoot, ".lintstagedrc.json"), "utf8")) as Record<string, string[]>;
    expect(config["*.{ts,mts}"][0]).toBe("eslint --fix --max-warnings 0");
    expect(config["*.{ts,mts}"][1]).toMatch(/^vitest related --run .*--exclude test\/integrations\/\*\*/);
    // --no-warn-ignored: the generated bundle/ is committed but not linted.
    expect(config["*.{js,mjs}"]).toEqual(["eslint --fix --max-warnings 0 --no-warn-ignored"]);
  });
});
