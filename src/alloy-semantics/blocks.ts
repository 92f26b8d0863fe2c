/**
 * How Alloy classifies the statement-level blocks of a body
 * (internal/validator, internal/runtime): config blocks, `declare`, service
 * blocks, and everything else a component. Also block IDs; what the config
 * blocks accept comes from the schema catalog (schema-catalog.ts).
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
