/**
 * The language server: open documents are linted with the same
 * `lintProject()` as the CLI, the open buffers standing in for the files on
 * disk (so cross-file rules see unsaved edits), fast rules only, never the
 * network. Alloy documents are formatted with the `alloy fmt` printer.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { version } from "../core/version.js";
import { attachFixes, codeActions, failureDiagnostic, isFormattablePath, isLintablePath, toLspDiagnostic } from "./convert.js";

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

  let canWatchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : undefined];
    workspaceRoots = folders.filter((p): p is string => p !== undefined).sort((a, b) => b.length - a.length);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: ["quickfix"] },
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
      const byPath = new Map(outcome.results.map((r) => [r.filePath, r]));
      diagnosticsFor = (path, version) => (byPath.get(path)?.messages ?? []).map((m) => attachFixes(toLspDiagnostic(m, outcome.rules), m, version));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`fleetlint: ${cwd}: ${message}`);
      diagnosticsFor = () => [failureDiagnostic(message)];
    }
    if (generation.get(cwd) !== ticket) return;
    for (const target of targets) {
      // Skip documents closed meanwhile; their diagnostics were cleared on close.
      if (!documents.get(target.uri)) continue;
      await connection.sendDiagnostics({ uri: target.uri, version: target.version, diagnostics: diagnosticsFor(target.path, target.version) });
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

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(document.uri, document.version, params.context.diagnostics, (offset) => document.positionAt(offset));
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

  documents.listen(connection);
  connection.listen();
}
