import { goLineColumn, parseExpression, parseFile, tokenize } from "../../../grammar/alloy/index.js";

/** Diagnostics of a file as Go prints them: `LINE:BYTECOL: message`. */
export function fileErrors(source: string | Uint8Array): string[] {
  const result = parseFile(source);
  return result.diagnostics.map((d) => `${goLineColumn(result.text, d.start)}: ${d.message}`);
}

export function expressionErrors(source: string): string[] {
  const result = parseExpression(source);
  return result.diagnostics.map((d) => `${goLineColumn(result.text, d.start)}: ${d.message}`);
}

/** Token stream as `KIND literal` strings (literal only when Go has one), lexical errors inline. */
export function tokens(source: string | Uint8Array, options?: { insertTerminators?: boolean }): string[] {
  const { tokens: list, text } = tokenize(source, options);
  const out: string[] = [];
  for (const token of list) {
    for (const d of token.diagnostics) out.push(`ERROR ${goLineColumn(text, d.start)}: ${d.message}`);
    out.push(token.literal && token.name !== "TERMINATOR" ? `${token.name} ${token.literal}` : token.name);
  }
  return out;
}

/** Token kinds with their Go `line:col`. */
export function tokenPositions(source: string): string[] {
  const { tokens: list, text } = tokenize(source);
  return list.map((t) => `${goLineColumn(text, t.start)} ${t.name}`);
}
