import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/init.js
import { join, relative, resolve } from "node:path";
function register(program) {
  program.command("init").description("set a folder up for fleetlint: starter config and example, or fleetlint's hooks merged into existing hook configs").argument("[dir]", "folder to initialise", ".").option("--merge", "add fleetlint's hooks to existing .pre-commit-config.yaml and lint-staged configs, keeping everything else (the default)").option("--force", "replace existing files with the starter ones instead of merging").option("--namespace <name>", "source namespace for a new target (default: the folder's name)").action(async (dir, flags) => {
    if (flags.force && flags.merge)
      throw new UsageError("Use either --merge or --force, not both");
    const [{ initRepository, MergeError }, { loadConfig, CONFIG_FILE_NAMES }, { existsSync }] = await Promise.all([
      import("./init-KFO6D22V.js"),
      import("./config-NWYMU7HS.js"),
      import("node:fs")
    ]);
    const configPath = CONFIG_FILE_NAMES.filter((name) => name !== "package.json").map((name) => join(dir, name)).find((path) => existsSync(path));
    let existingRoots;
    if (configPath && !flags.force) {
      const config = await loadConfig({ cwd: dir, configPath });
      existingRoots = config.targets.map((t) => relative(resolve(dir), t.root) || ".");
    }
    let result;
    try {
      result = initRepository({ dir, force: flags.force, namespace: flags.namespace, existingRoots });
    } catch (error) {
      if (error instanceof MergeError)
        throw new UsageError(`cannot merge fleetlint's hooks into ${error.message}`);
      throw error;
    }
    const lines = result.changes.map((c) => {
      if (c.action === "updated")
        return `  updated ${c.path}: added ${c.added?.join(", ")}`;
      if (c.action === "unchanged")
        return `  unchanged ${c.path}: fleetlint is already set up`;
      if (c.action === "kept")
        return `  kept ${c.path}${c.note ? `: ${c.note}` : ""}`;
      return `  ${c.action} ${c.path}`;
    });
    const changed = result.changes.some((c) => c.action !== "unchanged" && c.action !== "kept");
    process.stdout.write([
      changed ? "fleetlint: initialised" : "fleetlint: already initialised, nothing changed",
      ...lines,
      "",
      "Next steps:",
      "  fleetlint check                 lint the pipelines",
      "  pre-commit install              run fleetlint on every commit (pre-commit framework)",
      "  npx husky init && echo 'npx lint-staged --hide-unstaged' > .husky/pre-commit   or with husky + lint-staged",
      "      (--hide-unstaged: an unstaged edit in another file cannot fail the commit)",
      ""
    ].join("\n"));
    process.exitCode = 0;
  });
}
export {
  register
};
