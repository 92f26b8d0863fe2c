/**
 * Depth-first traversal of an Alloy syntax tree in source order: statements,
 * then the expressions inside them. Rules use it instead of writing their own
 * recursion over every node type.
 */
import type { File, Node, ObjectField, Statement } from "./ast.js";
export interface Visitor {
    /** Called before a node's children. Return `false` to skip the children (leave is still called). */
    enter?(node: Node, parent: Node | null): boolean | void;
    /** Called after a node's children. */
    leave?(node: Node, parent: Node | null): void;
    /** Called for each object field before its value is visited. */
    field?(field: ObjectField, object: Node): void;
}
export declare function walk(node: Node, visitor: Visitor): void;
/** Every statement of a file or block body, nested blocks included, in source order. */
export declare function statements(root: File | Statement): Generator<Statement>;
