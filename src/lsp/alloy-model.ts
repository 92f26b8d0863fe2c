/**
 * What the editor features know about one Alloy text: the syntax tree (kept
 * even when the file has errors, so a half-typed file still has an outline),
 * its scopes (the file, and each `declare` body), the components, arguments,
 * exports and custom components each scope declares, and every reference with
 * what it resolves to. Built once per document version and shared by hover,
 * completion, navigation and rename.
 */
import { parseFileRecovering, statements } from "../../grammar/alloy/index.js";
import type { Block, File, Statement } from "../../grammar/alloy/ast.js";
import { blockId, blockName, IMPORT_BLOCKS } from "../alloy-semantics/blocks.js";
import { isStdlibIdentifier } from "../alloy-semantics/stdlib.js";
import { traversalsOfExpression, type Traversal } from "../alloy-semantics/traversals.js";
import type { TextRange } from "../core/source.js";

/** A module body: the file itself, or a `declare` block's body. */
export interface Scope {
  /** The `declare` block owning the scope; undefined for the file. */
  owner?: Block;
  parent?: Scope;
  body: readonly Statement[];
  /** Component blocks by ID (`prometheus.scrape.default`, `mydecl.x`). */
  components: Map<string, Block>;
  arguments: Map<string, Block>;
  exports: Map<string, Block>;
  /** Custom component definitions visible here (`declare "x"`), from this scope outward. */
  declares: Map<string, Block>;
  /** Import namespaces (`import.file "lib"`) visible here. */
}

/** What a reference points at. */
export type Resolution =
  | { kind: "component"; block: Block; id: string; exportName?: string; exportRange?: TextRange }
  | { kind: "argument"; block: Block; label: string; field?: string }
  | { kind: "stdlib"; name: string }
  | { kind: "unknown" };

export interface Reference {
  traversal: Traversal;
  range: TextRange;
  scope: Scope;
  /** The attribute whose value holds the reference. */
  attribute?: string;
  resolution: Resolution;
}

