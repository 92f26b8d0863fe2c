/**
 * Traversals: the references an expression makes, found exactly as Alloy's
 * `internal/util/ast` walker finds them. An identifier starts a traversal,
 * each `.name` that follows extends it, and an index or a call ends it, so in
 * `a.b[0].c` the traversal is `a.b`. The walker's one quirk is kept for
 * parity: a `.name` after a call or index extends whatever traversal the
 * arguments or index left open (`f(x).y` gives `f` and `x.y`).
 */
import type { Expression, Statement } from "../../grammar/alloy/ast.js";
import type { TextRange } from "../core/source.js";

export interface TraversalPart {
  name: string;
  range: TextRange;
}

/** An identifier and the field names accessed on it, in source order (never empty). */
export type Traversal = TraversalPart[];

export function traversalName(t: Traversal, length = t.length): string {
  return t
    .slice(0, length)
    .map((p) => p.name)
    .join(".");
}

/** From the first identifier to the end of the last name. */
export function traversalRange(t: Traversal): TextRange {
  return { start: t[0].range.start, end: t[t.length - 1].range.end };
}

class TraversalCollector {
  readonly traversals: Traversal[] = [];
  private current: Traversal = [];
  private building = false;

  flush(): void {
    if (this.building && this.current.length > 0) this.traversals.push(this.current);
    this.building = false;
    this.current = [];
  }

  body(statements: readonly Statement[]): void {
    for (const stmt of statements) {
      if (stmt.type === "Attribute") this.expr(stmt.value);
      else this.body(stmt.body);
    }
  }

  expr(e: Expression): void {
    switch (e.type) {
      case "Identifier":
        this.flush();
        this.building = true;
        this.current.push({ name: e.name, range: { start: e.start.offset, end: e.end.offset } });
        return;
      case "Access":
        this.expr(e.value);
        // Only extends a traversal that is being built: `f().x` adds nothing.
        if (this.building) {
          const start = e.nameStart.offset;
          this.current.push({ name: e.name, range: { start, end: start + e.name.length } });
        }
        return;
      case "Index":
        this.expr(e.value);
        this.flush();
        this.expr(e.index);
        return;
      case "Call":
        this.expr(e.value);
        this.flush();
        for (const arg of e.args) this.expr(arg);
        return;
      case "Array":
        for (const el of e.elements) this.expr(el);
        return;
      case "Object":
        for (const field of e.fields) this.expr(field.value);
        return;
      case "Unary":
        this.expr(e.value);
        return;
      case "Binary":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "Paren":
        this.expr(e.inner);
        return;
      case "Literal":
        return;
    }
  }
}

/** Every traversal in a body (attributes and nested blocks), in walk order. */
export function traversalsOfBody(statements: readonly Statement[]): Traversal[] {
  const c = new TraversalCollector();
  c.body(statements);
  c.flush();
  return c.traversals;
}

/** Every traversal in one expression. */
export function traversalsOfExpression(e: Expression): Traversal[] {
  const c = new TraversalCollector();
  c.expr(e);
  c.flush();
  return c.traversals;
}
