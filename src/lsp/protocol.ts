/**
 * The LSP shapes of the editor features: completion items, document
 * symbols, hovers (with the rule docs of diagnostics under the cursor) and
 * the extra quick fixes. Feature modules work on offsets and plain data; this
 * is where they meet the protocol's line/character positions.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type Hover,
  type Position,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { Scalar } from "yaml";
import { SourceText, type TextRange } from "../core/source.js";
import { parseDefinition } from "../repo/definition.js";
import { disableForLine } from "./actions.js";
import type { Candidate } from "./alloy-completion.js";
import type { HoverText } from "./alloy-hover.js";
import type { OutlineSymbol } from "./alloy-navigation.js";

/** ESLint's server uses `source.fixAll.eslint`; editors ask for it on save. */
export const FIX_ALL_KIND = "source.fixAll.fleetlint";

const COMPLETION_KINDS: Record<Candidate["kind"], CompletionItemKind> = {
  component: CompletionItemKind.Class,
  block: CompletionItemKind.Struct,
  attribute: CompletionItemKind.Property,
  label: CompletionItemKind.Reference,
  export: CompletionItemKind.Field,
  argument: CompletionItemKind.Variable,
  function: CompletionItemKind.Function,
  constant: CompletionItemKind.Constant,
  namespace: CompletionItemKind.Module,
  keyword: CompletionItemKind.Keyword,
  value: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
};

/** `candidate.replace` is in document offsets; `asIs` when its text is already indented for the document. */
export function toCompletionItem(candidate: Candidate, document: TextDocument, asIs = false): CompletionItem {
  const range = { start: document.positionAt(candidate.replace.start), end: document.positionAt(candidate.replace.end) };
  return {
    label: candidate.label,
    kind: COMPLETION_KINDS[candidate.kind],
    ...(candidate.detail ? { detail: candidate.detail } : {}),
    ...(candidate.documentation ? { documentation: { kind: "markdown", value: candidate.documentation } } : {}),
    sortText: `${candidate.priority ?? 1}_${candidate.label}`,
    // The typed text (dots included) is what the client filters on.
    filterText: candidate.label,
    insertTextFormat: candidate.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range, newText: candidate.insert },
    ...(asIs ? { insertTextMode: InsertTextMode.asIs } : {}),
  };
}

const SYMBOL_KINDS: Record<OutlineSymbol["kind"], SymbolKind> = {
  component: SymbolKind.Class,
  declare: SymbolKind.Module,
  argument: SymbolKind.Variable,
  export: SymbolKind.Interface,
  config: SymbolKind.Namespace,
  block: SymbolKind.Struct,
  attribute: SymbolKind.Property,
};

/** An outline symbol of Alloy text; `toDocument` turns its ranges into document offsets. */
export function toDocumentSymbol(symbol: OutlineSymbol, document: TextDocument, toDocument: (range: TextRange) => TextRange): DocumentSymbol {
  const range = toDocument(symbol.range);
  const selection = toDocument(symbol.selection);
  return {
    name: symbol.name,
    kind: SYMBOL_KINDS[symbol.kind],
    range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
    selectionRange: { start: document.positionAt(selection.start), end: document.positionAt(selection.end) },
    children: symbol.children.map((c) => toDocumentSymbol(c, document, toDocument)),
  };
}

/** The outline of a definition file: its top-level keys, with the outline of inline Alloy under `contents`. */
export function yamlSymbols(document: TextDocument, path: string, contentsOutline: DocumentSymbol[]): DocumentSymbol[] {
  const parsed = parseDefinition(new SourceText(path, document.getText()));
  return [...parsed.definition.keys].map(([key, at]) => ({
    name: key,
    kind: key === "matchers" ? SymbolKind.Array : key === "contents" ? SymbolKind.String : SymbolKind.Property,
    range: { start: document.positionAt(at.key.start), end: document.positionAt(Math.max(at.key.end, at.value.end)) },
    selectionRange: { start: document.positionAt(at.key.start), end: document.positionAt(at.key.end) },
    ...(key === "contents" && contentsOutline.length > 0 ? { children: contentsOutline } : {}),
  }));
}

/** LSP 3.18 allows markup messages; ours are always plain strings. */
function messageText(d: LspDiagnostic): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}

function contains(d: LspDiagnostic, p: Position): boolean {
  const { start, end } = d.range;
  const after = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const before = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return after && before;
}

/** The feature hover plus, for each fleetlint diagnostic under the cursor, its rule and docs link. */
export function hoverForDiagnostics(document: TextDocument, position: Position, hover: HoverText | undefined, diagnostics: readonly LspDiagnostic[]): Hover | null {
  const here = diagnostics.filter((d) => d.source === "fleetlint" && contains(d, position));
  const sections = hover ? [hover.markdown] : [];
  for (const d of here) {
    const rule = typeof d.code === "string" ? d.code : undefined;
    const link = d.codeDescription?.href;
    const message = messageText(d);
    sections.push(rule ? `**${rule}**: ${message}${link ? `\n\n[Rule documentation](${link})` : ""}` : message);
  }
  if (sections.length === 0) return null;
  const range = hover ? { start: document.positionAt(hover.range.start), end: document.positionAt(hover.range.end) } : here[0].range;
  return { contents: { kind: "markdown", value: sections.join("\n\n---\n\n") }, range };
}

/** "Disable <rule> for this line" for the diagnostics of a request. */
export function extraCodeActions(document: TextDocument, path: string, diagnostics: readonly LspDiagnostic[]): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  const edit = (range: { start: number; end: number }, newText: string) => ({
    changes: { [document.uri]: [{ range: { start: document.positionAt(range.start), end: document.positionAt(range.end) }, newText }] },
  });
  const isYaml = !/\.alloy$/i.test(path);
  const parsed = isYaml ? parseDefinition(new SourceText(path, text)) : undefined;
  const contents = parsed?.definition.keys.get("contents")?.value;
  // Only a `|` block keeps a line of its own as written; in any other style an inserted line folds into the next.
  const ownLines = parsed?.contentsNode?.type === Scalar.BLOCK_LITERAL;
  const disabled = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== "fleetlint") continue;
    const start = document.offsetAt(d.range.start);
    const rule = typeof d.code === "string" ? d.code : undefined;
    const key = `${rule}:${d.range.start.line}`;
    if (!rule || disabled.has(key)) continue;
    disabled.add(key);
    // Inside inline Alloy `contents`, the comment must be Alloy's, not YAML's.
    const inContents = isYaml && contents !== undefined && contents.start < start && start <= contents.end;
    if (inContents && !ownLines) continue;
    const marker = !isYaml || inContents ? "//" : "#";
    const change = disableForLine(text, start, rule, marker);
    actions.push({ title: `Disable ${rule} for this line`, kind: "quickfix", diagnostics: [d], edit: edit(change.range, change.text) });
  }
  return actions;
}
