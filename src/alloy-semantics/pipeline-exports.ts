/**
 * Fleet Management's pipeline exports: a pipeline reads another pipeline's
 * `export "E"` block as `argument.pipeline_exports.value["P"]["E"]`. This
 * finds both sides in an AST: the exports a pipeline declares and the
 * pipeline/export names a pipeline reads.
 */
import type { Block, Expression, File, Statement } from "../../grammar/alloy/ast.js";
import type { TextRange } from "../core/source.js";
import { blockName } from "./blocks.js";
import { stringLiteralValue } from "./strings.js";

export interface PipelineExportUse {
  pipeline: string;
  /** Undefined when only `value["P"]` is read. */
  exportName?: string;
  /** From `argument` to the closing bracket of the last index. */
  range: TextRange;
}

/** Labels of the `export` blocks at the top level of the contents. */
export function declaredExports(file: File): Map<string, Block> {
  const exports = new Map<string, Block>();
  for (const stmt of file.body) {
    if (stmt.type === "Block" && blockName(stmt) === "export" && stmt.label?.value && !exports.has(stmt.label.value)) {
      exports.set(stmt.label.value, stmt);
    }
  }
  return exports;
}

/** `argument.pipeline_exports.value`, exactly (no parentheses or indexing in between). */
function isPipelineExportsValue(e: Expression): boolean {
  return (
    e.type === "Access" &&
    e.name === "value" &&
    e.value.type === "Access" &&
    e.value.name === "pipeline_exports" &&
    e.value.value.type === "Identifier" &&
    e.value.value.name === "argument"
  );
}

class UseCollector {
  readonly uses: PipelineExportUse[] = [];

  body(statements: readonly Statement[]): void {
    for (const stmt of statements) {
      if (stmt.type === "Attribute") this.expr(stmt.value);
      // Inside a declare, `argument` means the declare's own arguments.
      else if (blockName(stmt) !== "declare") this.body(stmt.body);
    }
  }

  expr(e: Expression): void {
    if (e.type === "Index" && this.match(e)) return;
    switch (e.type) {
      case "Access":
        return this.expr(e.value);
      case "Index":
        this.expr(e.value);
        return this.expr(e.index);
      case "Call":
        this.expr(e.value);
        return e.args.forEach((a) => this.expr(a));
      case "Array":
        return e.elements.forEach((a) => this.expr(a));
      case "Object":
        return e.fields.forEach((f) => this.expr(f.value));
      case "Unary":
        return this.expr(e.value);
      case "Binary":
        this.expr(e.left);
        return this.expr(e.right);
      case "Paren":
        return this.expr(e.inner);
      default:
        return;
    }
  }

  /** `value["P"]` or `value["P"]["E"]` with literal names; true when recorded. */
  private match(e: Expression & { type: "Index" }): boolean {
    const outer = e;
    const inner = outer.value;
    if (inner.type === "Index" && isPipelineExportsValue(inner.value)) {
      const pipeline = stringLiteralValue(inner.index);
      const exportName = stringLiteralValue(outer.index);
      if (pipeline === undefined || exportName === undefined) return false;
      this.uses.push({ pipeline, exportName, range: { start: outer.start.offset, end: outer.end.offset } });
      return true;
    }
    if (isPipelineExportsValue(inner)) {
      const pipeline = stringLiteralValue(outer.index);
      if (pipeline === undefined) return false;
      this.uses.push({ pipeline, range: { start: outer.start.offset, end: outer.end.offset } });
      return true;
    }
    return false;
  }
}

/** Every literal `argument.pipeline_exports.value["P"]["E"]` outside declare bodies. */
export function pipelineExportUses(file: File): PipelineExportUse[] {
  const c = new UseCollector();
  c.body(file.body);
  return c.uses;
}
