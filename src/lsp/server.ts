/**
 * The language server: open documents are linted with the same
 * `lintProject()` as the CLI, the open buffers standing in for the files on
 * disk (so cross-file rules see unsaved edits), fast rules only, never the
 * network. Alloy documents are formatted with the `alloy fmt` printer.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { version } from "../cli/version.js";
import { failureDiagnostic, isFormattablePath, isLintablePath, toLspDiagnostic } from "./convert.js";

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
  const timers = new Map<string, NodeJS.Timeout>();
  /** Bumped per request so a slow lint never overwrites a newer one's result. */
  const generation = new Map<string, number>();
  let workspaceRoots: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => pathOf(f.uri)) ?? [params.rootUri ? pathOf(params.rootUri) : undefined];
    workspaceRoots = folders.filter((p): p is string => p !== undefined).sort((a, b) => b.length - a.length);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentFormattingProvider: true,
      },
      serverInfo: { name: "fleetlint", version },
    };
  });

  /** The folder config lookup starts from: the innermost workspace folder holding the file. */
  function cwdFor(path: string): string {
    return workspaceRoots.find((root) => path === root || path.startsWith(`${root}/`) || path.startsWith(`${root}\\`)) ?? dirname(path);
  }

  async function lint(uri: string): Promise<void> {
    const document = documents.get(uri);
    const path = pathOf(uri);
    if (!document || !path || !isLintablePath(path)) return;
    const ticket = (generation.get(uri) ?? 0) + 1;
    generation.set(uri, ticket);
    const buffers = new Map<string, string>();
    for (const open of documents.all()) {
      const openPath = pathOf(open.uri);
      if (openPath) buffers.set(openPath, open.getText());
    }
    let diagnostics: LspDiagnostic[];
    try {
      const { lintProject } = await import("../engine/index.js");
      const outcome = await lintProject({ cwd: cwdFor(path), paths: [path], buffers, categories: ["fast"] });
      const result = outcome.results.find((r) => r.filePath === path);
      diagnostics = (result?.messages ?? []).map((m) => toLspDiagnostic(m, outcome.rules));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`fleetlint: ${path}: ${message}`);
      diagnostics = [failureDiagnostic(message)];
    }
    if (generation.get(uri) !== ticket || !documents.get(uri)) return;
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  function lintSoon(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void lint(uri);
      }, delay),
    );
  }

  documents.onDidOpen((event) => lintSoon(event.document.uri, 0));
  documents.onDidChangeContent((event) => lintSoon(event.document.uri, debounceMs));
  documents.onDidSave((event) => lintSoon(event.document.uri, 0));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    generation.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
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
