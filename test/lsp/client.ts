// A real LSP client over a child process's stdio, for the end-to-end tests:
// starts a server command, keeps every published diagnostic, and waits for
// the ones a test asks about.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol";

export interface LspClient {
  connection: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  initialize: InitializeResult;
  registrations: string[];
  /** Diagnostics published and not yet taken by `diagnostics()`. */
  published: PublishDiagnosticsParams[];
  /** The next diagnostics published for a document (optionally of one version). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Opens a document and waits for its first diagnostics. */
  open(uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams>;
  /** shutdown + exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export async function startClient(command: string, args: string[], workspace: string, capabilities: ClientCapabilities = {}): Promise<LspClient> {
  const child = spawn(command, args, { cwd: workspace, stdio: "pipe" });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const registrations: string[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const waiter = waiters.find((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    } else published.push(params);
  });
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations.map((r) => r.method));
  });
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(workspace),
    workspaceFolders: [{ uri: uriOf(workspace), name: "workspace" }],
    capabilities,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  function diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const seen = published.find((p) => p.uri === uri && (version === undefined || p.version === version));
    if (seen) {
      published.splice(published.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve) => waiters.push({ uri, version, resolve }));
  }

  return {
    connection,
    child,
    initialize,
    registrations,
    published,
    diagnostics,
    async open(uri, languageId, text) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return diagnostics(uri, 1);
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
