/**
 * The language server: open documents are linted with the same
 * `lintProject()` as the CLI, the open buffers standing in for the files on
 * disk (so cross-file rules see unsaved edits), fast rules only, never the
 * network. Alloy documents are formatted with the `alloy fmt` printer; hover,
 * completion, navigation, rename and the outline read a per-version model of
 * the open document's Alloy, a whole `.alloy` file or a definition's inline
 * `contents` (alloy-region.ts maps positions both ways), and the project the
 * last lint loaded.
 */
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { version } from "../core/version.js";
import type { TextRange } from "../core/source.js";
import type { Project } from "../repo/types.js";
import { alloyFileRegion, inlineContentsRegion, type AlloyRegion } from "./alloy-region.js";
import { alloyCompletion } from "./alloy-completion.js";
import { alloyHover, type HoverText } from "./alloy-hover.js";
import { definition, outline, references, renameEdits, renameTarget, RenameRefused, type Target } from "./alloy-navigation.js";
import { attachFixes, codeActions, failureDiagnostic, isFormattablePath, isLintablePath, toLspDiagnostic } from "./convert.js";
import { FIX_ALL_KIND, extraCodeActions, hoverForDiagnostics, toCompletionItem, toDocumentSymbol, yamlSymbols } from "./protocol.js";
import { formatRange } from "./range-format.js";
import { isDefinitionPath, pipelineExportDefinition, yamlCompletion, yamlHover } from "./pipeline-features.js";

/** Typing pauses shorter than this do not trigger a lint. */
export const CHANGE_DEBOUNCE_MS = 200;

export interface ServerOptions {
  debounceMs?: number;
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? CHANGE_DEBOUNCE_MS;
  const documents = new TextDocuments(TextDocument);
  /** One pending lint per workspace folder: a change anywhere re-lints every open file there. */
  const timers = new Map<string, NodeJS.Timeout>();
  /** Bumped per run so a slow lint never overwrites a newer one's result. */
  const generation = new Map<string, number>();
  let workspaceRoots: string[] = [];
  /** The project each folder's last lint loaded: the stack that navigation and hover read. */
  const projects = new Map<string, Project>();
  /** The diagnostics last published per document, for hover. */
  const published = new Map<string, LspDiagnostic[]>();
  /** The Alloy of each open document (none for YAML without inline Alloy contents), per version. */
  const regions = new Map<string, { version: number; region: AlloyRegion | undefined }>();

