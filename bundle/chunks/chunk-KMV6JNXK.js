import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  goUnquote
} from "./chunk-JKUQAI7V.js";

// dist/src/alloy-semantics/blocks.js
var CONFIG_BLOCKS = /* @__PURE__ */ new Set([
  "foreach",
  "argument",
  "export",
  "logging",
  "tracing",
  "import.file",
  "import.string",
  "import.http",
  "import.git"
]);
var IMPORT_BLOCKS = /* @__PURE__ */ new Set(["import.file", "import.string", "import.http", "import.git"]);
var SERVICES = /* @__PURE__ */ new Map([
  ["http", true],
  ["remotecfg", true],
  ["livedebugging", true],
  ["cluster", false],
  ["labelstore", false],
  ["otel", false],
  ["ui", false]
]);
function blockName(block) {
  return block.name.join(".");
}
function blockId(block) {
  const label = block.label?.value;
  return label ? `${blockName(block)}.${label}` : blockName(block);
}
function blockKind(block) {
  const name = blockName(block);
  if (CONFIG_BLOCKS.has(name))
    return "config";
  if (name === "declare")
    return "declare";
  if (SERVICES.has(blockId(block)))
    return "service";
  return "component";
}
function hasLabel(block) {
  return Boolean(block.label?.value);
}
function nameRange(block) {
  return { start: block.nameStart.offset, end: block.nameEnd.offset };
}
function headerRange(block) {
  return { start: block.nameStart.offset, end: block.label ? block.label.end.offset : block.nameEnd.offset };
}
function wholeRange(block) {
  return { start: block.start.offset, end: block.end.offset };
}
function openingRange(block) {
  return { start: block.start.offset, end: block.lcurly.offset + 1 };
}

// dist/src/alloy-semantics/strings.js
function stringLiteralValue(e) {
  if (e.type !== "Literal" || e.kind !== "STRING")
    return void 0;
  if (e.raw.startsWith("`"))
    return e.raw.slice(1, -1).replaceAll("\r", "");
  return goUnquote(e.raw) ?? void 0;
}

export {
  IMPORT_BLOCKS,
  SERVICES,
  blockName,
  blockId,
  blockKind,
  hasLabel,
  nameRange,
  headerRange,
  wholeRange,
  openingRange,
  stringLiteralValue
};
