/**
 * Whether a YAML file is plausibly a pipeline definition, for the two places
 * where fleetlint has to guess: a repository without a config file (every
 * YAML under the working folder is a candidate), and a file given on the
 * command line or opened in an editor that lies outside every target (worth
 * a warning only if it looks like a pipeline). A file is a definition when it
 * has a sibling `NAME.alloy` or carries a pipeline key at the top level; CI
 * workflows, compose files and Kubernetes manifests never are.
 */
import { basename, sep } from "node:path";
import type { FileStore } from "./files.js";
import { siblingAlloyPath } from "./walk.js";

/** Top-level keys only a pipeline definition has (`name` is too common to count). */
export const PIPELINE_KEYS = ["matchers", "enabled", "contents", "contents_file", "config_type"] as const;

/** A pipeline key starting a line, or inside a top-level flow mapping (`{name: a, enabled: true}`). */
const PIPELINE_KEY_LINE = new RegExp(`^(?:\\{(?:.*[,{])?[ \\t]*)?(?:${PIPELINE_KEYS.join("|")})[ \\t]*:`, "m");
const KUBERNETES_KIND = /^kind[ \t]*:/m;
const KUBERNETES_API = /^apiVersion[ \t]*:/m;

/** Folders whose YAML is CI configuration. */
const CI_FOLDERS = [".github", ".gitlab", ".circleci", ".buildkite", ".woodpecker", ".forgejo", ".gitea", ".azure-pipelines", ".tekton"];

/** File names of CI, compose and tool configuration (lower case). */
const NEVER_DEFINITIONS = [
  /^\.gitlab-ci\.ya?ml$/,
  /^azure-pipelines\.ya?ml$/,
  /^bitbucket-pipelines\.ya?ml$/,
  /^\.travis\.ya?ml$/,
  /^\.drone\.ya?ml$/,
  /^cloudbuild\.ya?ml$/,
  /^buildspec\.ya?ml$/,
  /^appveyor\.ya?ml$/,
  /^action\.ya?ml$/, // a GitHub Action's metadata
  /^codecov\.ya?ml$/,
  /^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/,
  /\.compose\.ya?ml$/,
  /^\.pre-commit-(?:config|hooks)\.ya?ml$/,
  /^\.lintstagedrc(?:\.ya?ml)?$/,
  /^\.yamllint(?:\.ya?ml)?$/,
  /^\.golangci\.ya?ml$/,
  /^\.goreleaser\.ya?ml$/,
  /^dependabot\.ya?ml$/,
  /^mkdocs\.ya?ml$/,
  /^chart\.ya?ml$/,
  /^kustomization\.ya?ml$/,
  /^pnpm-(?:lock|workspace)\.yaml$/,
];

/** CI workflow, compose or tool configuration, by where it is and what it is called. */
export function isNeverDefinition(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (NEVER_DEFINITIONS.some((re) => re.test(name))) return true;
  return path.split(sep).some((segment) => CI_FOLDERS.includes(segment));
}

/** Not a CI/compose/Kubernetes file, and a sibling `.alloy` or a pipeline key at the top level. */
export function looksLikeDefinition(path: string, store: FileStore): boolean {
  if (isNeverDefinition(path)) return false;
  const file = store.read(path, "text");
  if (file instanceof Error) return true; // unreadable: let the loader say so
  if (KUBERNETES_KIND.test(file.text) && KUBERNETES_API.test(file.text)) return false;
  return store.exists(siblingAlloyPath(path)) || PIPELINE_KEY_LINE.test(file.text);
}
