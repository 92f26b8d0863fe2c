#!/usr/bin/env node
// Keep this file tiny: it turns on Node's on-disk compile cache before any
// other module loads (V8 bytecode for commander, chevrotain, yaml and our own
// code is then reused across runs, which is most of a commit hook's startup).
import module from "node:module";

// Checked before anything else loads, so an old Node gets one sentence, not a
// stack trace from a module that uses a newer API.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`fleetlint needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}. Install a current Node.js (https://nodejs.org) and run it again.\n`);
  process.exit(2);
}
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
