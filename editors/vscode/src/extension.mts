/**
 * The fleetlint VS Code extension: a thin client that starts the language
 * server bundled with it (server/fleetlint.js, the same bundle as the npm
 * package's bin) over stdio, for the documents of selector.mts. It works next
 * to Grafana's Alloy extension (highlighting) and Red Hat's YAML extension
 * (which reads the JSON schemas the manifest contributes).
 */
import * as path from "node:path";
import { workspace, type ExtensionContext, type TextDocumentWillSaveEvent, type TextEdit as VsTextEdit } from "vscode";
import {
  CodeActionRequest,
  LanguageClient,
  TransportKind,
  type CodeAction,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { DOCUMENT_SELECTOR } from "./selector.mjs";

const FIX_ALL_KIND = "source.fixAll.fleetlint";

let client: LanguageClient | undefined;

function serverOptions(context: ExtensionContext): ServerOptions {
  const configured = workspace.getConfiguration("fleetlint").get<string>("server.path", "").trim();
  if (configured) {
    const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
    const command = path.isAbsolute(configured) || !folder ? configured : path.join(folder, configured);
    return { command, args: ["lsp", "--stdio"], transport: TransportKind.stdio };
  }
  const module = context.asAbsolutePath(path.join("server", "fleetlint.js"));
  return { module, args: ["lsp"], transport: TransportKind.stdio };
}

/** `fleetlint.fixAll`: ask the server for source.fixAll.fleetlint before each save and apply it. */
async function fixAllEdits(event: TextDocumentWillSaveEvent): Promise<VsTextEdit[]> {
  if (!client || !workspace.getConfiguration("fleetlint", event.document).get<boolean>("fixAll", false)) return [];
  const document = event.document;
  const params = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } },
    context: { diagnostics: [], only: [FIX_ALL_KIND] },
  };
  const actions = (await client.sendRequest(CodeActionRequest.type, params)) ?? [];
  const edits: VsTextEdit[] = [];
  for (const action of actions as CodeAction[]) {
    const changes = action.edit?.changes?.[params.textDocument.uri] ?? [];
    edits.push(...(await client.protocol2CodeConverter.asTextEdits(changes)));
  }
  return edits;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    // File changes on disk reach the server through its own watcher registration (server.ts): not watched twice here.
    documentSelector: [...DOCUMENT_SELECTOR],
  };
  client = new LanguageClient("fleetlint", "fleetlint", serverOptions(context), clientOptions);
  context.subscriptions.push(
    workspace.onWillSaveTextDocument((event) => {
      if (client && workspace.getConfiguration("fleetlint", event.document).get<boolean>("fixAll", false)) event.waitUntil(fixAllEdits(event));
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
