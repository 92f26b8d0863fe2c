// URLs that fleetlint writes into other people's files must resolve once the
// release is tagged: the schemas' `$id` and the modelines `fleetlint init`
// writes are raw file URLs of this repository at the tag `changeset tag`
// creates (v<version>), `init`'s pre-commit `rev:` is that tag, and every
// such URL names a file that exists here. Also: the SchemaStore entry in the
// docs and the editors page's VS Code language id.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIG_SCHEMA_URL, PIPELINE_SCHEMA_URL, RELEASE_TAG, starterFiles } from "../../src/init/index.js";
import { repoRoot } from "../integrations/helpers.js";

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string; repository: { url: string } };
const [, owner, repo] = /github\.com\/([^/]+)\/([^/.]+)/.exec(pkg.repository.url)!;
const RAW = `https://raw.githubusercontent.com/${owner}/${repo}/v${pkg.version}/`;

/** The repository path a raw URL at this release names, after checking its form. */
function rawPath(url: string): string {
  expect(url.startsWith(RAW), `${url} is a raw file URL of ${owner}/${repo} at v${pkg.version}`).toBe(true);
  const path = url.slice(RAW.length);
  expect(existsSync(join(repoRoot, path)), `${path} exists`).toBe(true);
  return path;
}

describe("URLs at the release tag", () => {
  it("the release tag is what `changeset tag` creates for a single package", () => {
    expect(RELEASE_TAG).toBe(`v${pkg.version}`);
  });

  it("each schema's $id is its own raw URL at the tag", () => {
    for (const name of ["pipeline.schema.json", "config.schema.json"]) {
      const schema = JSON.parse(readFileSync(join(repoRoot, "schemas", name), "utf8")) as { $id: string };
      expect(rawPath(schema.$id), "run `node scripts/stamp-version.mjs` after a version bump").toBe(`schemas/${name}`);
    }
  });

  it("init writes those schema URLs, a configuration link at the tag, and rev: at the tag", () => {
    const files = Object.fromEntries(starterFiles({ namespace: "x" }).map((f) => [f.path, f.text]));
    expect(rawPath(PIPELINE_SCHEMA_URL)).toBe("schemas/pipeline.schema.json");
    expect(rawPath(CONFIG_SCHEMA_URL)).toBe("schemas/config.schema.json");
    const definition = Object.entries(files).find(([path]) => path.endsWith(".yaml") && path.startsWith("pipelines/"))![1];
    expect(definition.split("\n")[0]).toBe(`# yaml-language-server: $schema=${PIPELINE_SCHEMA_URL}`);
    const config = files["fleetlint.config.yaml"];
    expect(config.split("\n")[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    const docLink = /https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/([^/]+)\/(\S+)/.exec(config)!;
    expect(docLink.slice(1, 4)).toEqual([owner, repo, `v${pkg.version}`]);
    expect(existsSync(join(repoRoot, docLink[4]))).toBe(true);
    const preCommit = parse(files[".pre-commit-config.yaml"]) as { repos: { repo: string; rev: string }[] };
    expect(preCommit.repos[0]).toMatchObject({ repo: `https://github.com/${owner}/${repo}`, rev: `v${pkg.version}` });
  });

  it("documents a SchemaStore catalog entry for the configuration file", () => {
    const doc = readFileSync(join(repoRoot, "docs", "distribution.md"), "utf8");
    const block = /## SchemaStore[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1];
    const entry = JSON.parse(block) as { name: string; fileMatch: string[]; url: string; versions: Record<string, string> };
    expect(entry.name).toBe("fleetlint");
    expect(entry.fileMatch).toContain("fleetlint.config.yaml");
    expect(entry.url).toBe(`https://raw.githubusercontent.com/${owner}/${repo}/main/schemas/config.schema.json`);
    expect(entry.versions[pkg.version]).toBe(CONFIG_SCHEMA_URL);
    // Every name fleetlint looks for, and only those.
    const discover = readFileSync(join(repoRoot, "src", "config", "discover.ts"), "utf8");
    const names = [...discover.matchAll(/^\s*"((?:\.fleetlintrc|fleetlint\.config)\.[a-z]+)",$/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    expect([...entry.fileMatch].sort()).toEqual([...names].sort());
  });

  it("the editors page uses the language id of Grafana's Alloy extension", () => {
    const doc = readFileSync(join(repoRoot, "docs", "editors.md"), "utf8");
    expect(doc).toContain('"*.alloy": "grafana-alloy"');
    expect(doc).not.toMatch(/"\*\.alloy":\s*"alloy"/);
    expect(doc).not.toMatch(/languageId"?:\s*\[\s*"alloy"/);
  });
});
