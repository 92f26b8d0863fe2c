// Builds the extension folder for `vsce package`: the client (src/extension.ts
// with vscode-languageclient) bundled by esbuild into out/extension.js, and
// the language server copied from the repository's committed bundle/ (the
// same code as the npm package's bin) with the data it reads at run time and
// the JSON schemas the manifest contributes. Run `npm run build` at the
// repository root first when bundle/ is stale.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const extension = join(dirname(fileURLToPath(import.meta.url)), "..");
const repository = join(extension, "..", "..");

if (!existsSync(join(repository, "bundle", "fleetlint.js"))) {
  console.error("bundle/fleetlint.js is missing: run `npm run build` at the repository root first");
  process.exit(1);
}

for (const dir of ["out", "server", "schemas"]) rmSync(join(extension, dir), { recursive: true, force: true });

await esbuild.build({
  entryPoints: [join(extension, "src", "extension.mts")],
  outfile: join(extension, "out", "extension.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node22",
  external: ["vscode"],
  legalComments: "none",
  logLevel: "warning",
});

// The server: the bundle, and the schema catalog it reads from data/ beside it.
cpSync(join(repository, "bundle"), join(extension, "server"), { recursive: true });
mkdirSync(join(extension, "server", "data"), { recursive: true });
cpSync(join(repository, "data", "alloy-component-schemas"), join(extension, "server", "data", "alloy-component-schemas"), { recursive: true });
// The bundle is ESM: mark the folder so the extension host's Node loads it as such.
cpSync(join(extension, "scripts", "server-package.json"), join(extension, "server", "package.json"));

mkdirSync(join(extension, "schemas"), { recursive: true });
for (const schema of ["pipeline.schema.json", "config.schema.json"]) cpSync(join(repository, "schemas", schema), join(extension, "schemas", schema));
cpSync(join(repository, "LICENSE"), join(extension, "LICENSE"));
console.log(`built ${extension}: out/extension.js, server/, schemas/`);
