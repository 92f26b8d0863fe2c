import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import {
  repeatable
} from "./chunk-IRIUP5YS.js";
import "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/import.js
function register(program) {
  program.command("import").description("write the server's pipelines as definition files, to adopt an existing stack").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").option("--target <name>", "import into this target of the config (its name, else its namespace): its namespace, root and credentials", repeatable).option("--namespace <ns>", "import the pipelines synced from this Git namespace (default: the target's)").option("--all", "import every pipeline of the stack, whatever its source").option("--into <dir>", "folder to write into (default: the target's root)").option("--force", "overwrite files that already exist").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").action(async (flags) => {
    if (flags.all && flags.namespace !== void 0)
      throw new UsageError("Use either --namespace or --all, not both");
    const [{ loadConfig }, { importPipelines }, support, { pickTargets }] = await Promise.all([
      import("./config-NWYMU7HS.js"),
      import("./flows-4GDIJFIQ.js"),
      import("./fleet-session-BEQWKC34.js"),
      import("./targets-FOAZWZHY.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const loaded = await loadConfig({ cwd, configPath: flags.config });
      if ((flags.target?.length ?? 0) > 1)
        throw new UsageError("import writes into one target: give --target once");
      const config = { ...loaded, targets: pickTargets(loaded.targets, flags.target, loaded.baseDir) };
      session = support.createSession(flags);
      const { namespace, into, pipelines, files } = await importPipelines({ cwd, config, session, namespace: flags.namespace, all: flags.all, into: flags.into, force: flags.force });
      process.stderr.write(`fleetlint: imported ${pipelines.length} pipeline${pipelines.length === 1 ? "" : "s"}${namespace !== void 0 ? ` of namespace '${namespace}'` : ""} into ${into} (${files.length} files)
`);
    });
  });
}
export {
  register
};
