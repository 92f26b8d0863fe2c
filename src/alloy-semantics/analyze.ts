/**
 * The semantic analysis of one Alloy file, modelled on `alloy validate`
 * (internal/validator): bodies are split into declares, config blocks,
 * components and services; every block becomes a node of its module's
 * dependency graph; references are resolved against the graph, the scope
 * variables and the stdlib; cycles are the graph's strongly connected parts.
 *
 * It is a pure function of the AST and the options, and the result is cached
 * per AST, so the four rules that read it share one pass.
 */
import type { Attribute, Block, Expression, File, Literal, Statement } from "../../grammar/alloy/ast.js";
import { parseFile } from "../../grammar/alloy/parse.js";
import type { StabilityLevel } from "../config/types.js";
import { checkComponentBody } from "./body-check.js";
import { componentCatalog, type ComponentCatalog } from "./catalog.js";
import {
  IMPORT_BLOCKS,
  SERVICES,
  blockId,
  blockKind,
  blockName,
  hasLabel,
  headerRange,
  nameRange,
  openingRange,
  wholeRange,
} from "./blocks.js";
import { finding, type Finding } from "./findings.js";
import { schemaCatalog, type ValueType } from "./schema-catalog.js";
import { stronglyConnected } from "./graph.js";
import { stabilityAllowed } from "./stability.js";
import { DEPRECATED_STDLIB, SCOPE_GLOBALS, STDLIB_STABILITY, isStdlibIdentifier } from "./stdlib.js";
import { traversalName, traversalRange, traversalsOfBody, type Traversal } from "./traversals.js";

export interface AnalyzeOptions {
  /**
   * "module": the file is loaded as a module, as Fleet Management loads each
   * pipeline; "root": it is a whole configuration given to `alloy run`.
   */
  context: "root" | "module";
  /** The collectors' minimum stability level (Alloy's --stability.level). */
  minStability: StabilityLevel;
  /** `argument` names the host provides without an `argument` block (module context). */
  injectedArguments?: readonly string[];
  /**
   * Every file of the scope this one belongs to, this one included, in the
   * order Alloy merges them (`alloy run DIR` loads a folder's `.alloy` files
   * sorted by path into one body). The others' blocks can be referenced and
   * collide with this file's; their own problems are reported on them.
   */
  scope?: readonly ScopeFile[];
  /**
   * The Alloy texts an `import.file` loads, when they are in the repository
   * (one text for a file, every `*.alloy` for a folder); undefined when
   * unknown. With it, `<label>.<declare>` instances get their arguments
   * checked against the module's declares.
   */
  importedFile?: (filename: string) => string[] | undefined;
}

export interface ScopeFile {
  /** How a duplicate's message names the file (its base name). */
  name: string;
  file: File;
}

/** The arguments Fleet Management injects into every Alloy pipeline. */
export const FLEET_INJECTED_ARGUMENTS: readonly string[] = ["attributes", "pipeline_exports"];

interface GraphNode {
  id: string;
  block: Block;
  /** Statements whose references belong to this node (a declare's body is its own module). */
  refBody: readonly Statement[];
  isComponent: boolean;
  /** The module of a `declare`, or the template of a `foreach`. */
  child?: ModuleScope;
  /** Problems found while building, reported before the node's references. */
  findings: Finding[];
  /** Declared in a sibling file of the scope: visible here, checked there. */
  foreign?: boolean;
}

class ModuleScope {
  readonly nodes = new Map<string, GraphNode>();
  readonly order: GraphNode[] = [];
  /** Import labels: `<label>.<name>` is a component of the imported module. */
  readonly imports = new Set<string>();
  /** Attributes written directly in the body. */
  readonly findings: Finding[] = [];
  readonly injected = new Set<string>();
  /** Custom components declared in this body, with their arguments: name → optional. */
  readonly declares = new Map<string, Map<string, boolean>>();
  /** This body's labelled, non-duplicate `argument` blocks, in order. */
  readonly argumentBlocks: Block[] = [];

