import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-HTDSFYMP.js";

// dist/src/cli/lsp.js
function register(program) {
  program.command("lsp").description("run the language server over stdio (diagnostics on open/change/save, Alloy formatting)").option("--stdio", "use stdin/stdout (the default and only transport)").allowUnknownOption().action(async () => {
    const { startStdioServer } = await import("./lsp-7BVDSY5J.js");
    startStdioServer();
  });
}
export {
  register
};
