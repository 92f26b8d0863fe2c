/**
 * Navigation in Alloy files, on the model's scopes: go to definition,
 * find references, the nested outline, and renaming a component label or an
 * argument with every reference in scope (refused when the new name is not an
 * identifier or is already taken). Positions are offsets into the text; the
 * server converts them.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import type { Block, Statement } from "../../grammar/alloy/ast.js";
import { blockKind, blockName, headerRange, IMPORT_BLOCKS } from "../alloy-semantics/blocks.js";
import { stringLiteralValue } from "../alloy-semantics/strings.js";
import type { TextRange } from "../core/source.js";
import { isIdentifier, type AlloyModel, type Reference, type Scope } from "./alloy-model.js";

/** A place in this file (no path) or in another file. */
export interface Target {
  path?: string;
  range: TextRange;
}

export function definition(model: AlloyModel, offset: number, documentPath: string | undefined): Target[] {
  const at = model.referenceAt(offset);
  if (at) {
    const r = at.reference.resolution;
    if (r.kind === "argument") return [{ range: headerRange(r.block) }];
    if (r.kind === "component") {
      const onExport = r.exportRange !== undefined && offset >= r.exportRange.start;
      const declare = at.reference.scope.declares.get(blockName(r.block));
      if (onExport && declare && r.exportName) {
        const exported = model.scopeOf(declare)?.exports.get(r.exportName);
        if (exported) return [{ range: headerRange(exported) }];
      }
      return [{ range: headerRange(r.block) }];
    }
  }
  const header = model.headerAt(offset);
  if (header?.part === "name") {
    const declare = model.blockPath(header.block.lcurly.offset + 1).scope.declares.get(blockName(header.block));
    if (declare && declare !== header.block) return [{ range: headerRange(declare) }];
  }
  if (documentPath) return importedFiles(model, offset, documentPath);
  return [];
}

/** `filename` of an `import.file` block: the file, or every `.alloy` file of the folder. */
function importedFiles(model: AlloyModel, offset: number, documentPath: string): Target[] {
  const { blocks } = model.blockPath(offset);
  const block = blocks.at(-1);
  if (!block || blockName(block) !== "import.file") return [];
  const attribute = block.body.find((s) => s.type === "Attribute" && s.name.name === "filename" && s.value.start.offset <= offset && offset <= s.value.end.offset);
  const name = attribute?.type === "Attribute" ? stringLiteralValue(attribute.value) : undefined;
  if (!name) return [];
  const path = isAbsolute(name) ? name : join(dirname(documentPath), name);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [{ path, range: { start: 0, end: 0 } }];
  return readdirSync(path)
    .filter((f) => f.endsWith(".alloy"))
    .sort()
    .map((f) => ({ path: join(path, f), range: { start: 0, end: 0 } }));
}

/** The component, argument or declare block a position names (in its header or through a reference). */
export function symbolAt(model: AlloyModel, offset: number): Block | undefined {
  const at = model.referenceAt(offset);
  if (at && (at.reference.resolution.kind === "component" || at.reference.resolution.kind === "argument")) return at.reference.resolution.block;
  const header = model.headerAt(offset);
  if (!header) return undefined;
  const name = blockName(header.block);
  const declare = model.blockPath(header.block.lcurly.offset + 1).scope.declares.get(name);
  if (header.part === "name" && declare) return declare;
  if (IMPORT_BLOCKS.has(name) || name === "export") return undefined;
  return header.block.label ? header.block : undefined;
}

export function references(model: AlloyModel, offset: number, includeDeclaration: boolean): TextRange[] {
  const block = symbolAt(model, offset);
  if (!block) return [];
  const found: TextRange[] = includeDeclaration ? [headerRange(block)] : [];
  if (blockName(block) === "declare") {
    for (const use of model.usesOfDeclare(block)) found.push({ start: use.nameStart.offset, end: use.nameEnd.offset });
    return found;
  }
  for (const reference of model.referencesTo(block)) found.push(namedRange(reference));
  return found;
}

/** The part of a reference that names the block: `a.b.label` without the export, `argument.x` without `.value`. */
function namedRange(reference: Reference): TextRange {
  const r = reference.resolution;
  const parts = r.kind === "argument" ? 2 : r.kind === "component" ? r.id.split(".").length : reference.traversal.length;
  return { start: reference.traversal[0].range.start, end: reference.traversal[parts - 1].range.end };
}

// ---- outline ----

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: "component" | "declare" | "argument" | "export" | "config" | "block" | "attribute";
  range: TextRange;
  selection: TextRange;
  children: OutlineSymbol[];
}

