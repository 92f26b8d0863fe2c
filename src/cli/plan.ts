/**
 * `fleetlint plan`: what a sync would change on the server, per target:
 * create / update (with a contents diff) / delete / unchanged / takeover.
 */
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import type { FleetSession } from "../fleet/session.js";

interface PlanFlags {
  config?: string;
  format: "text" | "json" | "markdown";
  outputFile?: string;
  tokenFile?: string;
  verbose?: boolean;
}

export function register(program: Command): void {
  program
    .command("plan")
    .description("compare the repository with Fleet Management: what a sync would create, update, delete or take over")
    .option("-c, --config <path>", "configuration file (default: searched from the working directory up)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("-o, --output-file <path>", "write the plan to a file instead of stdout")
    .option("--token-file <path>", "read the Fleet Management token from this file")
    .option("--verbose", "log every API request to stderr")
    .action(async (flags: PlanFlags) => {
      const [{ loadConfig }, { loadProject }, { planTargets }, { renderPlans }, support] = await Promise.all([
        import("../config/index.js"),
        import("../repo/index.js"),
        import("../fleet/flows.js"),
        import("../fleet/render.js"),
        import("../fleet/cli-support.js"),
      ]);
      let session: FleetSession | undefined;
      await support.withFleetErrors(
        () => session,
        async () => {
          const cwd = process.cwd();
          const config = await loadConfig({ cwd, configPath: flags.config });
          const project = await loadProject(config, { cwd });
          session = support.createSession(flags);
          const planned = await planTargets({ session, project });
          const output = renderPlans(
            planned.map((p) => p.plan),
            flags.format,
          );
          if (flags.outputFile) writeFileSync(flags.outputFile, output);
          else process.stdout.write(output);
        },
      );
    });
}