  constructor(
    /** Alloy's "root" flag: false inside a module (and for a Fleet Management pipeline). */
    readonly isRoot: boolean,
    readonly inForeach: boolean,
    /** A foreach template also sees the nodes of the body around it. */
    readonly lookupParent: ModuleScope | undefined,
    /** Custom components visible here: this module's and every enclosing one's. */
    readonly registryParent: ModuleScope | undefined,
    readonly variables: ReadonlySet<string>,
  ) {}

  add(node: GraphNode): void {
    // A duplicate keeps a distinct ID (as Alloy does), so references resolve to the first.
    if (this.nodes.has(node.id)) node.id = `${node.id}-${this.order.length}`;
    this.nodes.set(node.id, node);
    this.order.push(node);
  }

  lookup(id: string): GraphNode | "injected" | undefined {
    if (this.injected.has(id)) return "injected";
    return this.nodes.get(id) ?? this.lookupParent?.lookup(id);
  }

  /**
   * Whether a component name is a custom component visible here: a declare of
   * this body or an enclosing one, or `<import label>.<name>` (the imported
   * module's contents are unknown, so any name under the label is accepted).
   */
  isCustomComponent(name: string): boolean {
    const parts = name.split(".");
    if (this.declares.has(name) || (parts.length > 1 && this.imports.has(parts[0]))) return true;
    return this.registryParent?.isCustomComponent(name) ?? false;
  }

  /** Declares of imported modules whose source is known: `<label>.<declare>` → arguments. */
  readonly importedDeclares = new Map<string, Map<string, boolean>>();

  /** The arguments of the nearest declare of that name, when the name is a declare (local or of a known import). */
  declareArguments(name: string): Map<string, boolean> | undefined {
    return this.declares.get(name) ?? this.importedDeclares.get(name) ?? this.registryParent?.declareArguments(name);
  }

  customNames(): string[] {
    return [...this.declares.keys(), ...(this.registryParent?.customNames() ?? [])];
  }

}

function newNode(block: Block, isComponent = false): GraphNode {
  return { id: blockId(block), block, refBody: block.body, isComponent, findings: [] };
}

/** Flags a repeated block ID, the same way per category as Alloy's validator. */
function checkDuplicate(seen: Map<string, Block>, node: GraphNode, fileOf: ReadonlyMap<Block, string>): boolean {
  const id = blockId(node.block);
  const first = seen.get(id);
  if (!first) {
    seen.set(id, node.block);
    return false;
  }
  const f = finding("duplicate-block", headerRange(node.block), {
    id,
    line: String(first.start.line),
    column: String(first.start.column),
  });
  const firstFile = fileOf.get(first);
  // Another file of the folder: the message names it, as the related location cannot.
  if (firstFile) Object.assign(f, finding("duplicate-block", f.range, { ...f.data, line: `${firstFile}:${f.data.line}` }));
  else f.related = { range: headerRange(first), message: `${id} first declared here` };
  node.findings.push(f);
  return true;
}

function checkLabel(node: GraphNode): boolean {
  if (hasLabel(node.block)) return true;
  node.findings.push(finding("block-label", nameRange(node.block), { name: blockName(node.block) }));
  return false;
}

function checkPlacement(scope: ModuleScope, node: GraphNode): void {
  const where = !scope.isRoot ? "module" : scope.inForeach ? "foreach" : undefined;
  if (where) node.findings.push(finding("not-allowed", headerRange(node.block), { id: blockId(node.block), where }));
}

/**
 * A config or service block's body against the type `alloy validate` checks
 * it with (internal/validator: node.args, typecheck.Block in validateGraph),
 * nested blocks and values included. Unknown and missing attributes directly
 * in the block keep the codes alloy-module-constraints reports; the rest is
 * alloy-component-arguments'. `body` is the block's body as the validator
 * sees it (a foreach without its template).
 */
function checkSchema(node: GraphNode, body: readonly Statement[]): void {
  const schema = schemaCatalog().component(blockName(node.block));
  if (schema?.kind !== "builtin") return;
  const block = body === node.block.body ? node.block : { ...node.block, body: [...body] };
  checkComponentBody(block, schema.arguments, node.findings, { topLevel: { unknownAttribute: "unrecognized-attribute", missingAttribute: "missing-attribute" } });
}

