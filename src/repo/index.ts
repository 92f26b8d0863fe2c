/**
 * The repository stage (DESIGN §1): finds every definition of every target,
 * reads each file once, and builds the Project every rule reads. Targets are
 * always loaded in full, because cross-file rules need every definition even
 * when a hook passes two files; `lintedFiles` says which files to report on.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { SourceText } from "../core/source.js";
import { UsageError } from "../core/errors.js";
import { CONFIG_FILE_NAMES } from "../config/discover.js";
import { ConfigError } from "../config/errors.js";
import type { ResolvedConfig } from "../config/types.js";
import type { File, ParseResult } from "../../grammar/alloy/ast.js";
import { loadAlloyGrammar, type AlloyGrammar } from "./alloy-grammar.js";
import { parseDefinition, type ParsedDefinition } from "./definition.js";
import { contentsLinted, contentsPath } from "./deferred.js";
import { FileStore } from "./files.js";
import { looksLikeDefinition } from "./definition-like.js";
import { buildPipeline, resolveContentsFile } from "./pipeline.js";
import { walkFiles } from "../core/walk.js";
import { ignoreTest, isAlloyFileName, isDefinitionFileName, type IgnoreTest } from "./walk.js";
import type {
  AlloyDocument,
  AlloyMode,
  AlloyScopeSetting,
  LoadProblem,
  Pipeline,
  PipelineContents,
  Project,
  Target,
  TargetProblem,
} from "./types.js";

export interface LoadProjectOptions {
  cwd: string;
  /** Files and folders to lint (absolute or relative to cwd); none: every target root. */
  paths?: string[];
  /** In-memory texts by absolute path, used instead of the disk (editor buffers, stdin). */
  buffers?: Map<string, string>;
}

export type * from "./types.js";
/** @internal Its result holds yaml node types, which the published declarations leave out. */
export { parseDefinition } from "./definition.js";
export { loadContents, loadAlloy } from "./deferred.js";

class LazyAlloyDocument implements AlloyDocument {
  private result: ParseResult<File> | undefined;
  readonly pipeline?: Pipeline;
  readonly target?: Target;
  /** The folder's documents when this one is a local config analysed with its folder. */
  folder?: () => readonly LazyAlloyDocument[];

  constructor(
    readonly contents: PipelineContents,
    private readonly grammar: AlloyGrammar,
    owner: { pipeline?: Pipeline; target?: Target },
  ) {
    if (owner.pipeline) this.pipeline = owner.pipeline;
    if (owner.target) this.target = owner.target;
  }

  parse(): ParseResult<File> {
    this.result ??= this.grammar.parse(this.contents.text);
    return this.result;
  }

  get mode(): AlloyMode {
    if (this.pipeline) return "pipeline";
    return isModuleFile(this.parse().ast) ? "module" : "config";
  }

  scope(): readonly AlloyDocument[] {
    if (!this.folder || this.mode !== "config") return [this];
    return this.folder();
  }
}

/** Alloy treats a file with top-level `argument` or `export` blocks as a module. */
export function isModuleFile(ast: File | null | undefined): boolean {
  return !!ast?.body.some((s) => s.type === "Block" && s.name.length === 1 && (s.name[0] === "argument" || s.name[0] === "export"));
}

