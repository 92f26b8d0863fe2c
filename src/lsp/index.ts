/** `fleetlint lsp`: the language server over stdin/stdout. */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer, type ServerOptions } from "./server.js";

export { startServer, CHANGE_DEBOUNCE_MS, type ServerOptions } from "./server.js";

export function startStdioServer(options: ServerOptions = {}): void {
  // Explicit streams: the transport never depends on how argv was spelled.
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection, options);
}