function literalAttribute(body: readonly Statement[], name: string): Literal | undefined {
  const attr = body.find((s): s is Attribute => s.type === "Attribute" && s.name.name === name);
  return attr?.value.type === "Literal" ? attr.value : undefined;
}

/** The value of a string attribute such as `var = "each"`, else undefined (an expression is not evaluated). */
function stringAttribute(body: readonly Statement[], name: string): string | undefined {
  const literal = literalAttribute(body, name);
  if (literal?.kind !== "STRING") return undefined;
  if (literal.raw.startsWith("`")) return literal.raw.slice(1, -1);
  try {
    // Go and JSON agree on the escapes an identifier-like value can hold.
    return JSON.parse(literal.raw) as string;
  } catch {
    return undefined;
  }
}

function booleanAttribute(body: readonly Statement[], name: string): boolean {
  const literal = literalAttribute(body, name);
  return literal?.kind === "BOOL" && literal.raw === "true";
}

/** A custom component's body against its declare's `argument` blocks, as Alloy type-checks it. */
function checkCustomArguments(block: Block, args: ReadonlyMap<string, boolean>, out: Finding[]): void {
  const present = new Set<string>();
  for (const stmt of block.body) {
    const range = { start: stmt.start.offset, end: stmt.end.offset };
    if (stmt.type === "Block") out.push(finding("unknown-argument-block", range, { name: blockName(stmt) }));
    else if (!args.has(stmt.name.name)) out.push(finding("unknown-argument", range, { name: stmt.name.name }));
    else present.add(stmt.name.name);
  }
  for (const [name, optional] of args) {
    if (!optional && !present.has(name)) out.push(finding("missing-argument", wholeRange(block), { name }));
  }
}

class Analyzer {
  private readonly catalog: ComponentCatalog = componentCatalog();
  /** Top-level blocks of the scope's other files, with the file's name. */
  private readonly foreignFile = new Map<Block, string>();

  constructor(private readonly options: AnalyzeOptions) {}

  run(file: File): Finding[] {
    const isModule = this.options.context === "module";
    const root = new ModuleScope(!isModule, false, undefined, undefined, new Set(SCOPE_GLOBALS));
    if (isModule) for (const arg of this.options.injectedArguments ?? []) root.injected.add(`argument.${arg}`);
    const scope = this.options.scope ?? [];
    if (!scope.some((s) => s.file !== file)) {
      this.build(root, file.body);
      return this.check(root);
    }
    // One merged body, as Alloy loads a folder; a sibling's stray attribute is its own problem.
    const merged: Statement[] = [];
    for (const member of scope) {
      if (member.file === file) merged.push(...file.body);
      else {
        for (const stmt of member.file.body) {
          if (stmt.type !== "Block") continue;
          this.foreignFile.set(stmt, member.name);
          merged.push(stmt);
        }
      }
    }
    const own = new Set<Statement>(file.body);
    this.build(root, merged);
    for (const node of root.order) if (!own.has(node.block)) node.foreign = true;
    return this.check(root);
  }

