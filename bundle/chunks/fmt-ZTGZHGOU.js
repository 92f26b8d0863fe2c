import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import {
  formatSource
} from "./chunk-CO2KMTMO.js";
import "./chunk-OMLRH3SK.js";
import "./chunk-SSHQUGP4.js";
import "./chunk-JFXBJX5A.js";
import "./chunk-KDXVVKYJ.js";
import "./chunk-66TUCT7B.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fmt/index.js
import { readFile } from "node:fs/promises";

// dist/src/fmt/files.js
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MissingPathError = class extends Error {
  path;
  constructor(path) {
    super(`No such file or folder: ${path}`);
    this.path = path;
    this.name = "MissingPathError";
  }
};
async function collectAlloyFiles(paths, cwd = process.cwd()) {
  const found = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch(() => void 0);
    if (!info)
      throw new MissingPathError(given);
    if (info.isDirectory())
      await walk(absolute, found);
    else
      found.push(absolute);
  }
  return [...new Set(found)];
}
async function walk(folder, found) {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name))
        await walk(path, found);
    } else if (entry.name.endsWith(".alloy")) {
      if (entry.isFile())
        found.push(path);
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => void 0);
        if (target?.isFile())
          found.push(path);
      }
    }
  }
}

// dist/src/fmt/index.js
function formatBytes(bytes) {
  const result = formatSource(bytes);
  if (result.formatted === null)
    return { status: "invalid", diagnostics: result.diagnostics };
  const encoded = Buffer.from(result.formatted, "utf8");
  const same = encoded.length === bytes.length && encoded.equals(bytes);
  return { status: same ? "unchanged" : "formatted", formatted: result.formatted, warnings: result.warnings };
}
async function formatPath(path) {
  return formatBytes(await readFile(path));
}
async function formatPathInPlace(path) {
  const outcome = await formatPath(path);
  if (outcome.status === "formatted")
    await writeFileAtomic(path, outcome.formatted);
  return outcome;
}
export {
  MissingPathError,
  collectAlloyFiles,
  formatBytes,
  formatPath,
  formatPathInPlace,
  writeFileAtomic
};
