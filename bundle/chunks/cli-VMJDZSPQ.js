import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_BYTES,
  setMaxFileBytes
} from "./chunk-LZRMTJOQ.js";
import "./chunk-5VRL6YA5.js";
import "./chunk-VLVIIYR3.js";
import "./chunk-GEBKUC7T.js";
import {
  version
} from "./chunk-PWOCY44R.js";
import {
  exitCodeOf
} from "./chunk-5UJ3XWX7.js";
import {
  FleetlintError
} from "./chunk-SZVLGFVG.js";
import {
  Command,
  CommanderError
} from "./chunk-AJHW2U6T.js";
import {
  __glob
} from "./chunk-HTDSFYMP.js";

// import("./**/*.js") in dist/src/cli/index.js
var globImport_js = __glob({
  "./check.js": () => import("./check-5GUPNELN.js"),
  "./emulator.js": () => import("./emulator-RL46ACND.js"),
  "./errors.js": () => import("./errors-VRGSFO77.js"),
  "./fleet-session.js": () => import("./fleet-session-BEQWKC34.js"),
  "./fmt.js": () => import("./fmt-5AKKG5TH.js"),
  "./import.js": () => import("./import-D6DUDUY5.js"),
  "./index.js": () => import("./cli-VMJDZSPQ.js"),
  "./init.js": () => import("./init-BVBS6QO2.js"),
  "./lsp.js": () => import("./lsp-DTSO4FVN.js"),
  "./main.js": () => import("../fleetlint.js"),
  "./match.js": () => import("./match-5TID7CRV.js"),
  "./options.js": () => import("./options-LUZI75SW.js"),
  "./plan.js": () => import("./plan-ZSBQAQTR.js"),
  "./streams.js": () => import("./streams-DSJHHNB2.js"),
  "./sync.js": () => import("./sync-II7K5S3P.js")
});

// dist/src/cli/index.js
var COMMANDS = ["check", "fmt", "plan", "sync", "match", "import", "emulator", "lsp", "init"];
async function registerCommand(program, name) {
  const mod = await /* @vite-ignore */
  globImport_js(`./${name}.js`);
  mod.register(program);
}
function createProgram() {
  return new Command("fleetlint").description("Lint, format and safely sync Grafana Fleet Management pipelines").version(version, "-v, --version").exitOverride().showHelpAfterError("(run `fleetlint --help` for usage)").configureOutput({ outputError: (text, write) => write(text) });
}
function refuseTokenFlag(argv) {
  const index = argv.findIndex((arg) => arg === "--token" || arg.startsWith("--token="));
  if (index < 0 || argv.slice(0, index).includes("--"))
    return false;
  process.stderr.write("fleetlint: --token is not accepted (a token on the command line leaks into shell history and process lists); set FLEET_MANAGEMENT_TOKEN or pass --token-file\n");
  return true;
}
function fileLimitFromEnv(env) {
  const raw = env.FLEETLINT_MAX_FILE_BYTES?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_FILE_BYTES;
}
async function run(argv) {
  if (refuseTokenFlag(argv))
    return 2;
  setMaxFileBytes(fileLimitFromEnv(process.env));
  const program = createProgram();
  const requested = argv.find((arg) => !arg.startsWith("-"));
  const names = requested && COMMANDS.includes(requested) ? [requested] : COMMANDS;
  try {
    for (const name of names)
      await registerCommand(program, name);
    process.exitCode = 0;
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    const code = reportFailure(error);
    return code !== 0 && requested === "plan" && argv.includes("--detailed-exitcode") ? 1 : code;
  }
}
function reportFailure(error) {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version")
      return 0;
    return 2;
  }
  if (error instanceof FleetlintError) {
    process.stderr.write(`fleetlint: ${error.message}
`);
    return exitCodeOf(error);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fleetlint: internal error: ${message}
`);
  if (process.env.FLEETLINT_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}
`);
  return 2;
}
export {
  COMMANDS,
  createProgram,
  run
};
