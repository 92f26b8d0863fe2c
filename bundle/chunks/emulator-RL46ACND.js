import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-5UJ3XWX7.js";
import {
  FleetlintError,
  UsageError
} from "./chunk-SZVLGFVG.js";
import {
  InvalidArgumentError,
  Option
} from "./chunk-AJHW2U6T.js";
import "./chunk-HTDSFYMP.js";

// dist/src/cli/emulator.js
import { readFileSync } from "node:fs";
function integer(min) {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}
function fraction(value) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError("expected a number from 0 to 1");
  return n;
}
function register(program) {
  program.command("emulator").description("run a local Fleet Management API emulator on loopback").option("--port <n>", "port to listen on (0 picks a free one)", integer(0), 0).addOption(new Option("--host <host>", "loopback address to listen on").choices(["127.0.0.1", "::1", "localhost"]).default("127.0.0.1")).option("--state <file>", "load and save pipelines in this JSON file (written atomically after each change)").option("--username <id>", "username clients must send", "fleetlint-emulator").option("--token-file <file>", "read the token clients must send from this file (default: generate one)").option("--pipeline-limit <n>", "pipelines allowed in the stack", integer(0), 200).option("--rate-limit <n>", "requests per second before HTTP 429 (0 disables)", integer(0), 3).option("--fail-rate <fraction>", "fraction of requests answered 503 unavailable", fraction, 0).option("--latency <ms>", "delay before every answer", integer(0), 0).option("--drop-connections <fraction>", "fraction of connections closed without an answer", fraction, 0).option("--seed <n>", "seed for fault injection, to replay a run", integer(0)).option("--fault <name>", "take on a hostile behaviour (repeatable; `--fault list` names them)", (value, previous = []) => [...previous, value]).option("--collectors <file>", "serve these collectors from ListCollectors and GetCollector (the format `match --collectors` reads)").option("--collector-page-size <n>", "collectors per ListCollectors answer (0: all at once, like the v1 service)", integer(0), 0).option("--verbose", "log every request").action(async (flags) => {
    const { FAULTS, isFaultName } = await import("./faults-RFEUK6D2.js");
    if (flags.fault?.includes("list")) {
      process.stdout.write(Object.entries(FAULTS).map(([name, description]) => `${name.padEnd(24)} ${description}
`).join(""));
      return;
    }
    const unknown = (flags.fault ?? []).filter((name) => !isFaultName(name));
    if (unknown.length > 0)
      throw new UsageError(`Unknown --fault ${unknown.join(", ")}; \`--fault list\` names them`);
    let token;
    if (flags.tokenFile !== void 0) {
      try {
        token = readFileSync(flags.tokenFile, "utf8").trim();
      } catch {
        throw new UsageError(`Cannot read --token-file ${flags.tokenFile}`);
      }
      if (!token)
        throw new UsageError(`Missing token: --token-file ${flags.tokenFile} is empty`);
    }
    const collectors = flags.collectors === void 0 ? void 0 : await readInventory(flags.collectors);
    const { startEmulator } = await import("./emulator-OGMWKTFG.js");
    let emulator;
    try {
      emulator = await startEmulator({
        port: flags.port,
        host: flags.host,
        statePath: flags.state,
        username: flags.username,
        token,
        pipelineLimit: flags.pipelineLimit,
        rateLimit: flags.rateLimit,
        failRate: flags.failRate,
        latencyMs: flags.latency,
        dropConnections: flags.dropConnections,
        seed: flags.seed,
        faults: (flags.fault ?? []).filter(isFaultName),
        collectors,
        collectorPageSize: flags.collectorPageSize,
        onRequest: flags.verbose ? (r) => process.stderr.write(`${new Date(r.time).toISOString()} ${r.procedure} ${r.code === "dropped" ? "dropped" : `${r.status}${r.code ? ` ${r.code}` : ""}`}
`) : void 0
      });
    } catch (error) {
      throw new FleetlintError("internal", `Cannot start the emulator: ${error instanceof Error ? error.message : String(error)}`);
    }
    const tokenLine = flags.tokenFile === void 0 ? `export FLEET_MANAGEMENT_TOKEN=${emulator.token}` : `export FLEET_MANAGEMENT_TOKEN="$(cat ${shellQuote(flags.tokenFile)})"`;
    process.stdout.write([
      `Fleet Management emulator listening on ${emulator.url}`,
      "Use it with:",
      `export FLEET_MANAGEMENT_URL=${emulator.url}`,
      `export FLEET_MANAGEMENT_USERNAME=${shellQuote(emulator.username)}`,
      tokenLine,
      ""
    ].join("\n"));
    await new Promise((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        void emulator.close().then(resolve);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  });
}
function shellQuote(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
async function readInventory(path) {
  const [{ parseCollectorEntries, CollectorSpecError }, { collectorsFromEntries }, { encodeCollector }] = await Promise.all([
    import("./collectors-HEE7QAPE.js"),
    import("./collectors-3YYGUUMQ.js"),
    import("./collector-messages-CEAOLMJ5.js")
  ]);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`Cannot read --collectors ${path}`);
  }
  try {
    return collectorsFromEntries(parseCollectorEntries(text, path)).map(encodeCollector);
  } catch (error) {
    if (error instanceof CollectorSpecError)
      throw new UsageError(error.message);
    throw error;
  }
}
export {
  register
};
