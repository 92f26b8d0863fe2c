/**
 * `fleetlint lsp [--stdio]`: runs the language server on stdin/stdout until
 * the client sends `exit`. `--stdio` is accepted because LSP clients pass it
 * by convention; stdio is the only transport.
 */
import type { Command } from "commander";

export function register(program: Command): void {
  program
    .command("lsp")
    .description("run the language server over stdio (diagnostics on open/change/save, Alloy formatting)")
    .option("--stdio", "use stdin/stdout (the default and only transport)")
    // Clients add their own flags (e.g. --clientProcessId=N); ignore them.
    .allowUnknownOption()
    .action(async () => {
      const { startStdioServer } = await import("../lsp/index.js");
      startStdioServer();
    });
}
