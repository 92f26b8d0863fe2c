import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  parseFile
} from "./chunk-VMCWEPZP.js";
import {
  printFile
} from "./chunk-EID6HQGN.js";

// dist/grammar/alloy/format.js
function formatSource(input) {
  const parsed = parseFile(input);
  if (!parsed.ast)
    return { formatted: null, diagnostics: parsed.diagnostics, warnings: [], text: parsed.text };
  const printed = printFile(parsed.ast, parsed.text);
  return { formatted: printed.text, diagnostics: [], warnings: printed.warnings, text: parsed.text };
}

export {
  formatSource
};
