#!/usr/bin/env node
// Keep this file tiny: it turns on Node's on-disk compile cache before any
// other module loads (V8 bytecode for commander, chevrotain, yaml and our own
// code is then reused across runs, which is most of a commit hook's startup).
import module from "node:module";

module.enableCompileCache?.();
const { run } = await import("./index.js");
process.exitCode = await run(process.argv.slice(2));