  private build(scope: ModuleScope, body: readonly Statement[]): void {
    const declares: Block[] = [];
    const configs: Block[] = [];
    const components: Block[] = [];
    const services: Block[] = [];
    for (const stmt of body) {
      if (stmt.type === "Attribute") {
        scope.findings.push(finding("top-level-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
        continue;
      }
      const kind = blockKind(stmt);
      if (kind === "declare") declares.push(stmt);
      else if (kind === "config") configs.push(stmt);
      else if (kind === "service") services.push(stmt);
      else components.push(stmt);
    }
    // Declares first: they register the custom components the rest may use.
    this.buildDeclares(scope, declares);
    this.buildConfigs(scope, configs);
    this.buildComponents(scope, components);
    this.buildServices(scope, services);
  }

  private buildDeclares(scope: ModuleScope, declares: Block[]): void {
    const seen = new Map<string, Block>();
    for (const block of declares) {
      const node = newNode(block);
      checkLabel(node);
      checkDuplicate(seen, node, this.foreignFile);
      const module = new ModuleScope(false, false, undefined, scope, new Set(scope.variables));
      this.build(module, block.body);
      node.child = module;
      node.refBody = [];
      scope.add(node);
      if (hasLabel(block)) {
        const args = new Map(module.argumentBlocks.map((a) => [a.label!.value, booleanAttribute(a.body, "optional")]));
        scope.declares.set(block.label!.value, args);
      }
    }
  }

  private buildConfigs(scope: ModuleScope, configs: Block[]): void {
    const seen = new Map<string, Block>();
    for (const block of configs) {
      const node = newNode(block);
      const duplicate = checkDuplicate(seen, node, this.foreignFile);
      const name = blockName(block);
      if (name === "logging" || name === "tracing") {
        checkPlacement(scope, node);
        checkSchema(node, block.body);
      } else if (name === "foreach") {
        this.buildForeach(scope, node);
      } else if (name === "argument" || name === "export") {
        if (scope.isRoot) node.findings.push(finding("only-in-module", wholeRange(block), { name }));
        if (checkLabel(node) && !duplicate && name === "argument") scope.argumentBlocks.push(block);
        checkSchema(node, block.body);
      } else if (IMPORT_BLOCKS.has(name)) {
        const labelled = checkLabel(node);
        checkSchema(node, block.body);
        if (labelled && !duplicate) {
          scope.imports.add(block.label!.value);
          this.registerImportedDeclares(scope, block);
        }
      }
      scope.add(node);
    }
  }

  /**
   * The declares of a module whose source is at hand: `import.string` with a
   * literal `content`, or `import.file` of a file in the repository. A module
   * that does not parse is left unknown (any name under the label passes).
   */
  private registerImportedDeclares(scope: ModuleScope, block: Block): void {
    const name = blockName(block);
    let texts: string[] | undefined;
    if (name === "import.string") {
      const content = stringAttribute(block.body, "content");
      texts = content === undefined ? undefined : [content];
    } else if (name === "import.file" && this.options.importedFile) {
      const filename = stringAttribute(block.body, "filename");
      texts = filename === undefined ? undefined : this.options.importedFile(filename);
    }
    if (!texts) return;
    const declares = new Map<string, Map<string, boolean>>();
    for (const text of texts) {
      const { ast } = parseFile(text);
      if (!ast) return;
      for (const stmt of ast.body) {
        if (stmt.type !== "Block" || blockName(stmt) !== "declare" || !hasLabel(stmt)) continue;
        const args = new Map<string, boolean>();
        for (const arg of stmt.body) {
          if (arg.type === "Block" && blockName(arg) === "argument" && hasLabel(arg)) args.set(arg.label!.value, booleanAttribute(arg.body, "optional"));
        }
        declares.set(stmt.label!.value, args);
      }
    }
    for (const [declare, args] of declares) scope.importedDeclares.set(`${block.label!.value}.${declare}`, args);
  }

  private buildForeach(scope: ModuleScope, node: GraphNode): void {
    const block = node.block;
    const min = this.options.minStability;
    if (!stabilityAllowed("experimental", min)) {
      node.findings.push(
        finding("below-stability", nameRange(block), { what: `foreach block "${blockName(block)}"`, level: "experimental", minimum: min }),
      );
    }
    checkLabel(node);
    const template = block.body.find((s): s is Block => s.type === "Block" && blockName(s) === "template");
    const rest = block.body.filter((s) => s !== template);
    node.refBody = rest;
    if (!template) node.findings.push(finding("missing-block", wholeRange(block), { name: "template" }));
    checkSchema(node, rest);
    if (!template) return;
    const variables = new Set(scope.variables);
    const each = stringAttribute(rest, "var");
    if (each !== undefined) variables.add(each);
    const inner = new ModuleScope(scope.isRoot, true, scope, scope, variables);
    this.build(inner, template.body);
    node.child = inner;
  }

  private buildComponents(scope: ModuleScope, components: Block[]): void {
    const seen = new Map<string, Block>();
    for (const block of components) {
      const node = newNode(block, true);
      // One mistake, one diagnostic: an unknown or removed name is the problem, not its missing label.
      if (!hasLabel(block) && this.isLiveComponent(scope, blockName(block))) {
        node.findings.push(finding("component-label", nameRange(block), { name: blockName(block) }));
      }
      checkDuplicate(seen, node, this.foreignFile);
      scope.add(node);
    }
  }

  private buildServices(scope: ModuleScope, services: Block[]): void {
    const seen = new Map<string, Block>();
    for (const block of services) {
      const node = newNode(block);
      checkDuplicate(seen, node, this.foreignFile);
      const before = node.findings.length;
      checkPlacement(scope, node);
      const placed = node.findings.length === before;
      if (!SERVICES.get(blockId(block))) {
        if (placed) node.findings.push(finding("service-not-configurable", wholeRange(block), { name: blockId(block) }));
      } else {
        checkSchema(node, block.body);
      }
      scope.add(node);
    }
  }

  private check(scope: ModuleScope): Finding[] {
    const out: Finding[] = [...scope.findings];
    const edges = new Map<GraphNode, Set<GraphNode>>();
    for (const node of scope.order) {
      // A sibling's node only takes part in the graph; its problems belong to its own file.
      const sink = node.foreign ? [] : out;
      sink.push(...node.findings);
      // A sibling's body is checked when its own file is analysed, not once more per file of the folder.
      if (node.isComponent && !node.foreign) this.checkComponent(scope, node, sink);
      if (node.child && !node.foreign) out.push(...this.check(node.child));
      for (const t of traversalsOfBody(node.refBody)) {
        const target = this.resolve(scope, t, sink);
        // Only edges inside this graph: a template may read its parent's nodes, not form cycles with them.
        if (target && target !== "injected" && scope.nodes.get(target.id) === target) {
          let targets = edges.get(node);
          if (!targets) edges.set(node, (targets = new Set()));
          targets.add(target);
        }
      }
    }
    for (const cycle of stronglyConnected(scope.order, edges)) {
      if (cycle.length < 2) continue;
      const sorted = [...cycle].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const ids = sorted.map((n) => n.id).join(", ");
      for (const node of sorted) if (!node.foreign) out.push(finding("cycle", openingRange(node.block), { ids }));
    }
    for (const node of scope.order) {
      if (!node.foreign && edges.get(node)?.has(node)) out.push(finding("self-reference", openingRange(node.block)));
    }
    return out;
  }

  private checkComponent(scope: ModuleScope, node: GraphNode, out: Finding[]): void {
    const name = blockName(node.block);
    if (scope.isCustomComponent(name)) {
      const args = scope.declareArguments(name);
      if (args) checkCustomArguments(node.block, args, out);
      return;
    }
    const range = nameRange(node.block);
    const info = this.catalog.get(name);
    if (!info) {
      const data: Record<string, string> = { name };
      const suggestion = this.suggest(scope, name);
      if (suggestion) data.suggestion = suggestion;
      out.push(finding("unknown-component", range, data));
    } else if (info.removed) {
      const data: Record<string, string> = { name, since: info.removedIn ? ` in ${info.removedIn}` : "", instead: "" };
      if (info.replacement) data.instead = `; use "${info.replacement}" instead`;
      out.push(finding("removed-component", range, data));
    } else if (info.community) {
      out.push(finding("community-component", range, { name }));
    } else if (!stabilityAllowed(info.stability, this.options.minStability)) {
      out.push(finding("below-stability", range, { what: `component "${name}"`, level: info.stability, minimum: this.options.minStability }));
    } else {
      // Only a component Alloy would load gets its arguments type-checked (as in internal/validator).
      const schema = schemaCatalog().component(name);
      if (schema?.kind === "component") checkComponentBody(node.block, schema.arguments, out, { exportType: (expr) => this.exportTypeOf(scope, expr) });
    }
  }

  private isLiveComponent(scope: ModuleScope, name: string): boolean {
    if (scope.isCustomComponent(name)) return true;
    const info = this.catalog.get(name);
    return info !== undefined && !info.removed;
  }

  private suggest(scope: ModuleScope, name: string): string | undefined {
    const custom = scope.customNames().find((c) => c.toLowerCase() === name.toLowerCase());
    return custom ?? this.catalog.suggest(name);
  }

  /** The type of `<component>.<label>.<field>` when the expression is exactly that and the catalog knows it. */
  private exportTypeOf(scope: ModuleScope, expr: Expression): ValueType | undefined {
    const parts: string[] = [];
    let e: Expression = expr;
    while (e.type === "Access") {
      parts.unshift(e.name);
      e = e.value;
    }
    if (e.type !== "Identifier") return undefined;
    parts.unshift(e.name);
    for (let n = 1; n < parts.length; n++) {
      const target = scope.lookup(parts.slice(0, n).join("."));
      if (!target) continue;
      if (target === "injected" || !target.isComponent || n !== parts.length - 1) return undefined;
      const name = blockName(target.block);
      if (scope.isCustomComponent(name)) return undefined;
      return schemaCatalog().component(name)?.exports.get(parts[n])?.type;
    }
    return undefined;
  }

  /**
   * `<component>.<label>.<field>`: the field must be one the component
   * exports. Alloy reports this when it evaluates the reference (`field "x"
   * does not exist`); components whose exports the catalog does not know are
   * left alone.
   */
  private checkExportField(scope: ModuleScope, target: GraphNode, field: Traversal[number], out: Finding[]): void {
    if (!target.isComponent) return;
    const name = blockName(target.block);
    if (scope.isCustomComponent(name)) return;
    const exports = schemaCatalog().component(name)?.exports;
    if (!exports || exports.size === 0 || exports.has(field.name)) return;
    const data: Record<string, string> = { name: field.name };
    const suggestion = schemaCatalog().suggest(field.name, exports.keys());
    if (suggestion) data.suggestion = suggestion;
    out.push(finding("missing-export-field", field.range, data));
  }

  /** Resolves a traversal by ever-longer prefixes; reports what Alloy reports about it. */
  private resolve(scope: ModuleScope, t: Traversal, out: Finding[]): GraphNode | "injected" | undefined {
    let target: GraphNode | "injected" | undefined;
    let matched = 0;
    while (matched < t.length && !target) target = scope.lookup(traversalName(t, ++matched));
    const first = t[0].name;
    const isVariable = scope.variables.has(first);
    if (target) {
      if (isStdlibIdentifier(first)) out.push(finding("stdlib-shadowed", t[0].range));
      if (target !== "injected" && matched < t.length) this.checkExportField(scope, target, t[matched], out);
      return target;
    }
    if (isVariable) return undefined;
    if (!isStdlibIdentifier(first)) {
      out.push(finding("missing-reference", traversalRange(t), { name: traversalName(t) }));
      return undefined;
    }
    const replacement = DEPRECATED_STDLIB.get(first);
    if (replacement) {
      out.push(finding("deprecated-stdlib", t[0].range, { name: first, replacement }));
      return undefined;
    }
    const fn = traversalName(t);
    const level = STDLIB_STABILITY.get(fn);
    if (level && !stabilityAllowed(level, this.options.minStability)) {
      out.push(finding("below-stability", traversalRange(t), { what: fn, level, minimum: this.options.minStability }));
    }
    return undefined;
  }
}

const cache = new WeakMap<File, Map<string, Finding[]>>();
const fileIds = new WeakMap<File, number>();
let nextFileId = 0;

function fileId(file: File): number {
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = ++nextFileId));
  return id;
}

/** Every semantic finding for a parsed file (cached per AST and options). */
export function analyzeAlloy(file: File, options: AnalyzeOptions): Finding[] {
  const siblings = (options.scope ?? []).map((s) => fileId(s.file)).join(",");
  const key = `${options.context}|${options.minStability}|${(options.injectedArguments ?? []).join(",")}|${siblings}`;
  let perFile = cache.get(file);
  if (!perFile) cache.set(file, (perFile = new Map()));
  let findings = perFile.get(key);
  if (!findings) perFile.set(key, (findings = new Analyzer(options).run(file)));
  return findings;
}