export async function loadProject(config: ResolvedConfig, options: LoadProjectOptions): Promise<Project> {
  const cwd = resolve(options.cwd);
  const buffers = new Map<string, string>();
  for (const [path, text] of options.buffers ?? []) buffers.set(resolve(cwd, path), text);
  const given = (options.paths ?? []).map((p) => ({ written: p, path: resolve(cwd, p) }));
  for (const { written, path } of given) {
    if (!buffers.has(path) && !existsSync(path)) throw new UsageError(`No such file or directory: ${written}`);
  }

  const grammar = await loadAlloyGrammar();
  const store = new FileStore(buffers, grammar.decode);
  const ignored = await ignoreTest(config.ignore, config.baseDir);
  const targets: Target[] = config.targets.map((t, index) => ({ ...t, index }));
  for (const target of targets) checkRoot(config, target, cwd);

  const targetFiles = targets.map((target) => discover(target.root, buffers, ignored));
  for (const files of targetFiles) store.listed(files);
  // Without a config file the target is a guess (the working folder): only YAML that looks like a pipeline counts.
  const guessed = config.path === null;
  const isDefinition = (path: string) => isDefinitionName(path) && (!guessed || looksLikeDefinition(path, store));
  const definitionsOf = targetFiles.map((files) => files.filter(isDefinition));
  const problems = new ProblemList();
  const parsed = parseDefinitions(definitionsOf.flat(), store, problems);
  const referenced = contentsFileTargets(targets, definitionsOf, parsed, store);

  // What is linted: the given files (folders expanded), else every file of every target.
  const lintedFiles = new Set<string>();
  const unmatchedPaths: string[] = [];
  const lintable = (path: string) => isAlloyFileName(path) || isDefinition(path);
  for (const { path } of given) {
    const selected = expandPath(path, buffers, ignored).filter(lintable);
    if (selected.length === 0) unmatchedPaths.push(path);
    for (const file of selected) lintedFiles.add(file);
  }
  const targetProblems = [...untargetedDefinitions(config, targets, lintedFiles, store), ...emptyRoots(config, targets, definitionsOf, targetFiles)];

  const pipelines: Pipeline[] = [];
  const document = (target: Target) => (pipeline: Pipeline, contents: PipelineContents) =>
    new LazyAlloyDocument(contents, grammar, { pipeline, target });
  targets.forEach((target, i) => {
    for (const path of definitionsOf[i]) {
      const definition = parsed.get(path);
      if (!definition || referenced.has(path)) continue;
      problems.add(...definition.problems);
      const found: LoadProblem[] = [];
      // A hook's file list: the contents of pipelines it does not name are read only if a rule asks.
      const defer = given.length > 0 && !lintedFiles.has(path) ? (contents: string) => !lintedFiles.has(contents) : undefined;
      const pipeline = buildPipeline(definition, target, store, found, {
        document: document(target),
        ...(defer ? { defer, deferredProblems: (late: LoadProblem[]) => problems.add(...late) } : {}),
      });
      problems.add(...found);
      pipelines.push(pipeline);
    }
  });

  if (given.length === 0) {
    for (const files of targetFiles) for (const path of files) if (lintable(path)) lintedFiles.add(path);
    for (const pipeline of pipelines) if (pipeline.contents) lintedFiles.add(pipeline.contents.file.path);
  }

  // Linted `.alloy` files that no pipeline uses are local configs (or modules), checked on their own.
  const used = new Set(pipelines.flatMap((p) => (contentsLinted(p, lintedFiles) ? [p.contents!.file.path] : [])));
  const contentsFiles = new Set(pipelines.flatMap((p) => contentsPath(p) ?? []));
  const standalone = new StandaloneFiles(store, grammar, targets, ignored, contentsFiles, config.alloyScope ?? "auto");
  const alloyFiles: AlloyDocument[] = [];
  for (const path of lintedFiles) {
    // A file a pipeline failed to read has its diagnostic there already.
    if (!isAlloyFileName(path) || used.has(path) || store.failures.has(path)) continue;
    const doc = standalone.document(path);
    if (doc instanceof Error) {
      problems.add(unreadable(path, doc));
      continue;
    }
    alloyFiles.push(doc);
  }

  const files = new Map(store.files);
  if (config.source) files.set(config.source.file.path, config.source.file);
  const project: Project = { cwd, targets, pipelines, alloyFiles, problems: problems.items, targetProblems, lintedFiles, files };
  if (given.length > 0) project.unmatchedPaths = unmatchedPaths;
  return project;
}

/**
 * The `.alloy` files no pipeline uses, one document each, and the folders
 * they share a scope with. A folder's unlinted files (a hook stages one of
 * them) are read too: their blocks are in scope.
 */
class StandaloneFiles {
  private readonly documents = new Map<string, LazyAlloyDocument>();
  private readonly folders = new Map<string, LazyAlloyDocument[]>();
  private readonly independentFolders = new Map<string, boolean>();

