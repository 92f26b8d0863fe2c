/**
 * `fleetlint import`: write the server's pipelines (one namespace, or all)
 * into the repository layout, so an existing stack can be adopted.
 */
import { Command } from "commander";
import { UsageError } from "./errors.js";
import type { FleetSession } from "../fleet/session.js";
import { repeatable } from "./options.js";

interface ImportFlags {
  config?: string;
  target?: string[];
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
    .option("--target <name>", "import into this target of the config (its name, else its namespace): its namespace, root and credentials", repeatable)
    .option("--namespace <ns>", "import the pipelines synced from this Git namespace (default: the target's)")
    .option("--all", "import every pipeline of the stack, whatever its source")
    .option("--into <dir>", "folder to write into (default: the target's root)")
    .option("--force", "overwrite files that already exist")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: ImportFlags) => {
      if (flags.all && flags.namespace !== undefined) throw new UsageError("Use either --namespace or --all, not both");
      const [{ loadConfig }, { importPipelines }, support, { pickTargets }] = await Promise.all([
        import("../config/index.js"),
        import("../fleet/flows.js"),
        import("./fleet-session.js"),
        import("../fleet/targets.js"),
      ]);
      let session: FleetSession | undefined;
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const loaded = await loadConfig({ cwd, configPath: flags.config });
          if ((flags.target?.length ?? 0) > 1) throw new UsageError("import writes into one target: give --target once");
          const config = { ...loaded, targets: pickTargets(loaded.targets, flags.target, loaded.baseDir) };
          session = support.createSession(flags);
          const { namespace, into, pipelines, files } = await importPipelines({ cwd, config, session, namespace: flags.namespace, all: flags.all, into: flags.into, force: flags.force });
          process.stderr.write(
            `fleetlint: imported ${pipelines.length} pipeline${pipelines.length === 1 ? "" : "s"}${namespace !== undefined ? ` of namespace '${namespace}'` : ""} into ${into} (${files.length} files)\n`,
          );
        },
      );
    });
}
