/**
 * Adding fleetlint's hooks to hook configurations a repository already has
 * (`init` without `--force`). Each function takes the file's text and returns
 * the new text plus a list of what it added, or the same text and no changes
 * when fleetlint is already there, so running `init` twice changes nothing.
 * The YAML side edits the document in place (comments, order and other
 * repositories' hooks stay as written); JSON keeps its indentation.
 */
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from "yaml";

export interface MergeResult {
  text: string;
  /** One entry per addition, e.g. "hook fleetlint-fmt"; empty when nothing changed. */
  added: string[];
}

/** A file we cannot edit safely: what is wrong and where. */
export class MergeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "MergeError";
  }
}

export interface PreCommitRepo {
  repo: string;
  rev: string;
  /** `lintsTargets`: the hook lints definitions, so a starter config scopes it to the target roots (`files:`). */
  hooks: { id: string; comment?: string; lintsTargets?: boolean }[];
}

function yamlDocument(text: string, path: string): Document {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    throw new MergeError(`${path}${at ? `:${at.line}:${at.col}` : ""}`, `not valid YAML (${error.message.split("\n")[0]}); fix it or run init with --force to replace it`);
  }
  return doc;
}

/** Every hook id in the file, in any repository (also `repo: local` ones that run fleetlint). */
function hookIds(repos: YAMLSeq): Set<string> {
  const ids = new Set<string>();
  for (const repo of repos.items) {
    if (!isMap(repo)) continue;
    const hooks = repo.get("hooks");
    if (!isSeq(hooks)) continue;
    for (const hook of hooks.items) {
      const id = isMap(hook) ? hook.get("id") : undefined;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

/** Adds fleetlint's repository entry, or the hooks it lacks, to a `.pre-commit-config.yaml`. */
/**
 * Adds the hooks `wanted` lists that the config does not have yet. `files` is
 * the pattern the hooks that lint targets get (as in a starter config), so
 * they are not handed every YAML file of the repository.
 */
export function mergePreCommitConfig(text: string, wanted: PreCommitRepo, files: string, path = ".pre-commit-config.yaml"): MergeResult {
  const doc = yamlDocument(text, path);
  if (doc.contents !== null && !isMap(doc.contents)) throw new MergeError(path, "expected a mapping with a `repos` list");
  let repos: unknown = doc.get("repos", true);
  if (repos === undefined || (isScalar(repos) && repos.value === null)) {
    repos = doc.createNode([]);
    doc.set("repos", repos);
  }
  if (!isSeq(repos)) throw new MergeError(path, "`repos` is not a list");
  const present = hookIds(repos);
  const missing = wanted.hooks.filter((h) => !present.has(h.id));
  if (missing.length === 0) return { text, added: [] };

  const ours = repos.items.find((item): item is YAMLMap => isMap(item) && item.get("repo") === wanted.repo);
  if (ours) {
    const existing: unknown = ours.get("hooks", true);
    const hooks = isSeq(existing) ? existing : (doc.createNode([]) as YAMLSeq);
    if (hooks !== existing) ours.set("hooks", hooks);
    for (const hook of missing) hooks.add(hookNode(doc, hook, files));
  } else {
    const entry = doc.createNode({ repo: wanted.repo, rev: wanted.rev }) as YAMLMap;
    const hooks = doc.createNode([]) as YAMLSeq;
    for (const hook of missing) hooks.add(hookNode(doc, hook, files));
    entry.set("hooks", hooks);
    repos.add(entry);
  }
  return { text: doc.toString(), added: missing.map((h) => `hook ${h.id}`) };
}

function hookNode(doc: Document, hook: PreCommitRepo["hooks"][number], files: string): YAMLMap {
  const node = doc.createNode(hook.lintsTargets ? { id: hook.id, files } : { id: hook.id }) as YAMLMap;
  if (hook.comment) node.commentBefore = ` ${hook.comment}`;
  return node;
}

/** lint-staged: glob → command or list of commands. */
export type LintStagedConfig = Record<string, string[]>;

function commandList(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  return undefined;
}

/** The additions a lint-staged config needs: missing globs, and our commands missing from an existing glob. */
function lintStagedAdditions(existing: Record<string, unknown>, wanted: LintStagedConfig, path: string): { glob: string; commands: string[]; fresh: boolean }[] {
  const additions: { glob: string; commands: string[]; fresh: boolean }[] = [];
  for (const [glob, commands] of Object.entries(wanted)) {
    if (!Object.hasOwn(existing, glob)) {
      additions.push({ glob, commands, fresh: true });
      continue;
    }
    const current = commandList(existing[glob]);
    if (!current) throw new MergeError(path, `the task for '${glob}' is not a command or a list of commands; add ${commands.map((c) => `'${c}'`).join(", ")} to it by hand`);
    const lacking = commands.filter((c) => !current.includes(c));
    if (lacking.length > 0) additions.push({ glob, commands: lacking, fresh: false });
  }
  return additions;
}

function describe(additions: { glob: string; commands: string[]; fresh: boolean }[]): string[] {
  return additions.map((a) => (a.fresh ? `'${a.glob}'` : `${a.commands.map((c) => `'${c}'`).join(", ")} to '${a.glob}'`));
}

function indentOf(text: string): string | number {
  const match = /^[ \t]+(?=")/m.exec(text);
  return match ? match[0] : 2;
}

/**
 * Merges into a JSON lint-staged config, or into the `lint-staged` key of
 * package.json when `key` is given (created when missing).
 */
export function mergeLintStagedJson(text: string, wanted: LintStagedConfig, path: string, key?: string): MergeResult {
  let data: unknown;
  try {
    data = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw new MergeError(path, `not valid JSON (${error instanceof Error ? error.message : String(error)}); fix it or run init with --force to replace it`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new MergeError(path, "expected a JSON object");
  const root = data as Record<string, unknown>;
  let config: Record<string, unknown>;
  if (key === undefined) config = root;
  else {
    const value = root[key] ?? {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new MergeError(path, `"${key}" is not an object`);
    config = value as Record<string, unknown>;
    root[key] = config;
  }
  const additions = lintStagedAdditions(config, wanted, path);
  if (additions.length === 0) return { text, added: [] };
  for (const a of additions) {
    if (a.fresh) config[a.glob] = a.commands.length === 1 ? a.commands[0] : [...a.commands];
    else config[a.glob] = [...(commandList(config[a.glob]) ?? []), ...a.commands];
  }
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const json = JSON.stringify(root, null, indentOf(text));
  return { text: `${newline === "\n" ? json : json.replace(/\n/g, "\r\n")}${newline}`, added: describe(additions) };
}

/** Merges into a YAML lint-staged config (`.lintstagedrc`, `.lintstagedrc.yaml`), keeping comments. */
export function mergeLintStagedYaml(text: string, wanted: LintStagedConfig, path: string): MergeResult {
  const doc = yamlDocument(text, path);
  if (doc.contents !== null && !isMap(doc.contents)) throw new MergeError(path, "expected a mapping of globs to commands");
  const current = (doc.toJS() ?? {}) as Record<string, unknown>;
  const additions = lintStagedAdditions(current, wanted, path);
  if (additions.length === 0) return { text, added: [] };
  for (const a of additions) {
    if (a.fresh) doc.set(a.glob, a.commands.length === 1 ? a.commands[0] : a.commands);
    else {
      const node = doc.get(a.glob, true);
      if (isSeq(node)) for (const c of a.commands) node.add(c);
      else doc.set(a.glob, [...(commandList(current[a.glob]) ?? []), ...a.commands]);
    }
  }
  return { text: doc.toString(), added: describe(additions) };
}
