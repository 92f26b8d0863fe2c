/**
 * The two parser entry points of Go's syntax/parser: a whole file and a lone
 * expression. Bytes are decoded so invalid UTF-8 keeps Go's behaviour.
 */
import type { Expression, File, ParseResult, SyntaxDiagnostic } from "./ast.js";
import { Parser } from "./parser.js";
import { decodeSource } from "./source.js";

export function toText(input: string | Uint8Array): string {
  return typeof input === "string" ? input : decodeSource(input);
}

/** Parses a whole Alloy file, as Go's parser.ParseFile does (no AST when there is any diagnostic). */
export function parseFile(input: string | Uint8Array): ParseResult<File> {
  const text = toText(input);
  const parser = new Parser(text);
  const file = parser.parseFile();
  return { ast: parser.diagnostics.length === 0 ? file : null, diagnostics: parser.diagnostics, text };
}

/** Parses one expression, as Go's parser.ParseExpression does (the whole input must be consumed). */
export function parseExpression(input: string | Uint8Array): ParseResult<Expression> {
  const text = toText(input);
  const parser = new Parser(text);
  const expr = parser.parseExpressionEntry();
  return { ast: parser.diagnostics.length === 0 ? expr : null, diagnostics: parser.diagnostics, text };
}

/**
 * Parses a whole file and keeps the tree Go's error recovery built even when
 * there are diagnostics: an editor needs the outline, hover and completion of
 * a file that is half typed. Everything else should use `parseFile`.
 */
export function parseFileRecovering(input: string | Uint8Array): { file: File; diagnostics: SyntaxDiagnostic[]; text: string } {
  const text = toText(input);
  const parser = new Parser(text);
  const file = parser.parseFile();
  return { file, diagnostics: parser.diagnostics, text };
}