  let canWatchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : undefined];
    workspaceRoots = folders.filter((p): p is string => p !== undefined).sort((a, b) => b.length - a.length);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["."] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: "fleetlint", version },
    };
  });

  connection.onInitialized(() => {
    // Files changed on disk (a checkout, a config edit, another tool) change
    // what cross-file rules see, so the client tells us and we lint again.
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.{alloy,yaml,yml,json}" }, { globPattern: "**/.fleetlintrc*" }],
      });
    }
    // Load the engine and every rule now rather than on the first open file;
    // a failure here shows up, with its message, on that first lint.
    void Promise.all([import("../engine/index.js"), import("../../rules/index.js").then((rules) => rules.loadAllRules())]).catch(() => undefined);
  });

  /** The folder config lookup starts from: the innermost workspace folder holding the file. */
  function cwdFor(path: string): string {
    return workspaceRoots.find((root) => path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`)) ?? dirname(path);
  }

  /**
   * Lints every open document of one workspace folder in a single run, so
   * the project is loaded once and cross-file diagnostics (a duplicate name
   * in another open file) stay current in every editor tab.
   */
  async function lintFolder(cwd: string): Promise<void> {
    const ticket = (generation.get(cwd) ?? 0) + 1;
    generation.set(cwd, ticket);
    const buffers = new Map<string, string>();
    const targets: { uri: string; path: string; version: number }[] = [];
    for (const open of documents.all()) {
      const path = pathOf(open.uri);
      if (!path) continue;
      buffers.set(path, open.getText());
      if (isLintablePath(path) && cwdFor(path) === cwd) targets.push({ uri: open.uri, path, version: open.version });
    }
    if (targets.length === 0) return;
    let diagnosticsFor: (path: string, version: number) => LspDiagnostic[];
    try {
      const { lintProject } = await import("../engine/index.js");
      const outcome = await lintProject({ cwd, paths: targets.map((t) => t.path), buffers, categories: ["fast"] });
      // A newer lint started meanwhile: its project, not this older one, is what hover and definition read.
      if (generation.get(cwd) !== ticket) return;
      projects.set(cwd, outcome.project);
      const byPath = new Map(outcome.results.map((r) => [r.filePath, r]));
      diagnosticsFor = (path, version) => {
        const result = byPath.get(path);
        return (result?.messages ?? []).map((m) => attachFixes(toLspDiagnostic(m, outcome.rules), m, version, result?.alloyMode));
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`fleetlint: ${cwd}: ${message}`);
      diagnosticsFor = () => [failureDiagnostic(message)];
    }
    if (generation.get(cwd) !== ticket) return;
    for (const target of targets) {
      // Skip documents closed meanwhile; their diagnostics were cleared on close.
      if (!documents.get(target.uri)) continue;
      const diagnostics = diagnosticsFor(target.path, target.version);
      published.set(target.uri, diagnostics);
      await connection.sendDiagnostics({ uri: target.uri, version: target.version, diagnostics });
    }
  }

  function lintSoon(uri: string, delay: number): void {
    const path = pathOf(uri);
    if (path && isLintablePath(path)) lintFolderSoon(cwdFor(path), delay);
  }

  function lintFolderSoon(cwd: string, delay: number): void {
    clearTimeout(timers.get(cwd));
    timers.set(
      cwd,
      setTimeout(() => {
        timers.delete(cwd);
        void lintFolder(cwd);
      }, delay),
    );
  }

  // TextDocuments reports an open as a content change too; only the open counts.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    lintSoon(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    if (justOpened.delete(event.document.uri)) return;
    lintSoon(event.document.uri, debounceMs);
  });
  documents.onDidSave((event) => lintSoon(event.document.uri, 0));
  documents.onDidClose((event) => {
    regions.delete(event.document.uri);
    published.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    // The other open files may have pointed at this one (duplicate names).
    lintSoon(event.document.uri, debounceMs);
  });

  connection.onDidChangeWatchedFiles(() => {
    const folders = new Set<string>();
    for (const open of documents.all()) {
      const path = pathOf(open.uri);
      if (path && isLintablePath(path)) folders.add(cwdFor(path));
    }
    for (const cwd of folders) lintFolderSoon(cwd, debounceMs);
  });

  /** The Alloy of an open document (an `.alloy` file, or a definition's inline contents), rebuilt when its version changes. */
  function alloyRegion(document: TextDocument, path: string, alloy: boolean): AlloyRegion | undefined {
    const cached = regions.get(document.uri);
    if (cached?.version === document.version) return cached.region;
    const text = document.getText();
    const region = alloy ? alloyFileRegion(text) : isDefinitionPath(path) ? inlineContentsRegion(text, path) : undefined;
    regions.set(document.uri, { version: document.version, region });
    return region;
  }

  /** The open document and its path, when it is a file this server handles. */
  function open(uri: string): { document: TextDocument; path: string; alloy: boolean } | undefined {
    const document = documents.get(uri);
    const path = pathOf(uri);
    if (!document || !path || !isLintablePath(path)) return undefined;
    return { document, path, alloy: isFormattablePath(path) };
  }

  /**
   * What a position of an open document is in: Alloy (with its offset there),
   * the YAML around inline contents, or a spot inside the contents that has
   * no exact Alloy offset (an escape, block indentation), where nothing is answered.
   */
  function placeOf(
    uri: string,
    position: Position,
  ): { in: "alloy"; document: TextDocument; path: string; region: AlloyRegion; offset: number } | { in: "yaml"; document: TextDocument; path: string } | undefined {
    const file = open(uri);
    if (!file) return undefined;
    const { document, path } = file;
    const offset = document.offsetAt(position);
    const region = alloyRegion(document, path, file.alloy);
    const place = region?.locate(offset) ?? { kind: "outside" };
    if (place.kind === "text" && region) return { in: "alloy", document, path, region, offset: place.offset };
    if (place.kind === "outside" && !file.alloy) return { in: "yaml", document, path };
    return undefined;
  }

  function projectFor(path: string): Project | undefined {
    return projects.get(cwdFor(path));
  }

  function lspRange(document: TextDocument, range: TextRange): Range {
    return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
  }

  /** A target in this document's Alloy or in another file (open buffer, else the project's copy, else the disk). */
  function location(current: TextDocument, region: AlloyRegion, target: Target): Location | undefined {
    if (!target.path) return { uri: current.uri, range: lspRange(current, region.toDocumentRange(target.range)) };
    const uri = pathToFileURL(target.path).href;
    let text = documents.get(uri)?.getText() ?? projectFor(target.path)?.files.get(target.path)?.text;
    if (text === undefined) {
      try {
        text = readFileSync(target.path, "utf8");
      } catch {
        return undefined;
      }
    }
    return { uri, range: lspRange(TextDocument.create(uri, "text", 0, text), target.range) };
  }

  connection.onHover((params) => {
    const document = open(params.textDocument.uri)?.document;
    if (!document) return null;
    const place = placeOf(params.textDocument.uri, params.position);
    let hover: HoverText | undefined;
    if (place?.in === "alloy") {
      const { region } = place;
      const found = alloyHover(region.model, place.offset, (at) => document.positionAt(region.toDocument(at)).line + 1);
      if (found) hover = { markdown: found.markdown, range: region.toDocumentRange(found.range) };
    } else if (place?.in === "yaml" && isDefinitionPath(place.path)) {
      hover = yamlHover(document.getText(), place.path, document.offsetAt(params.position), projectFor(place.path));
    }
    return hoverForDiagnostics(document, params.position, hover, published.get(document.uri) ?? []);
  });

  connection.onCompletion((params) => {
    const place = placeOf(params.textDocument.uri, params.position);
    if (!place) return [];
    const { document } = place;
    const offset = document.offsetAt(params.position);
    if (place.in === "yaml") return isDefinitionPath(place.path) ? yamlCompletion(document.getText(), offset).map((c) => toCompletionItem(c, document)) : [];
    const { region } = place;
    const items: CompletionItem[] = [];
    for (const candidate of alloyCompletion(region.model, place.offset)) {
      // Inline contents may not hold the text as typed (a line break in a quoted scalar): leave that candidate out.
      const insert = region.encodeInsert(candidate.insert, candidate.snippet === true, offset);
      if (insert) items.push(toCompletionItem({ ...candidate, insert: insert.text, replace: region.toDocumentRange(candidate.replace) }, document, insert.asIs));
    }
    return items;
  });

  connection.onDefinition((params) => {
    const place = placeOf(params.textDocument.uri, params.position);
    if (place?.in !== "alloy") return [];
    const { document, path, region, offset } = place;
    const targets = [...pipelineExportDefinition(region.model, offset, projectFor(path), path), ...definition(region.model, offset, path)];
    return targets.map((t) => location(document, region, t)).filter((l): l is Location => l !== undefined);
  });

  connection.onReferences((params) => {
    const place = placeOf(params.textDocument.uri, params.position);
    if (place?.in !== "alloy") return [];
    const { document, region } = place;
    const ranges = references(region.model, place.offset, params.context.includeDeclaration);
    return ranges.map((range) => ({ uri: document.uri, range: lspRange(document, region.toDocumentRange(range)) }));
  });

  connection.onDocumentSymbol((params) => {
    const file = open(params.textDocument.uri);
    if (!file) return [];
    const { document, path } = file;
    const region = alloyRegion(document, path, file.alloy);
    const alloySymbols = region ? outline(region.model).map((s) => toDocumentSymbol(s, document, region.toDocumentRange)) : [];
    if (file.alloy) return alloySymbols;
    return isDefinitionPath(path) ? yamlSymbols(document, path, alloySymbols) : [];
  });

  connection.onPrepareRename((params) => {
    const place = placeOf(params.textDocument.uri, params.position);
    if (place?.in !== "alloy") return null;
    const { document, region } = place;
    try {
      const target = renameTarget(region.model, place.offset);
      return { range: lspRange(document, region.toDocumentRange(target.range)), placeholder: target.placeholder };
    } catch (error) {
      if (error instanceof RenameRefused) return new ResponseError(ErrorCodes.InvalidRequest, error.message);
      throw error;
    }
  });

  connection.onRenameRequest((params) => {
    const place = placeOf(params.textDocument.uri, params.position);
    if (place?.in !== "alloy") return null;
    const { document, region } = place;
    try {
      const edits = renameEdits(region.model, place.offset, params.newName);
      const changes = edits.map((e) => ({ range: lspRange(document, region.toDocumentRange(e.range)), newText: e.text }));
      return { changes: { [document.uri]: changes } };
    } catch (error) {
      if (error instanceof RenameRefused) return new ResponseError(ErrorCodes.InvalidRequest, error.message);
      throw error;
    }
  });

  /** Every safe fix of the file, applied the way `check --fix` does (repeated passes), as one edit. */
  async function fixAll(document: TextDocument, path: string): Promise<CodeAction | undefined> {
    const buffers = new Map<string, string>();
    for (const other of documents.all()) {
      const otherPath = pathOf(other.uri);
      if (otherPath) buffers.set(otherPath, other.getText());
    }
    // What the fixes are computed from; the document object is updated in place while the lint runs.
    const version = document.version;
    const text = document.getText();
    const { lintProject } = await import("../engine/index.js");
    const outcome = await lintProject({ cwd: cwdFor(path), paths: [path], buffers, categories: ["fast"], fix: true, fixDryRun: true });
    const output = outcome.results.find((r) => r.filePath === path)?.output;
    // The document changed while the fixes were computed: the edit would overwrite what was typed.
    if (output === undefined || output === text || document.version !== version) return undefined;
    const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: output };
    return { title: "Fix all auto-fixable fleetlint problems", kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } };
  }

  connection.onCodeAction(async (params) => {
    const file = open(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      actions.push(...codeActions(document.uri, document.version, params.context.diagnostics, (offset) => document.positionAt(offset)));
      if (file) actions.push(...extraCodeActions(document, file.path, params.context.diagnostics));
    }
    if (file && only && wants(FIX_ALL_KIND)) {
      try {
        const action = await fixAll(document, file.path);
        if (action) actions.push(action);
      } catch (error) {
        connection.console.error(`fleetlint: fix all: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return actions;
  });

  connection.onDocumentFormatting(async (params): Promise<TextEdit[]> => {
    const document = documents.get(params.textDocument.uri);
    const path = pathOf(params.textDocument.uri);
    if (!document || !path || !isFormattablePath(path)) return [];
    const { formatSource } = await import("../../grammar/alloy/format.js");
    const text = document.getText();
    const result = formatSource(text);
    // A file with syntax errors is left alone: the diagnostics say why.
    if (result.formatted === null || result.formatted === text) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: result.formatted }];
  });

  connection.onDocumentRangeFormatting((params): TextEdit[] => {
    const document = documents.get(params.textDocument.uri);
    const path = pathOf(params.textDocument.uri);
    if (!document || !path || !isFormattablePath(path)) return [];
    const range = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    return formatRange(document.getText(), range).map((e) => ({
      range: { start: document.positionAt(e.range.start), end: document.positionAt(e.range.end) },
      newText: e.text,
    }));
  });

  documents.listen(connection);
  connection.listen();
}
