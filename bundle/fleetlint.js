#!/usr/bin/env node
import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/cli/main.js
import module from "node:module";
var [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || major === 22 && minor < 12) {
  process.stderr.write(`fleetlint needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}. Install a current Node.js (https://nodejs.org) and run it again.
`);
  process.exit(2);
}
module.enableCompileCache?.();
var { endQuietlyOnClosedPipes, reportUncaught } = await import("./chunks/streams-DSJHHNB2.js");
endQuietlyOnClosedPipes();
process.on("uncaughtException", reportUncaught);
process.on("unhandledRejection", reportUncaught);
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  const { version } = await import("./chunks/version-HHG4AQYV.js");
  process.stdout.write(`${version}
`);
} else {
  const { run } = await import("./chunks/cli-VMJDZSPQ.js");
  process.exitCode = await run(argv);
}
