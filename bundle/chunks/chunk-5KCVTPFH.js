import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  blockName,
  stringLiteralValue
} from "./chunk-KMV6JNXK.js";

// dist/src/alloy-semantics/pipeline-exports.js
function declaredExports(file) {
  const exports = /* @__PURE__ */ new Map();
  for (const stmt of file.body) {
    if (stmt.type === "Block" && blockName(stmt) === "export" && stmt.label?.value && !exports.has(stmt.label.value)) {
      exports.set(stmt.label.value, stmt);
    }
  }
  return exports;
}
function isPipelineExportsValue(e) {
  return e.type === "Access" && e.name === "value" && e.value.type === "Access" && e.value.name === "pipeline_exports" && e.value.value.type === "Identifier" && e.value.value.name === "argument";
}
var UseCollector = class {
  uses = [];
  body(statements) {
    for (const stmt of statements) {
      if (stmt.type === "Attribute")
        this.expr(stmt.value);
      else if (blockName(stmt) !== "declare")
        this.body(stmt.body);
    }
  }
  expr(e) {
    if (e.type === "Index" && this.match(e))
      return;
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
  match(e) {
    const outer = e;
    const inner = outer.value;
    if (inner.type === "Index" && isPipelineExportsValue(inner.value)) {
      const pipeline = stringLiteralValue(inner.index);
      const exportName = stringLiteralValue(outer.index);
      if (pipeline === void 0 || exportName === void 0)
        return false;
      this.uses.push({ pipeline, exportName, range: { start: outer.start.offset, end: outer.end.offset } });
      return true;
    }
    if (isPipelineExportsValue(inner)) {
      const pipeline = stringLiteralValue(outer.index);
      if (pipeline === void 0)
        return false;
      this.uses.push({ pipeline, range: { start: outer.start.offset, end: outer.end.offset } });
      return true;
    }
    return false;
  }
};
function pipelineExportUses(file) {
  const c = new UseCollector();
  c.body(file.body);
  return c.uses;
}

export {
  declaredExports,
  pipelineExportUses
};
