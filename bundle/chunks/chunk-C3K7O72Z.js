import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  DEPRECATED_STDLIB,
  SCOPE_GLOBALS,
  STDLIB_STABILITY,
  componentCatalog,
  isStdlibIdentifier,
  traversalName,
  traversalRange,
  traversalsOfBody
} from "./chunk-65PHQ7G2.js";
import {
  CONFIG_BLOCK_SCHEMAS,
  IMPORT_BLOCKS,
  SERVICES,
  blockId,
  blockKind,
  blockName,
  hasLabel,
  headerRange,
  nameRange,
  openingRange,
  wholeRange
} from "./chunk-2ZF6YOPX.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";

// dist/src/alloy-semantics/findings.js
var FINDING_MESSAGES = {
  // alloy-references
  "missing-reference": 'component "{{name}}" does not exist or is out of scope',
  "duplicate-block": "block {{id}} already declared at {{line}}:{{column}}",
  "self-reference": "cannot reference self",
  cycle: "cycle detected: {{ids}}",
  "component-label": 'component "{{name}}" must have a label',
  "block-label": "{{name}} block must have a label",
  "stdlib-shadowed": "a component is shadowing an existing stdlib name",
  "unknown-argument": 'unrecognized attribute name "{{name}}"',
  "unknown-argument-block": 'unrecognized block name "{{name}}"',
  "missing-argument": 'missing required attribute "{{name}}"',
  // alloy-module-constraints
  "not-allowed": "{{id}} not allowed in {{where}}",
  "only-in-module": "{{name}} blocks only allowed inside a module",
  "service-not-configurable": 'service "{{name}}" does not support being configured',
  "top-level-attribute": "unrecognized attribute {{name}}",
  "unrecognized-attribute": 'unrecognized attribute name "{{name}}"',
  "missing-attribute": 'missing required attribute "{{name}}"',
  "missing-block": 'missing required block "{{name}}"',
  // alloy-unknown-component
  "unknown-component": 'cannot find the definition of component name "{{name}}"',
  "below-stability": '{{what}} is at stability level "{{level}}", which is below the minimum allowed stability level "{{minimum}}". Use --stability.level command-line flag to enable "{{level}}" features',
  "community-component": 'component "{{name}}" is a community component. Use --feature.community-components.enabled command-line flag to enable community components',
  // alloy-deprecated
  "deprecated-stdlib": "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives",
  "removed-component": 'component "{{name}}" has been removed from Alloy'
};
function finding(code, range, data = {}) {
  return { code, message: fillTemplate(FINDING_MESSAGES[code], data), data, range };
}

// dist/src/alloy-semantics/graph.js
function stronglyConnected(nodes, edges) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const result = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root))
      continue;
    const work = [];
    const enter = (node) => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: (edges.get(node) ?? /* @__PURE__ */ new Set()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.targets.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target))
          enter(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}

// dist/src/alloy-semantics/stability.js
var RANK = {
  "generally-available": 2,
  "public-preview": 1,
  experimental: 0
};
function stabilityAllowed(level, minimum) {
  return RANK[level] >= RANK[minimum];
}

