import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/init.js
function register(program) {
  program.command("init").description("write a starter fleetlint.config.yaml, an example pipeline and hook snippets").argument("[dir]", "folder to initialise", ".").option("--force", "overwrite files that already exist").option("--namespace <name>", "source namespace for the target (default: the folder's name)").action(async (dir, flags) => {
    const { initRepository } = await import("./init-ELC3XIPQ.js");
    const result = initRepository({ dir, force: flags.force, namespace: flags.namespace });
    if (!result.ok) {
      throw new UsageError(`refusing to overwrite existing files (use --force to replace them):
${result.existing.map((f) => `  ${f}`).join("\n")}`);
    }
    const lines = result.written.map((f) => `  ${result.overwritten.includes(f) ? "replaced" : "created"} ${f}`);
    process.stdout.write([
      "fleetlint: initialised",
      ...lines,
      "",
      "Next steps:",
      "  fleetlint check                 lint the example pipeline",
      "  pre-commit install              run fleetlint on every commit (pre-commit framework)",
      "  npx husky init && echo 'npx lint-staged' > .husky/pre-commit   or with husky + lint-staged",
      ""
    ].join("\n"));
    process.exitCode = 0;
  });
}
export {
  register
};
