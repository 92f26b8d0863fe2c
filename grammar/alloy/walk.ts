/**
 * Depth-first traversal of an Alloy syntax tree in source order: statements,
 * then the expressions inside them. Rules use it instead of writing their own
 * recursion over every node type.
 */
import type { Expression, File, Node, ObjectField, Statement } from "./ast.js";

export interface Visitor {
  /** Called before a node's children. Return `false` to skip the children (leave is still called). */
  enter?(node: Node, parent: Node | null): boolean | void;
  /** Called after a node's children. */
  leave?(node: Node, parent: Node | null): void;
  /** Called for each object field before its value is visited. */
  field?(field: ObjectField, object: Node): void;
}

export function walk(node: Node, visitor: Visitor): void {
  visit(node, null, visitor);
}

function visit(node: Node, parent: Node | null, visitor: Visitor): void {
  if (visitor.enter?.(node, parent) !== false) {
    if (node.type === "Object") {
      for (const field of node.fields) {
        visitor.field?.(field, node);
        visit(field.value, node, visitor);
      }
    } else {
      for (const child of children(node)) visit(child, node, visitor);
    }
  }
  visitor.leave?.(node, parent);
}

function children(node: Node): (Statement | Expression)[] {
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

/** Every statement of a file or block body, nested blocks included, in source order. */
export function* statements(root: File | Statement): Generator<Statement> {
  const body = root.type === "File" || root.type === "Block" ? root.body : [];
  if (root.type !== "File") yield root;
  for (const stmt of body) yield* statements(stmt);
}
