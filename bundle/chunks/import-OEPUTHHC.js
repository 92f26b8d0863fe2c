import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-AJHW2U6T.js";
import "./chunk-5UJ3XWX7.js";
import {
  UsageError
} from "./chunk-SZVLGFVG.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/import.js
import { resolve } from "node:path";
function register(program) {
  program.command("import").description("write the server's pipelines as definition files, to adopt an existing stack").option("-c, --config <path>", "configuration file (default: searched from the working directory up)").option("--namespace <ns>", "import the pipelines synced from this Git namespace (default: the target's)").option("--all", "import every pipeline of the stack, whatever its source").option("--into <dir>", "folder to write into (default: the target's root)").option("--force", "overwrite files that already exist").option("--token-file <path>", "read the Fleet Management token from this file").option("--verbose", "log every API request to stderr").action(async (flags) => {
    if (flags.all && flags.namespace !== void 0)
      throw new UsageError("Use either --namespace or --all, not both");
    const [{ loadConfig }, { loadLanguages }, { importFiles, writeImport }, { isOwnedBy }, support] = await Promise.all([
      import("./config-JURESGA5.js"),
      import("./languages-XLNYX2ON.js"),
      import("./import-XXYM73VC.js"),
      import("./plan-SLE7NL2Z.js"),
      import("./fleet-session-MGPBOV5E.js")
    ]);
    let session;
    await support.withFleetErrors(() => session, async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const namespace = flags.all ? void 0 : flags.namespace ?? soleNamespace(config.targets);
      const target = config.targets.find((t) => namespace !== void 0 && t.namespace === namespace) ?? (config.targets.length === 1 ? config.targets[0] : void 0);
      if (!target && flags.into === void 0) {
        throw new UsageError("Missing --into: no single target of the config matches; say where to write the files");
      }
      const into = flags.into !== void 0 ? resolve(cwd, flags.into) : target?.root;
      session = support.createSession(flags);
      const location = target ?? { stack: "default" };
      const remote = await session.remotePipelines(location);
      const chosen = namespace === void 0 ? remote : remote.filter((p) => isOwnedBy(p, namespace));
      const files = importFiles(await loadLanguages(), chosen, { into, globalMatchers: target?.globalMatchers ?? [] });
      writeImport(files, flags.force ?? false);
      process.stderr.write(`fleetlint: imported ${chosen.length} pipeline${chosen.length === 1 ? "" : "s"}${namespace !== void 0 ? ` of namespace '${namespace}'` : ""} into ${into} (${files.length} files)
`);
    });
  });
}
function soleNamespace(targets) {
  const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n) => !!n))];
  if (namespaces.length !== 1) {
    throw new UsageError(namespaces.length === 0 ? "Missing --namespace (or --all): the config names no namespace" : `Missing --namespace (or --all): the config has several (${namespaces.join(", ")})`);
  }
  return namespaces[0];
}
export {
  register
};