/** The innermost block containing an offset, with its ancestors (outermost first). */
export interface BlockPath {
  blocks: Block[];
  scope: Scope;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class AlloyModel {
  readonly file: File;
  readonly root: Scope;
  readonly scopes: Scope[] = [];
  readonly references: Reference[] = [];

  constructor(readonly text: string) {
    const parsed = parseFileRecovering(text);
    this.file = parsed.file;
    this.root = this.scope(this.file.body, undefined, undefined);
    for (const scope of this.scopes) this.collectReferences(scope, scope.body);
  }

  private scope(body: readonly Statement[], owner: Block | undefined, parent: Scope | undefined): Scope {
    const scope: Scope = {
      body,
      components: new Map(),
      arguments: new Map(),
      exports: new Map(),
      declares: new Map(parent?.declares),
      ...(owner ? { owner } : {}),
      ...(parent ? { parent } : {}),
    };
    this.scopes.push(scope);
    const nested: Block[] = [];
    for (const stmt of body) {
      if (stmt.type !== "Block") continue;
      const name = blockName(stmt);
      const label = stmt.label?.value;
      if (name === "declare") {
        if (label) scope.declares.set(label, stmt);
        nested.push(stmt);
      } else if (name === "argument") {
        if (label) scope.arguments.set(label, stmt);
      } else if (name === "export") {
        if (label) scope.exports.set(label, stmt);
      } else if (IMPORT_BLOCKS.has(name)) {
        // An import's label names a module, not a component.
      } else if (label !== undefined && !scope.components.has(blockId(stmt))) {
        scope.components.set(blockId(stmt), stmt);
      }
    }
    for (const declare of nested) this.scope(declare.body, declare, scope);
    return scope;
  }

  private collectReferences(scope: Scope, body: readonly Statement[], attribute?: string): void {
    for (const stmt of body) {
      if (stmt.type === "Attribute") {
        for (const traversal of traversalsOfExpression(stmt.value)) this.addReference(scope, traversal, attribute ?? stmt.name.name);
      } else if (blockName(stmt) !== "declare") {
        this.collectReferences(scope, stmt.body, attribute);
      }
    }
  }

  private addReference(scope: Scope, traversal: Traversal, attribute: string): void {
    const range = { start: traversal[0].range.start, end: traversal[traversal.length - 1].range.end };
    this.references.push({ traversal, range, scope, attribute, resolution: resolve(scope, traversal) });
  }

  /** Blocks around an offset, outermost first, and the scope the innermost one is in. */
  blockPath(offset: number): BlockPath {
    const blocks: Block[] = [];
    let scope = this.root;
    let body: readonly Statement[] = this.file.body;
    for (;;) {
      const inside = body.find((s): s is Block => s.type === "Block" && s.lcurly.offset < offset && offset <= s.rcurly.offset);
      if (!inside) return { blocks, scope };
      blocks.push(inside);
      if (blockName(inside) === "declare") scope = this.scopes.find((s) => s.owner === inside) ?? scope;
      body = inside.body;
    }
  }

  /** The block whose header (name or label) holds the offset. */
  headerAt(offset: number): { block: Block; part: "name" | "label" } | undefined {
    for (const stmt of statements(this.file)) {
      if (stmt.type !== "Block") continue;
      if (stmt.nameStart.offset <= offset && offset <= stmt.nameEnd.offset) return { block: stmt, part: "name" };
      if (stmt.label && stmt.label.start.offset < offset && offset < stmt.label.end.offset) return { block: stmt, part: "label" };
    }
    return undefined;
  }

  /** The attribute whose name holds the offset. */
  attributeNameAt(offset: number): Statement | undefined {
    for (const stmt of statements(this.file)) {
      if (stmt.type === "Attribute" && stmt.name.start.offset <= offset && offset <= stmt.name.end.offset) return stmt;
    }
    return undefined;
  }

  /** The reference at an offset and the index of the part under it. */
  referenceAt(offset: number): { reference: Reference; part: number } | undefined {
    for (const reference of this.references) {
      if (offset < reference.range.start || offset > reference.range.end) continue;
      const part = reference.traversal.findIndex((p) => p.range.start <= offset && offset <= p.range.end);
      if (part >= 0) return { reference, part };
    }
    return undefined;
  }

  /** The scope a block's body opens, when it is a `declare`. */
  scopeOf(declare: Block): Scope | undefined {
    return this.scopes.find((s) => s.owner === declare);
  }

  /** Every reference resolving to a block (a component or an argument). */
  referencesTo(block: Block): Reference[] {
    return this.references.filter((r) => (r.resolution.kind === "component" || r.resolution.kind === "argument") && r.resolution.block === block);
  }

  /** Blocks instantiating a custom component defined by a `declare` (their name is its label). */
  usesOfDeclare(declare: Block): Block[] {
    const label = declare.label?.value;
    if (!label) return [];
    const uses: Block[] = [];
    for (const scope of this.scopes) {
      if (scope.declares.get(label) !== declare) continue;
      for (const stmt of scope.body) if (stmt.type === "Block" && blockName(stmt) === label) uses.push(stmt);
    }
    return uses;
  }
}

/** What a traversal refers to in a scope, the way Alloy's loader looks it up. */
export function resolve(scope: Scope, traversal: Traversal): Resolution {
  const first = traversal[0].name;
  if (first === "argument") {
    const label = traversal[1]?.name;
    const block = label === undefined ? undefined : scope.arguments.get(label);
    if (block && label !== undefined) return { kind: "argument", block, label, ...(traversal[2] ? { field: traversal[2].name } : {}) };
    return { kind: "unknown" };
  }
  // The longest dotted prefix naming a component wins: `a.b.c.d` may be `a.b.c` + export `d`.
  for (let length = traversal.length; length >= 2; length--) {
    const id = traversal
      .slice(0, length)
      .map((p) => p.name)
      .join(".");
    const block = scope.components.get(id);
    if (!block) continue;
    const exportPart = traversal[length];
    return { kind: "component", block, id, ...(exportPart ? { exportName: exportPart.name, exportRange: exportPart.range } : {}) };
  }
  if (isStdlibIdentifier(first)) return { kind: "stdlib", name: traversal.map((p) => p.name).join(".") };
  return { kind: "unknown" };
}

/** Whether `name` can be an Alloy identifier (a label or argument name usable in references). */
export function isIdentifier(name: string): boolean {
  return IDENT.test(name) && !["true", "false", "null"].includes(name);
}

