/**
 * The repository stage (DESIGN §1): finds every definition of every target,
 * reads each file once, and builds the Project every rule reads. Targets are
 * always loaded in full, because cross-file rules need every definition even
 * when a hook passes two files; `lintedFiles` says which files to report on.
 */
import { existsSync, statSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { SourceText } from "../core/source.js";
import { UsageError } from "../core/errors.js";
import { CONFIG_FILE_NAMES } from "../config/discover.js";
import { ConfigError } from "../config/errors.js";
import type { ResolvedConfig } from "../config/types.js";
import type { File, ParseResult } from "../../grammar/alloy/ast.js";
import { loadAlloyGrammar, type AlloyGrammar } from "./alloy-grammar.js";
import { parseDefinition, type ParsedDefinition } from "./definition.js";
import { contentsLinted } from "./deferred.js";
import { FileStore } from "./files.js";
import { buildPipeline, resolveContentsFile } from "./pipeline.js";
import { walkFiles } from "../core/walk.js";
import { ignoreTest, isAlloyFileName, isDefinitionFileName, type IgnoreTest } from "./walk.js";
import type { AlloyDocument, LoadProblem, Pipeline, PipelineContents, Project, Target } from "./types.js";

export interface LoadProjectOptions {
  cwd: string;
  /** Files and folders to lint (absolute or relative to cwd); none: every target root. */
  paths?: string[];
  /** In-memory texts by absolute path, used instead of the disk (editor buffers, stdin). */
  buffers?: Map<string, string>;
}

export type * from "./types.js";
export { parseDefinition } from "./definition.js";
export { loadContents, loadAlloy } from "./deferred.js";

class LazyAlloyDocument implements AlloyDocument {
  private result: ParseResult<File> | undefined;
  readonly pipeline?: Pipeline;
  readonly target?: Target;

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

  // Linted `.alloy` files that no pipeline uses are checked on their own.
  const used = new Set(pipelines.flatMap((p) => (contentsLinted(p, lintedFiles) ? [p.contents!.file.path] : [])));
  const alloyFiles: AlloyDocument[] = [];
  for (const path of lintedFiles) {
    // A file a pipeline failed to read has its diagnostic there already.
    if (!isAlloyFileName(path) || used.has(path) || store.failures.has(path)) continue;
    const file = store.read(path, "alloy");
    if (file instanceof Error) {
      problems.add(unreadable(path, file));
      continue;
    }
    const target = targets.find((t) => isUnder(path, t.root));
    const contents: PipelineContents = { origin: "standalone", text: file.text, file, toFileOffset: (offset) => offset };
    alloyFiles.push(new LazyAlloyDocument(contents, grammar, target ? { target } : {}));
  }

  const files = new Map(store.files);
  if (config.source) files.set(config.source.file.path, config.source.file);
  const project: Project = { cwd, targets, pipelines, alloyFiles, problems: problems.items, lintedFiles, files };
  if (given.length > 0) project.unmatchedPaths = unmatchedPaths;
  return project;
}

/** A YAML file under a root is a definition unless it is a fleetlint configuration file (in use or not). */
function isDefinition(path: string): boolean {
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
