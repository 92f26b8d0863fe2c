#!/usr/bin/env node
// Keep this file tiny: it turns on Node's on-disk compile cache before any
// other module loads (V8 bytecode for commander, chevrotain, yaml and our own
// code is then reused across runs, which is most of a commit hook's startup).
import module from "node:module";

module.enableCompileCache?.();
// A closed pipe (`| head -1`) and anything uncaught end quietly, never with a trace.
const { endQuietlyOnClosedPipes, reportUncaught } = await import("./streams.js");
endQuietlyOnClosedPipes();
process.on("uncaughtException", reportUncaught);
process.on("unhandledRejection", reportUncaught);
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  // Hook managers and editors probe the binary with `--version`: answer it
  // (as commander would) without loading commander and every command module.
  const { version } = await import("../core/version.js");
  process.stdout.write(`${version}\n`);
} else {
  const { run } = await import("./index.js");
  process.exitCode = await run(argv);
}
