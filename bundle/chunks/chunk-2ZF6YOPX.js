import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

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
function schema(attrs, required = []) {
  const names = attrs.split(/\s+/).filter(Boolean);
  return { attributes: new Map(names.map((n) => [n, required.includes(n)])) };
}
var CONFIG_BLOCK_SCHEMAS = /* @__PURE__ */ new Map([
  ["argument", schema("optional default comment")],
  ["export", schema("value", ["value"])],
  ["logging", schema("level format destination write_to")],
  ["tracing", schema("sampling_fraction send_traceparent write_to")],
  ["import.file", schema("filename detector poll_frequency", ["filename"])],
  ["import.string", schema("content", ["content"])],
  ["import.http", schema("url method headers body poll_frequency poll_timeout", ["url"])],
  ["import.git", schema("repository revision path pull_frequency", ["repository"])],
  ["foreach", schema("collection var id hash_string_id enable_metrics", ["collection", "var"])],
  ["livedebugging", schema("enabled")],
  ["http", schema("")]
]);

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
  CONFIG_BLOCK_SCHEMAS
};
