// Runs on `npm install` in a checkout (and when pre-commit installs the hook
// repository as a `language: node` package): build dist/ if TypeScript is at
// hand, and install the husky hooks when this is our own git checkout.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
if (existsSync(tsc)) {
  const built = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const husky = join(root, "node_modules", "husky", "bin.js");
if (existsSync(join(root, ".git")) && existsSync(husky) && !process.env.CI) {
  spawnSync(process.execPath, [husky], { cwd: root, stdio: "inherit" });
}
