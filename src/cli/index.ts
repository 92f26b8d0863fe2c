/**
 * The CLI entry: parses argv with commander and loads only the command that
 * was asked for (one module per command in this folder, each exporting
 * `register(program)`), so a pre-commit run does not pay for the LSP or the
 * emulator. Every failure becomes a message and an exit code, never a trace.
 */
import { Command, CommanderError } from "commander";
import { exitCodeOf, FleetlintError } from "./errors.js";
import { version } from "../core/version.js";
import { DEFAULT_MAX_FILE_BYTES, setMaxFileBytes } from "../repo/files.js";

export const COMMANDS = ["check", "fmt", "plan", "sync", "match", "import", "emulator", "lsp", "init"] as const;

interface CommandModule {
  register(program: Command): void;
}

async function registerCommand(program: Command, name: string): Promise<void> {
  const mod = (await import(/* @vite-ignore */ `./${name}.js`)) as CommandModule;
  mod.register(program);
}

export function createProgram(): Command {
  return new Command("fleetlint")
    .description("Lint, format and safely sync Grafana Fleet Management pipelines")
    .version(version, "-v, --version")
    .exitOverride()
    .showHelpAfterError("(run `fleetlint --help` for usage)")
    .configureOutput({ outputError: (text, write) => write(text) });
}

/**
 * A token on the command line ends up in shell history and process lists,
 * so there is no --token flag; and commander's "unknown option" message
 * would print the value back. Refuse it here, naming only the flag.
 */
function refuseTokenFlag(argv: readonly string[]): boolean {
  const index = argv.findIndex((arg) => arg === "--token" || arg.startsWith("--token="));
  if (index < 0 || argv.slice(0, index).includes("--")) return false;
  process.stderr.write("fleetlint: --token is not accepted (a token on the command line leaks into shell history and process lists); set FLEET_MANAGEMENT_TOKEN or pass --token-file\n");
  return true;
}

/** FLEETLINT_MAX_FILE_BYTES when set to a whole number, else the default cap on one repository file. */
function fileLimitFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.FLEETLINT_MAX_FILE_BYTES?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_FILE_BYTES;
}

export async function run(argv: readonly string[]): Promise<number> {
  if (refuseTokenFlag(argv)) return 2;
  setMaxFileBytes(fileLimitFromEnv(process.env));
  const program = createProgram();
  const requested = argv.find((arg) => !arg.startsWith("-"));
  const names = requested && (COMMANDS as readonly string[]).includes(requested) ? [requested] : COMMANDS;
  try {
    for (const name of names) await registerCommand(program, name);
    process.exitCode = 0;
    await program.parseAsync(argv as string[], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    const code = reportFailure(error);
    // `plan --detailed-exitcode` keeps 2 for "changes present", so every failure, usage errors included, is 1 (as Terraform's).
    return code !== 0 && requested === "plan" && argv.includes("--detailed-exitcode") ? 1 : code;
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0.
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
    return 2;
  }
  if (error instanceof FleetlintError) {
    process.stderr.write(`fleetlint: ${error.message}\n`);
    return exitCodeOf(error);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fleetlint: internal error: ${message}\n`);
  if (process.env.FLEETLINT_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 2;
}