// dist/src/alloy-semantics/analyze.js
var FLEET_INJECTED_ARGUMENTS = ["attributes", "pipeline_exports"];
var ModuleScope = class {
  isRoot;
  inForeach;
  lookupParent;
  registryParent;
  variables;
  nodes = /* @__PURE__ */ new Map();
  order = [];
  /** Import labels: `<label>.<name>` is a component of the imported module. */
  imports = /* @__PURE__ */ new Set();
  /** Attributes written directly in the body. */
  findings = [];
  injected = /* @__PURE__ */ new Set();
  /** Custom components declared in this body, with their arguments: name → optional. */
  declares = /* @__PURE__ */ new Map();
  /** This body's labelled, non-duplicate `argument` blocks, in order. */
  argumentBlocks = [];
  constructor(isRoot, inForeach, lookupParent, registryParent, variables) {
    this.isRoot = isRoot;
    this.inForeach = inForeach;
    this.lookupParent = lookupParent;
    this.registryParent = registryParent;
    this.variables = variables;
  }
  add(node) {
    if (this.nodes.has(node.id))
      node.id = `${node.id}-${this.order.length}`;
    this.nodes.set(node.id, node);
    this.order.push(node);
  }
  lookup(id) {
    if (this.injected.has(id))
      return "injected";
    return this.nodes.get(id) ?? this.lookupParent?.lookup(id);
  }
  /**
   * Whether a component name is a custom component visible here: a declare of
   * this body or an enclosing one, or `<import label>.<name>` (the imported
   * module's contents are unknown, so any name under the label is accepted).
   */
  isCustomComponent(name) {
    const parts = name.split(".");
    if (this.declares.has(name) || parts.length > 1 && this.imports.has(parts[0]))
      return true;
    return this.registryParent?.isCustomComponent(name) ?? false;
  }
  /** The arguments of the nearest declare of that name, when the name is a declare. */
  declareArguments(name) {
    return this.declares.get(name) ?? this.registryParent?.declareArguments(name);
  }
  customNames() {
    return [...this.declares.keys(), ...this.registryParent?.customNames() ?? []];
  }
};
function newNode(block, isComponent = false) {
  return { id: blockId(block), block, refBody: block.body, isComponent, findings: [] };
}
function checkDuplicate(seen, node) {
  const id = blockId(node.block);
  const first = seen.get(id);
  if (!first) {
    seen.set(id, node.block);
    return false;
  }
  const f = finding("duplicate-block", headerRange(node.block), {
    id,
    line: String(first.start.line),
    column: String(first.start.column)
  });
  f.related = { range: headerRange(first), message: `${id} first declared here` };
  node.findings.push(f);
  return true;
}
function checkLabel(node) {
  if (hasLabel(node.block))
    return true;
  node.findings.push(finding("block-label", nameRange(node.block), { name: blockName(node.block) }));
  return false;
}
function checkPlacement(scope, node) {
  const where = !scope.isRoot ? "module" : scope.inForeach ? "foreach" : void 0;
  if (where)
    node.findings.push(finding("not-allowed", headerRange(node.block), { id: blockId(node.block), where }));
}
function checkSchema(node, body) {
  const schema = CONFIG_BLOCK_SCHEMAS.get(blockName(node.block));
  if (!schema)
    return;
  const present = /* @__PURE__ */ new Set();
  for (const stmt of body) {
    if (stmt.type !== "Attribute")
      continue;
    present.add(stmt.name.name);
    if (!schema.attributes.has(stmt.name.name)) {
      node.findings.push(finding("unrecognized-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
    }
  }
  for (const [name, required] of schema.attributes) {
    if (required && !present.has(name))
      node.findings.push(finding("missing-attribute", wholeRange(node.block), { name }));
  }
}
function literalAttribute(body, name) {
  const attr = body.find((s) => s.type === "Attribute" && s.name.name === name);
  return attr?.value.type === "Literal" ? attr.value : void 0;
}
function stringAttribute(body, name) {
  const literal = literalAttribute(body, name);
  if (literal?.kind !== "STRING")
    return void 0;
  if (literal.raw.startsWith("`"))
    return literal.raw.slice(1, -1);
  try {
    return JSON.parse(literal.raw);
  } catch {
    return void 0;
  }
}
function booleanAttribute(body, name) {
  const literal = literalAttribute(body, name);
  return literal?.kind === "BOOL" && literal.raw === "true";
}
function checkCustomArguments(block, args, out) {
  const present = /* @__PURE__ */ new Set();
  for (const stmt of block.body) {
    const range = { start: stmt.start.offset, end: stmt.end.offset };
    if (stmt.type === "Block")
      out.push(finding("unknown-argument-block", range, { name: blockName(stmt) }));
    else if (!args.has(stmt.name.name))
      out.push(finding("unknown-argument", range, { name: stmt.name.name }));
    else
      present.add(stmt.name.name);
  }
  for (const [name, optional] of args) {
    if (!optional && !present.has(name))
      out.push(finding("missing-argument", wholeRange(block), { name }));
  }
}
var Analyzer = class {
  options;
  catalog = componentCatalog();
  constructor(options) {
    this.options = options;
  }
  run(file) {
    const isModule = this.options.context === "module";
    const root = new ModuleScope(!isModule, false, void 0, void 0, new Set(SCOPE_GLOBALS));
    if (isModule)
      for (const arg of this.options.injectedArguments ?? [])
        root.injected.add(`argument.${arg}`);
    this.build(root, file.body);
    return this.check(root);
  }
  build(scope, body) {
    const declares = [];
    const configs = [];
    const components = [];
    const services = [];
    for (const stmt of body) {
      if (stmt.type === "Attribute") {
        scope.findings.push(finding("top-level-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
        continue;
      }
      const kind = blockKind(stmt);
      if (kind === "declare")
        declares.push(stmt);
      else if (kind === "config")
        configs.push(stmt);
      else if (kind === "service")
        services.push(stmt);
      else
        components.push(stmt);
    }
    this.buildDeclares(scope, declares);
    this.buildConfigs(scope, configs);
    this.buildComponents(scope, components);
    this.buildServices(scope, services);
  }
  buildDeclares(scope, declares) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of declares) {
      const node = newNode(block);
      checkLabel(node);
      checkDuplicate(seen, node);
      const module = new ModuleScope(false, false, void 0, scope, new Set(scope.variables));
      this.build(module, block.body);
      node.child = module;
      node.refBody = [];
      scope.add(node);
      if (hasLabel(block)) {
        const args = new Map(module.argumentBlocks.map((a) => [a.label.value, booleanAttribute(a.body, "optional")]));
        scope.declares.set(block.label.value, args);
      }
    }
  }
  buildConfigs(scope, configs) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of configs) {
      const node = newNode(block);
      const duplicate = checkDuplicate(seen, node);
      const name = blockName(block);
      if (name === "logging" || name === "tracing") {
        checkPlacement(scope, node);
        checkSchema(node, block.body);
      } else if (name === "foreach") {
        this.buildForeach(scope, node);
      } else if (name === "argument" || name === "export") {
        if (scope.isRoot)
          node.findings.push(finding("only-in-module", wholeRange(block), { name }));
        if (checkLabel(node) && !duplicate && name === "argument")
          scope.argumentBlocks.push(block);
        checkSchema(node, block.body);
      } else if (IMPORT_BLOCKS.has(name)) {
        const labelled = checkLabel(node);
        checkSchema(node, block.body);
        if (labelled && !duplicate)
          scope.imports.add(block.label.value);
      }
      scope.add(node);
    }
  }
  buildForeach(scope, node) {
    const block = node.block;
    const min = this.options.minStability;
    if (!stabilityAllowed("experimental", min)) {
      node.findings.push(finding("below-stability", nameRange(block), { what: `foreach block "${blockName(block)}"`, level: "experimental", minimum: min }));
    }
    checkLabel(node);
    const template = block.body.find((s) => s.type === "Block" && blockName(s) === "template");
    const rest = block.body.filter((s) => s !== template);
    node.refBody = rest;
    if (!template)
      node.findings.push(finding("missing-block", wholeRange(block), { name: "template" }));
    checkSchema(node, rest);
    if (!template)
      return;
    const variables = new Set(scope.variables);
    const each = stringAttribute(rest, "var");
    if (each !== void 0)
      variables.add(each);
    const inner = new ModuleScope(scope.isRoot, true, scope, scope, variables);
    this.build(inner, template.body);
    node.child = inner;
  }
  buildComponents(scope, components) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of components) {
      const node = newNode(block, true);
      if (!hasLabel(block))
        node.findings.push(finding("component-label", nameRange(block), { name: blockName(block) }));
      checkDuplicate(seen, node);
      scope.add(node);
    }
  }
  buildServices(scope, services) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of services) {
      const node = newNode(block);
      checkDuplicate(seen, node);
      const before = node.findings.length;
      checkPlacement(scope, node);
      const placed = node.findings.length === before;
      if (!SERVICES.get(blockId(block))) {
        if (placed)
          node.findings.push(finding("service-not-configurable", wholeRange(block), { name: blockId(block) }));
      } else {
        checkSchema(node, block.body);
      }
      scope.add(node);
    }
  }
  check(scope) {
    const out = [...scope.findings];
    const edges = /* @__PURE__ */ new Map();
    for (const node of scope.order) {
      out.push(...node.findings);
      if (node.isComponent)
        this.checkComponent(scope, node, out);
      if (node.child)
        out.push(...this.check(node.child));
      for (const t of traversalsOfBody(node.refBody)) {
        const target = this.resolve(scope, t, out);
        if (target && target !== "injected" && scope.nodes.get(target.id) === target) {
          let targets = edges.get(node);
          if (!targets)
            edges.set(node, targets = /* @__PURE__ */ new Set());
          targets.add(target);
        }
      }
    }
    for (const cycle of stronglyConnected(scope.order, edges)) {
      if (cycle.length < 2)
        continue;
      const sorted = [...cycle].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const ids = sorted.map((n) => n.id).join(", ");
      for (const node of sorted)
        out.push(finding("cycle", openingRange(node.block), { ids }));
    }
    for (const node of scope.order) {
      if (edges.get(node)?.has(node))
        out.push(finding("self-reference", openingRange(node.block)));
    }
    return out;
  }
  checkComponent(scope, node, out) {
    const name = blockName(node.block);
    if (scope.isCustomComponent(name)) {
      const args = scope.declareArguments(name);
      if (args)
        checkCustomArguments(node.block, args, out);
      return;
    }
    const range = nameRange(node.block);
    const info = this.catalog.get(name);
    if (!info) {
      const data = { name };
      const suggestion = this.suggest(scope, name);
      if (suggestion)
        data.suggestion = suggestion;
      out.push(finding("unknown-component", range, data));
    } else if (info.removed) {
      out.push(finding("removed-component", range, { name }));
    } else if (info.community) {
      out.push(finding("community-component", range, { name }));
    } else if (!stabilityAllowed(info.stability, this.options.minStability)) {
      out.push(finding("below-stability", range, { what: `component "${name}"`, level: info.stability, minimum: this.options.minStability }));
    }
  }
  suggest(scope, name) {
    const custom = scope.customNames().find((c) => c.toLowerCase() === name.toLowerCase());
    return custom ?? this.catalog.suggest(name);
  }
  /** Resolves a traversal by ever-longer prefixes; reports what Alloy reports about it. */
  resolve(scope, t, out) {
    let target;
    for (let n = 1; n <= t.length && !target; n++)
      target = scope.lookup(traversalName(t, n));
    const first = t[0].name;
    const isVariable = scope.variables.has(first);
    if (target) {
      if (isStdlibIdentifier(first))
        out.push(finding("stdlib-shadowed", t[0].range));
      return target;
    }
    if (isVariable)
      return void 0;
    if (!isStdlibIdentifier(first)) {
      out.push(finding("missing-reference", traversalRange(t), { name: traversalName(t) }));
      return void 0;
    }
    const replacement = DEPRECATED_STDLIB.get(first);
    if (replacement) {
      out.push(finding("deprecated-stdlib", t[0].range, { name: first, replacement }));
      return void 0;
    }
    const fn = traversalName(t);
    const level = STDLIB_STABILITY.get(fn);
    if (level && !stabilityAllowed(level, this.options.minStability)) {
      out.push(finding("below-stability", traversalRange(t), { what: fn, level, minimum: this.options.minStability }));
    }
    return void 0;
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function analyzeAlloy(file, options) {
  const key = `${options.context}|${options.minStability}|${(options.injectedArguments ?? []).join(",")}`;
  let perFile = cache.get(file);
  if (!perFile)
    cache.set(file, perFile = /* @__PURE__ */ new Map());
  let findings = perFile.get(key);
  if (!findings)
    perFile.set(key, findings = new Analyzer(options).run(file));
  return findings;
}

// dist/src/alloy-semantics/rule-support.js
function minStabilityOf(doc) {
  return doc.pipeline?.target.stabilityLevel ?? doc.target?.stabilityLevel ?? "generally-available";
}
function documentFindings(doc) {
  const { ast } = doc.parse();
  if (!ast)
    return null;
  return analyzeAlloy(ast, { context: "module", minStability: minStabilityOf(doc), injectedArguments: FLEET_INJECTED_ARGUMENTS });
}
function reportFinding(context, doc, f, messageId, maxSeverity) {
  const loc = context.contentsLocation(doc, f.range);
  context.report({
    messageId,
    data: f.data,
    loc,
    ...maxSeverity ? { maxSeverity } : {},
    ...f.related ? { related: [{ ...context.contentsLocation(doc, f.related.range), message: f.related.message }] } : {}
  });
}
function findingMessages(ids) {
  return Object.fromEntries(Object.entries(ids).map(([messageId, code]) => [messageId, FINDING_MESSAGES[code]]));
}
function reportFindings(context, doc, ids) {
  const messageIdOf = new Map(Object.entries(ids).map(([messageId, code]) => [code, messageId]));
  for (const f of documentFindings(doc) ?? []) {
    const messageId = messageIdOf.get(f.code);
    if (messageId)
      reportFinding(context, doc, f, messageId);
  }
}

export {
  FINDING_MESSAGES,
  documentFindings,
  reportFinding,
  findingMessages,
  reportFindings
};