export function outline(model: AlloyModel): OutlineSymbol[] {
  return model.file.body.map((s) => symbolOf(s, true));
}

/** The outline's kind of a block; top-level config and service blocks are Alloy's own lists (blocks.ts). */
function outlineKind(stmt: Block, name: string, topLevel: boolean): OutlineSymbol["kind"] {
  if (name === "declare" || name === "argument" || name === "export") return name;
  if (!topLevel) return "block";
  return blockKind(stmt) === "component" ? "component" : "config";
}

function symbolOf(stmt: Statement, topLevel: boolean): OutlineSymbol {
  if (stmt.type === "Attribute") {
    return { name: stmt.name.name, kind: "attribute", range: { start: stmt.start.offset, end: stmt.end.offset }, selection: { start: stmt.name.start.offset, end: stmt.name.end.offset }, children: [] };
  }
  const name = blockName(stmt);
  const kind = outlineKind(stmt, name, topLevel);
  const label = stmt.label ? ` "${stmt.label.value}"` : "";
  const children = stmt.body.map((s) => symbolOf(s, name === "declare"));
  return {
    name: `${name}${label}`,
    kind,
    range: { start: stmt.start.offset, end: stmt.end.offset },
    selection: headerRange(stmt),
    children,
  };
}

// ---- rename ----

export class RenameRefused extends Error {}

export interface RenameTarget {
  /** The text being renamed (a label or an argument name) at the position. */
  range: TextRange;
  placeholder: string;
  block: Block;
}

/** What a rename at this position would rename, or why it cannot. */
export function renameTarget(model: AlloyModel, offset: number): RenameTarget {
  const at = model.referenceAt(offset);
  if (at) {
    const r = at.reference.resolution;
    const labelIndex = r.kind === "argument" ? 1 : r.kind === "component" ? r.id.split(".").length - 1 : -1;
    if ((r.kind === "argument" || r.kind === "component") && at.part === labelIndex) {
      const part = at.reference.traversal[labelIndex];
      return { range: part.range, placeholder: part.name, block: r.block };
    }
    throw new RenameRefused("Only a component label or an argument name can be renamed: put the cursor on the label part of the reference.");
  }
  const header = model.headerAt(offset);
  if (header?.part === "label" && header.block.label) {
    const name = blockName(header.block);
    if (name === "declare" || name === "export" || IMPORT_BLOCKS.has(name)) throw new RenameRefused(`Renaming a ${name} label is not supported; only component labels and arguments are.`);
    const label = header.block.label;
    return { range: { start: label.start.offset + 1, end: label.end.offset - 1 }, placeholder: label.value, block: header.block };
  }
  throw new RenameRefused("Only a component label or an argument name can be renamed.");
}

/** The edits of a rename: the label in the header, every reference and, for arguments, the custom component's attribute uses. */
export function renameEdits(model: AlloyModel, offset: number, newName: string): { range: TextRange; text: string }[] {
  const target = renameTarget(model, offset);
  if (newName === target.placeholder) return [];
  if (!isIdentifier(newName)) throw new RenameRefused(`"${newName}" is not a valid Alloy identifier (letters, digits and underscores, not starting with a digit).`);
  const block = target.block;
  const scope = scopeDeclaring(model, block);
  const name = blockName(block);
  if (name === "argument") {
    if (scope.arguments.has(newName)) throw new RenameRefused(`An argument named "${newName}" already exists in this module.`);
  } else if (scope.components.has(`${name}.${newName}`)) {
    throw new RenameRefused(`A component "${name}.${newName}" already exists in this module.`);
  }
  const label = block.label!;
  const edits = [{ range: { start: label.start.offset + 1, end: label.end.offset - 1 }, text: newName }];
  for (const reference of model.referencesTo(block)) {
    const r = reference.resolution;
    const index = r.kind === "argument" ? 1 : r.kind === "component" ? r.id.split(".").length - 1 : -1;
    if (index >= 0) edits.push({ range: reference.traversal[index].range, text: newName });
  }
  // An argument of a `declare` is also set by name wherever the custom component is used.
  if (name === "argument" && scope.owner) {
    for (const use of model.usesOfDeclare(scope.owner)) {
      for (const stmt of use.body) {
        if (stmt.type === "Attribute" && stmt.name.name === label.value) edits.push({ range: { start: stmt.name.start.offset, end: stmt.name.end.offset }, text: newName });
      }
    }
  }
  return edits;
}

function scopeDeclaring(model: AlloyModel, block: Block): Scope {
  return model.scopes.find((s) => s.body.includes(block)) ?? model.root;
}
