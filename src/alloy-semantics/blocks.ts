/**
 * How Alloy classifies the statement-level blocks of a body
 * (internal/validator, internal/runtime): config blocks, `declare`, service
 * blocks, and everything else a component. Also block IDs and the attributes
 * the config blocks accept.
 */
import type { Block, File } from "../../grammar/alloy/ast.js";
import type { TextRange } from "../core/source.js";

export type BlockKind = "config" | "declare" | "service" | "component";

export const CONFIG_BLOCKS: ReadonlySet<string> = new Set([
  "foreach",
  "argument",
  "export",
  "logging",
  "tracing",
  "import.file",
  "import.string",
  "import.http",
  "import.git",
]);

export const IMPORT_BLOCKS: ReadonlySet<string> = new Set(["import.file", "import.string", "import.http", "import.git"]);

/** Service blocks, and whether each takes a configuration block. */
export const SERVICES: ReadonlyMap<string, boolean> = new Map([
  ["http", true],
  ["remotecfg", true],
  ["livedebugging", true],
  ["cluster", false],
  ["labelstore", false],
  ["otel", false],
  ["ui", false],
]);

export function blockName(block: Block): string {
  return block.name.join(".");
}

/** Name fragments plus the label, joined with "." (an empty label adds nothing). */
export function blockId(block: Block): string {
  const label = block.label?.value;
  return label ? `${blockName(block)}.${label}` : blockName(block);
}

export function blockKind(block: Block): BlockKind {
  const name = blockName(block);
  if (CONFIG_BLOCKS.has(name)) return "config";
  if (name === "declare") return "declare";
  // Services are matched by ID: `http "x" {}` is a (nonexistent) component, not the service.
  if (SERVICES.has(blockId(block))) return "service";
  return "component";
}

export function hasLabel(block: Block): boolean {
  return Boolean(block.label?.value);
}

export function nameRange(block: Block): TextRange {
  return { start: block.nameStart.offset, end: block.nameEnd.offset };
}

/** The block header: name and label, as Alloy underlines a block ID. */
export function headerRange(block: Block): TextRange {
  return { start: block.nameStart.offset, end: block.label ? block.label.end.offset : block.nameEnd.offset };
}

export function wholeRange(block: Block): TextRange {
  return { start: block.start.offset, end: block.end.offset };
}

/** From the block start through its `{`, where Alloy reports cycles. */
export function openingRange(block: Block): TextRange {
  return { start: block.start.offset, end: block.lcurly.offset + 1 };
}

export interface ConfigBlockSchema {
  /** Attribute names, in declaration order; `true` when required. */
  attributes: ReadonlyMap<string, boolean>;
}

function schema(attrs: string, required: string[] = []): ConfigBlockSchema {
  const names = attrs.split(/\s+/).filter(Boolean);
  return { attributes: new Map(names.map((n) => [n, required.includes(n)])) };
}

/**
 * Attributes of the config and service blocks (reference/config-blocks). Only
 * blocks whose attribute list is complete are here: an unknown attribute in
 * them is certainly an error. `remotecfg` takes the whole HTTP client
 * configuration, so it is not checked.
 */
export const CONFIG_BLOCK_SCHEMAS: ReadonlyMap<string, ConfigBlockSchema> = new Map([
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
  ["http", schema("")],
]);

/**
 * What a file contributes when Alloy loads every `*.alloy` of a directory
 * together (`alloy run DIR`, `import.file` of a folder): its top-level block
 * IDs and the custom component names it defines.
 */
export function topLevelNames(file: File): { ids: Set<string>; custom: Set<string> } {
  const ids = new Set<string>();
  const custom = new Set<string>();
  for (const stmt of file.body) {
    if (stmt.type !== "Block") continue;
    ids.add(blockId(stmt));
    const name = blockName(stmt);
    if ((name === "declare" || IMPORT_BLOCKS.has(name)) && stmt.label?.value) custom.add(stmt.label.value);
  }
  return { ids, custom };
}
