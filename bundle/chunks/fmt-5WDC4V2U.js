import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  walkFiles
} from "./chunk-LLODODTP.js";
import {
  writeFileAtomic
} from "./chunk-Z3GFFZNX.js";
import {
  formatSource
} from "./chunk-CAIIXZGZ.js";
import "./chunk-EID6HQGN.js";
import "./chunk-VMCWEPZP.js";
import "./chunk-GEBKUC7T.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fmt/index.js
import { readFile } from "node:fs/promises";

// dist/src/fmt/files.js
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
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
    if (info.isDirectory()) {
      const rethrow = (_folder, error) => {
        throw error;
      };
      found.push(...walkFiles(absolute, { onUnreadable: rethrow }).filter((path) => path.endsWith(".alloy")));
    } else
      found.push(absolute);
  }
  return [...new Set(found)];
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
