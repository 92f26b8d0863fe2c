import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  Scanner,
  TOKEN_NAMES,
  toText
} from "./chunk-VMCWEPZP.js";
import {
  LineIndex
} from "./chunk-GEBKUC7T.js";

// dist/grammar/alloy/walk.js
function walk(node, visitor) {
  visit(node, null, visitor);
}
function visit(node, parent, visitor) {
  if (visitor.enter?.(node, parent) !== false) {
    if (node.type === "Object") {
      for (const field of node.fields) {
        visitor.field?.(field, node);
        visit(field.value, node, visitor);
      }
    } else {
      for (const child of children(node))
        visit(child, node, visitor);
    }
  }
  visitor.leave?.(node, parent);
}
function children(node) {
  switch (node.type) {
    case "File":
    case "Block":
      return node.body;
    case "Attribute":
      return [node.value];
    case "Array":
      return node.elements;
    case "Object":
      return node.fields.map((field) => field.value);
    case "Access":
      return [node.value];
    case "Index":
      return [node.value, node.index];
    case "Call":
      return [node.value, ...node.args];
    case "Unary":
      return [node.value];
    case "Binary":
      return [node.left, node.right];
    case "Paren":
      return [node.inner];
    case "Literal":
    case "Identifier":
      return [];
  }
}
function* statements(root) {
  const body = root.type === "File" || root.type === "Block" ? root.body : [];
  if (root.type !== "File")
    yield root;
  for (const stmt of body)
    yield* statements(stmt);
}

// dist/grammar/alloy/index.js
function tokenize(input, options = {}) {
  const text = toText(input);
  const lines = new LineIndex(text);
  let pending = [];
  const scanner = new Scanner(text, (offset, message) => pending.push({ message, start: lines.position(offset) }), {
    includeComments: options.includeComments ?? true,
    insertTerminators: options.insertTerminators ?? true
  });
  const tokens = [];
  for (; ; ) {
    const kind = scanner.scan();
    tokens.push({
      kind,
      name: TOKEN_NAMES[kind],
      literal: scanner.lit,
      start: lines.position(scanner.tokenStart),
      end: lines.position(scanner.tokenEnd),
      diagnostics: pending
    });
    pending = [];
    if (kind === 1)
      return { tokens, text };
  }
}

export {
  walk,
  statements,
  tokenize
};
