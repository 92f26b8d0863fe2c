/**
 * `fleetlint import`: write the server's pipelines (one namespace, or all)
 * into the repository layout, so an existing stack can be adopted.
 */
import { resolve } from "node:path";
import { Command } from "commander";
import { UsageError } from "./errors.js";
import type { FleetSession } from "../fleet/session.js";

interface ImportFlags {
  config?: string;
  namespace?: string;
  all?: boolean;
  into?: string;
  force?: boolean;
  tokenFile?: string;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command("import")
    .description("write the server's pipelines as definition files, to adopt an existing stack")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .option("--namespace <ns>", "import the pipelines synced from this Git namespace (default: the target's)")
    .option("--all", "import every pipeline of the stack, whatever its source")
    .option("--into <dir>", "folder to write into (default: the target's root)")
    .option("--force", "overwrite files that already exist")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: ImportFlags) => {
      if (flags.all && flags.namespace !== undefined) throw new UsageError("Use either --namespace or --all, not both");
      const [{ loadConfig }, { loadLanguages }, { importFiles, writeImport }, { isOwnedBy }, support] = await Promise.all([
        import("../config/index.js"),
        import("../fleet/languages.js"),
        import("../fleet/import.js"),
        import("../fleet/plan.js"),
        import("./fleet-session.js"),
      ]);
      let session: FleetSession | undefined;
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const config = await loadConfig({ cwd, configPath: flags.config });
          // The target that owns the namespace (or the only one) gives the root, stack, URL and global matchers.
          const namespace = flags.all ? undefined : (flags.namespace ?? soleNamespace(config.targets));
          const target =
            config.targets.find((t) => namespace !== undefined && t.namespace === namespace) ?? (config.targets.length === 1 ? config.targets[0] : undefined);
          if (!target && flags.into === undefined) {
            throw new UsageError("Missing --into: no single target of the config matches; say where to write the files");
          }
          const into = flags.into !== undefined ? resolve(cwd, flags.into) : (target?.root as string);
          session = support.createSession(flags);
          const location = target ?? { stack: "default" };
          const remote = await session.remotePipelines(location);
          const chosen = namespace === undefined ? remote : remote.filter((p) => isOwnedBy(p, namespace));
          const files = importFiles(await loadLanguages(), chosen, { into, globalMatchers: target?.globalMatchers ?? [] });
          writeImport(files, flags.force ?? false);
          process.stderr.write(
            `fleetlint: imported ${chosen.length} pipeline${chosen.length === 1 ? "" : "s"}${namespace !== undefined ? ` of namespace '${namespace}'` : ""} into ${into} (${files.length} files)\n`,
          );
        },
      );
    });
}

function soleNamespace(targets: readonly { namespace?: string }[]): string {
  const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n): n is string => !!n))];
  if (namespaces.length !== 1) {
    throw new UsageError(
      namespaces.length === 0 ? "Missing --namespace (or --all): the config names no namespace" : `Missing --namespace (or --all): the config has several (${namespaces.join(", ")})`,
    );
  }
  return namespaces[0];
}
