import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/walk.js
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function walkFiles(dir, options = {}, out = []) {
  const ignored = options.ignored ?? (() => false);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    options.onUnreadable?.(dir, error);
    return out;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !ignored(path))
        walkFiles(path, options, out);
    } else if ((entry.isFile() || entry.isSymbolicLink() && isFile(path)) && !ignored(path)) {
      out.push(path);
    }
  }
  return out;
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export {
  walkFiles
};
