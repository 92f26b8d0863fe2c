/**
 * Where a position inside a component's body sits in the schema catalog:
 * the component (outermost block below any `declare`), the nested block
 * path, and the body schema that applies there. Hover and completion share it.
 */
import type { Block } from "../../grammar/alloy/ast.js";
import { blockName } from "../alloy-semantics/blocks.js";
import { schemaCatalog, type BodySchema, type ComponentSchema, type ValueType } from "../alloy-semantics/schema-catalog.js";
import type { BlockPath } from "./alloy-model.js";

export interface BodyContext {
  /** The component (or builtin) block the body belongs to. */
  component: Block;
  componentName: string;
  /** Nested block names from the component down to the body (empty for its own arguments). */
  path: string[];
  schema?: ComponentSchema;
  body?: BodySchema;
  /** Set when the component is a custom one defined by this `declare`. */
  declare?: Block;
}

/** The body the innermost block of `path` opens, looked up in the catalog. */
export function bodyContext(path: BlockPath): BodyContext | undefined {
  // Blocks inside a declare belong to the declare's own components.
  const lastDeclare = path.blocks.map((b) => blockName(b)).lastIndexOf("declare");
  const inner = path.blocks.slice(lastDeclare + 1);
  const component = inner[0];
  if (!component) return undefined;
  const componentName = blockName(component);
  const nested = inner.slice(1).map((b) => blockName(b));
  const declare = path.scope.declares.get(componentName);
  if (declare) return { component, componentName, path: nested, declare };
  const catalog = schemaCatalog();
  const schema = catalog.component(componentName);
  if (!schema) return { component, componentName, path: nested };
  const body = nested.length === 0 ? schema.arguments : catalog.nestedBody(componentName, nested);
  return { component, componentName, path: nested, schema, ...(body ? { body } : {}) };
}

/** An Alloy-style type name: `string`, `list(string)`, `duration`, `secret`, … */
export function typeName(type: ValueType): string {
  switch (type.kind) {
    case "string":
    case "number":
    case "bool":
    case "any":
      return type.kind;
    case "secret":
      return "secret";
    case "text":
      if (/Duration$/.test(type.goType)) return "duration";
      if (/Size|Bytes$/.test(type.goType)) return "string (size)";
      return "string";
    case "opaque":
    case "capsule":
      return `capsule(${type.goType.slice(type.goType.lastIndexOf("/") + 1)})`;
    case "list":
      return `list(${typeName(type.element)})`;
    case "map":
      return `map(${typeName(type.element)})`;
    case "object":
      return "object";
  }
}
