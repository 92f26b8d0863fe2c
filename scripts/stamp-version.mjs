// Part of `npm run version-packages` (after `changeset version` has bumped
// package.json, before the bundle is rebuilt): writes the release's URLs into
// the files that must name them statically. The version itself is edited in
// package.json only.
//  - schemas/*.schema.json: `$id` becomes the raw URL of the file at the
//    release tag (v<version>, the tag `changeset tag` creates), which is what
//    serves the schema once the tag exists;
//  - src/config/validators.generated.ts: regenerated, since it embeds the
//    schemas (src/config/validator-source.ts, run with Node's type stripping).
// test/release/links.test.ts fails when a stamp is missing.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
export const RAW_BASE = "https://raw.githubusercontent.com/fleetlint/fleetlint";

for (const name of ["pipeline.schema.json", "config.schema.json"]) {
  const file = join(root, "schemas", name);
  const text = readFileSync(file, "utf8");
  const stamped = text.replace(/^(\s*"\$id":\s*)"[^"]*"/m, `$1"${RAW_BASE}/v${version}/schemas/${name}"`);
  if (stamped !== text) writeFileSync(file, stamped);
}

const { validatorModuleSource } = await import(pathToFileURL(join(root, "src", "config", "validator-source.ts")).href);
writeFileSync(join(root, "src", "config", "validators.generated.ts"), validatorModuleSource());
console.log(`stamped v${version} into schemas/*.schema.json and src/config/validators.generated.ts`);