  constructor(
    private readonly store: FileStore,
    private readonly grammar: AlloyGrammar,
    private readonly targets: readonly Target[],
    private readonly ignored: IgnoreTest,
    private readonly contentsFiles: ReadonlySet<string>,
    private readonly scope: AlloyScopeSetting,
  ) {}

  document(path: string): LazyAlloyDocument | Error {
    const known = this.documents.get(path);
    if (known) return known;
    const file = this.store.read(path, "alloy");
    if (file instanceof Error) return file;
    const target = this.targets.find((t) => isUnder(path, t.root));
    const contents: PipelineContents = { origin: "standalone", text: file.text, file, toFileOffset: (offset) => offset };
    const doc = new LazyAlloyDocument(contents, this.grammar, target ? { target } : {});
    if (this.scope !== "file") doc.folder = () => this.folderScope(dirname(path), doc);
    this.documents.set(path, doc);
    return doc;
  }

  /** The local configs of the folder, or just `doc` when "auto" finds the folder's files independent. */
  private folderScope(dir: string, doc: LazyAlloyDocument): readonly LazyAlloyDocument[] {
    const configs = this.folder(dir).filter((d) => d.mode === "config");
    if (this.scope === "auto" && this.independent(dir, configs)) return [doc];
    return configs;
  }

  /** Two files declaring the same block cannot be one `alloy run DIR` config: they are separate examples. */
  private independent(dir: string, configs: readonly LazyAlloyDocument[]): boolean {
    let answer = this.independentFolders.get(dir);
    if (answer !== undefined) return answer;
    const owner = new Map<string, LazyAlloyDocument>();
    answer = configs.some((d) =>
      (d.parse().ast?.body ?? []).some((s) => {
        if (s.type !== "Block") return false;
        const id = s.label ? `${s.name.join(".")}.${s.label.value}` : s.name.join(".");
        const first = owner.get(id);
        if (!first) owner.set(id, d);
        return first !== undefined && first !== d;
      }),
    );
    this.independentFolders.set(dir, answer);
    return answer;
  }

  /** The folder's `.alloy` files that are not pipeline contents, sorted by path as Alloy merges them. */
  private folder(dir: string): LazyAlloyDocument[] {
    let docs = this.folders.get(dir);
    if (docs) return docs;
    docs = [];
    for (const path of alloyFilesIn(dir)) {
      if (this.contentsFiles.has(path) || this.ignored(path)) continue;
      const doc = this.document(path);
      if (!(doc instanceof Error)) docs.push(doc); // an unreadable sibling just adds nothing
    }
    // An editor buffer not yet on disk is still part of its folder.
    for (const doc of this.documents.values()) if (dirname(doc.contents.file.path) === dir && !docs.includes(doc)) docs.push(doc);
    docs.sort((a, b) => (a.contents.file.path < b.contents.file.path ? -1 : a.contents.file.path > b.contents.file.path ? 1 : 0));
    this.folders.set(dir, docs);
    return docs;
  }
}

function alloyFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isAlloyFileName(e.name))
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

/**
 * Given files (or files of given folders, or editor buffers) that look like
 * pipeline definitions but lie under no target: sync would never send them,
 * so they are reported instead of silently skipped.
 */
function untargetedDefinitions(config: ResolvedConfig, targets: readonly Target[], linted: ReadonlySet<string>, store: FileStore): TargetProblem[] {
  const out: TargetProblem[] = [];
  const roots = targets.map((t) => relative(config.baseDir, t.root) || ".").join(", ");
  for (const path of linted) {
    if (!isDefinitionName(path) || targets.some((t) => isUnder(path, t.root)) || !looksLikeDefinition(path, store)) continue;
    const file = store.read(path, "text");
    if (file instanceof Error) continue;
    const end = file.text.indexOf("\n");
    out.push({
      file,
      range: { start: 0, end: end < 0 ? file.text.length : end },
      code: "untargeted",
      data: { roots, count: targets.length },
    });
  }
  return out;
}

