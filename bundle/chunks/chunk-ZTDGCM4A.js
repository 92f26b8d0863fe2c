import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/engine/locations.js
import { isAbsolute, relative, sep } from "node:path";
function describeLocation(cwd, file, offset) {
  const rel = relative(cwd, file.path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file.path : rel.split(sep).join("/");
  const { line, column } = file.positionAt(offset);
  return `${shown}:${line}:${column}`;
}
function pipelineLocation(pipeline) {
  const { file, keys, range } = pipeline.definition;
  const name = keys.get("name");
  if (name)
    return { file, range: name.value };
  let first;
  for (const k of keys.values())
    if (!first || k.key.start < first.start)
      first = k.key;
  return { file, range: first ?? { start: range.start, end: range.start } };
}

export {
  describeLocation,
  pipelineLocation
};
