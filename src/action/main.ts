/**
 * Entry point of the GitHub Action: action.yml runs `node bundle/action.js`.
 * The CLI it drives is the one beside it: bundle/fleetlint.js in the bundle,
 * dist/src/cli/main.js in a TypeScript build.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runAction } from "./run.js";

const bundled = fileURLToPath(new URL("./fleetlint.js", import.meta.url));
const cli = existsSync(bundled) ? bundled : fileURLToPath(new URL("../cli/main.js", import.meta.url));
process.exitCode = runAction(cli, process.env);
