/** The value of an Alloy string literal (Go's strconv.Unquote), or undefined for other literals. */
import type { Expression } from "../../grammar/alloy/ast.js";
import { goUnquote } from "../../grammar/matchers/index.js";

export function stringLiteralValue(e: Expression): string | undefined {
  if (e.type !== "Literal" || e.kind !== "STRING") return undefined;
  // Raw strings lose their carriage returns, as Go's Unquote does.
  if (e.raw.startsWith("`")) return e.raw.slice(1, -1).replaceAll("\r", "");
  return goUnquote(e.raw) ?? undefined;
}
