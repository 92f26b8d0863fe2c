/**
 * `fleetlint plan`: everything a sync would do or refuse, per target: create
 * / update (contents diff, matcher and field changes) / delete / unchanged /
 * takeover (blocked when no flag allows it), the lint counts, and whether
 * sync (given the same guard flags) would send each target.
 *
 * Exit codes: 0, or 2 when planning fails (setup, credentials, network). With
 * `--detailed-exitcode`, Terraform's: 0 no changes, 1 any error (including a
 * sync that would be refused), 2 changes present.
 */
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import type { CollectorSource } from "../fleet/collector-source.js";
import { repeatable, wholeNumber } from "./options.js";
import type { FleetSession } from "../fleet/session.js";

interface PlanFlags {
  config?: string;
  format: "text" | "json" | "markdown";
  outputFile?: string;
  tokenFile?: string;
  verbose?: boolean;
  /** A collectors file, false with --no-collectors, else the live inventory. */
  collectors?: string | false;
  detailedExitcode?: boolean;
  allowEmpty?: boolean;
  maxDeletes?: number;
  adopt?: boolean;
  target?: string[];
}

export function register(program: Command): void {
  program
    .command("plan")
    .description("compare the repository with Fleet Management: what a sync would create, update, delete, take over or refuse")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("-o, --output-file <path>", "write the plan to a file instead of stdout")
    .option("--target <name>", "plan only this target (its name, else its namespace; repeatable)", repeatable)
    .option("--detailed-exitcode", "exit 0 when there are no changes, 1 on any error (or a sync that would be refused), 2 when there are changes")
    .option("--allow-empty", "judge the plan as `sync --allow-empty` would")
    .option("--max-deletes <n>", "judge the plan as `sync --max-deletes N` would", wholeNumber)
    .option("--adopt", "judge the plan as `sync --adopt` would")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .option("--collectors <file>", "blast radius from this collectors file instead of the live inventory (ListCollectors)")
    .option("--no-collectors", "skip the blast radius: do not read the collector inventory")
    .action(async (flags: PlanFlags) => {
      // Errors end in run(), which makes them exit 1 under --detailed-exitcode (2 means "changes" there).
      process.exitCode = await plan(flags);
    });
}

async function plan(flags: PlanFlags): Promise<number> {
  const [{ loadConfig }, { loadProject }, { lintProject }, { planTargets }, { renderPlans }, { assessPlans, detailedExitCode }, { selectTargets }, support] = await Promise.all([
    import("../config/index.js"),
    import("../repo/index.js"),
    import("../engine/index.js"),
    import("../fleet/flows.js"),
    import("../fleet/render.js"),
    import("../fleet/assess.js"),
    import("../fleet/targets.js"),
    import("./fleet-session.js"),
  ]);
  let session: FleetSession | undefined;
  return support.withFleetErrors(
    () => session,
    async () => {
      const cwd = process.cwd();
      const config = await loadConfig({ cwd, configPath: flags.config });
      const project = await loadProject(config, { cwd });
      const selection = selectTargets(project, flags.target);
      // The lint gate sync would apply (fast rules), so the plan can say that sync would refuse.
      const { results } = await lintProject({ cwd, config, project });
      const lint = selection.lintCounts(results);
      session = support.createSession(flags);
      const collectors = await collectorSource(flags.collectors, session);
      const planned = await planTargets({ session, project: selection.project, collectors });
      const plans = planned.map((p) => p.plan);
      assessPlans(plans, lint, { allowEmpty: flags.allowEmpty ?? false, maxDeletes: flags.maxDeletes, adopt: flags.adopt ?? false });
      // Server contents appear in diffs: a token echoed into them must not reach the output.
      const output = session.scrub(renderPlans(plans, flags.format, lint));
      if (flags.outputFile) writeFileSync(flags.outputFile, output);
      else process.stdout.write(output);
      return flags.detailedExitcode ? detailedExitCode(plans) : 0;
    },
  );
}

async function collectorSource(flag: string | false | undefined, session: FleetSession): Promise<CollectorSource> {
  if (flag === false) return { kind: "none" };
  if (flag === undefined) return { kind: "inventory", session };
  const { readCollectorsFile } = await import("./match.js");
  return { kind: "file", path: flag, collectors: await readCollectorsFile(flag) };
}
