/**
 * `fleetlint sync`: check (fast rules), plan, guards, then one SyncPipelines
 * per target and a read-back that confirms the server matches (SPEC §2, §5).
 * Exit 1 when the check fails, a guard refuses or the server refuses; 2 for
 * setup, credentials and network failures.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import type { TargetPlan } from "../fleet/plan.js";
import type { FleetSession } from "../fleet/session.js";

interface SyncFlags {
  config?: string;
  dryRun?: boolean;
  allowEmpty?: boolean;
  maxDeletes?: number;
  adopt?: boolean;
  online?: boolean;
  format: "text" | "json" | "markdown";
  tokenFile?: string;
  verbose?: boolean;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}

export function register(program: Command): void {
  program
    .command("sync")
    .description("check, plan and send every target to Fleet Management with SyncPipelines, then confirm")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .option("--dry-run", "stop after the plan and the guards; send nothing")
    .option("--allow-empty", "allow syncing a target with no pipelines (deletes the whole namespace)")
    .option("--max-deletes <n>", "allow up to this many deletions per target (default: 5, and at most half the namespace)", count)
    .option("--adopt", "take over pipelines of the same name owned by another source (never Grafana-managed ones)")
    .addOption(new Option("-f, --format <format>", "plan output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--online", "also run the network rules (remote-validate, online source and limit checks) before sending")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: SyncFlags) => {
      const [{ loadConfig }, { loadProject }, { lintProject }, { loadLanguages }, sender, { renderPlans }, { hasChanges }, support, { lintGate }, { createOnlineState }] = await Promise.all([
        import("../config/index.js"),
        import("../repo/index.js"),
        import("../engine/index.js"),
        import("../fleet/languages.js"),
        import("../fleet/sender.js"),
        import("../fleet/render.js"),
        import("../fleet/plan.js"),
        import("./fleet-session.js"),
        import("../fleet/lint-gate.js"),
        import("../fleet/online.js"),
      ]);
      let session: FleetSession | undefined;
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const config = await loadConfig({ cwd, configPath: flags.config });
          const project = await loadProject(config, { cwd });
          session = support.createSession(flags);
          const online = flags.online ? createOnlineState(project, { env: process.env, session }) : undefined;
          const { results } = await lintProject({ cwd, config, project, online });
          const gate = lintGate(results, cwd);
          process.stderr.write(gate.text);
          if (gate.errorCount > 0) {
            process.exitCode = 1;
            return;
          }
          const languages = await loadLanguages();
          const planned = await sender.planProject(session, languages, project);
          const plans = planned.map((p) => p.plan);
          process.stdout.write(renderPlans(plans, flags.format));

          const refused = sender.guardProject(planned, { allowEmpty: flags.allowEmpty ?? false, maxDeletes: flags.maxDeletes, adopt: flags.adopt ?? false });
          for (const { violations } of refused) for (const v of violations) process.stderr.write(`fleetlint: ${v.message}\n`);
          if (refused.length > 0) {
            process.stderr.write(`fleetlint: ${flags.dryRun ? "the sync would be refused" : "nothing was sent"}\n`);
            process.exitCode = 1;
            return;
          }
          if (flags.dryRun) {
            process.stderr.write("fleetlint: dry run: nothing was sent\n");
            return;
          }
          const applied = new Set<TargetPlan>();
          try {
            await sender.applyPlans(session, languages, planned, {
              applied(plan) {
                applied.add(plan);
                process.stderr.write(
                  `fleetlint: applied namespace '${plan.namespace}' (stack '${plan.stack}'): ${plan.create.length} created, ${plan.update.length} updated, ${plan.delete.length} deleted, ${plan.takeover.length} taken over; server confirmed\n`,
                );
              },
            });
          } catch (error) {
            const notApplied = plans.filter((p) => hasChanges(p) && !applied.has(p));
            process.stderr.write(
              `fleetlint: sync stopped; applied: ${[...applied].map((p) => `'${p.namespace}'`).join(", ") || "none"}; not applied: ${notApplied.map((p) => `'${p.namespace}'`).join(", ") || "none"}\n`,
            );
            throw error;
          }
          if (!plans.some(hasChanges)) {
            process.stderr.write("fleetlint: nothing to sync: the server already matches the repository\n");
          }
        },
      );
    });
}
