import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/engine/suggest.js
function renameSuggestion(loc, name, replacement) {
  let { start, end } = loc.range;
  const written = loc.file.text.slice(start, end);
  if (written !== name) {
    const quoted = written.length === name.length + 2 && (written[0] === '"' || written[0] === "'") && written.at(-1) === written[0] && written.slice(1, -1) === name;
    if (!quoted)
      return [];
    start++;
    end--;
  }
  return [{ desc: `Change to "${replacement}"`, fix: { range: { start, end }, text: replacement } }];
}

export {
  renameSuggestion
};