/** A configured target whose root holds nothing to lint: a wrong path, or files not moved yet. */
function emptyRoots(
  config: ResolvedConfig,
  targets: readonly Target[],
  definitionsOf: readonly string[][],
  targetFiles: readonly string[][],
): TargetProblem[] {
  const source = config.source;
  if (!source) return []; // no config file: the working folder is a guess, not a promise
  return targets.flatMap((target, i) => {
    if (definitionsOf[i].length > 0 || targetFiles[i].some(isAlloyFileName)) return [];
    const entry = source.targets[target.index];
    const range = entry?.root ?? entry?.range ?? source.range;
    const root = relative(config.baseDir, target.root) || ".";
    return [{ file: source.file, range, code: "rootEmpty" as const, data: { root } }];
  });
}

/** A YAML file under a root is a definition unless it is a fleetlint configuration file (in use or not). */
export function isDefinitionName(path: string): boolean {
  return isDefinitionFileName(path) && !(CONFIG_FILE_NAMES as readonly string[]).includes(basename(path));
}

/** Every file under a root, plus unsaved buffers that live there. */
function discover(root: string, buffers: ReadonlyMap<string, string>, ignored: IgnoreTest): string[] {
  const files = walkFiles(root, { ignored });
  const seen = new Set(files);
  for (const path of buffers.keys()) if (isUnder(path, root) && !seen.has(path) && !ignored(path)) files.push(path);
  return files;
}

/** Each definition file parsed once, even when it lies under two roots. */
function parseDefinitions(paths: string[], store: FileStore, problems: ProblemList): Map<string, ParsedDefinition> {
  const parsed = new Map<string, ParsedDefinition>();
  for (const path of paths) {
    if (parsed.has(path)) continue;
    const file = store.read(path, "text");
    if (file instanceof Error) problems.add(unreadable(path, file));
    else parsed.set(path, parseDefinition(file));
  }
  return parsed;
}

/** The files definitions name in `contents_file`: a YAML file among them is contents, not a definition. */
function contentsFileTargets(
  targets: Target[],
  definitionsOf: string[][],
  parsed: Map<string, ParsedDefinition>,
  store: FileStore,
): Set<string> {
  const referenced = new Set<string>();
  targets.forEach((target, i) => {
    for (const path of definitionsOf[i]) {
      const value = parsed.get(path)?.fields?.contents_file;
      if (typeof value !== "string" || value === "") continue;
      const found = resolveContentsFile(value, path, target.root, store).found;
      if (found && found !== path) referenced.add(found);
    }
  });
  return referenced;
}

/** Problems in file order, once each (overlapping roots build a definition twice). */
class ProblemList {
  readonly items: LoadProblem[] = [];
  private readonly seen = new Set<string>();

  add(...problems: LoadProblem[]): void {
    for (const p of problems) {
      const key = `${p.file.path}\0${p.range.start}\0${p.range.end}\0${p.code}\0${JSON.stringify(p.data ?? {})}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.items.push(p);
    }
  }
}

function unreadable(path: string, error: Error): LoadProblem {
  const file = new SourceText(path, "");
  return { file, range: { start: 0, end: 0 }, code: "fileUnreadable", data: { path: basename(path), reason: error.message } };
}

function checkRoot(config: ResolvedConfig, target: Target, cwd: string): void {
  if (statSync(target.root, { throwIfNoEntry: false })?.isDirectory()) return;
  const shownRoot = relative(config.baseDir, target.root) || ".";
  const message = `Target root "${shownRoot}" is not a folder that exists`;
  const source = config.source;
  const range = source?.targets[target.index]?.root ?? source?.targets[target.index]?.range;
  if (!source || !config.path || !range) throw new UsageError(message);
  const shownFile = relative(cwd, config.path);
  const file = shownFile.startsWith("..") || isAbsolute(shownFile) ? config.path : shownFile;
  throw new ConfigError([{ file, ...source.file.positionAt(range.start), message }]);
}

function expandPath(path: string, buffers: ReadonlyMap<string, string>, ignored: IgnoreTest): string[] {
  if (buffers.has(path)) return [path];
  if (ignored(path)) return [];
  if (statSync(path).isDirectory()) {
    const files = walkFiles(path, { ignored });
    for (const buffered of buffers.keys()) if (isUnder(buffered, path) && !files.includes(buffered)) files.push(buffered);
    return files;
  }
  return [path];
}

function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
