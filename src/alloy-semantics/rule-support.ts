/**
 * What the alloy-* rules share: the analysis options for a document and the
 * step from a finding to a report.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import type { AlloyDocument } from "../repo/types.js";
import type { RuleContext } from "../engine/types.js";
import { renameSuggestion } from "../engine/suggest.js";
import type { StabilityLevel } from "../config/types.js";
import type { SeverityName } from "../core/diagnostic.js";
import { analyzeAlloy, FLEET_INJECTED_ARGUMENTS, type ScopeFile } from "./analyze.js";
import { FINDING_MESSAGES, type Finding, type FindingCode } from "./findings.js";

/** The target's minimum stability level; generally-available when nothing is configured. */
export function minStabilityOf(doc: AlloyDocument): StabilityLevel {
  return doc.pipeline?.target.stabilityLevel ?? doc.target?.stabilityLevel ?? "generally-available";
}

/**
 * The findings for a document, analysed as its mode says: a pipeline as Fleet
 * Management loads it (a module with the injected arguments), a module file
 * as a module, a local config as Alloy's main config together with the other
 * configs of its scope. Null when the text does not parse (alloy-syntax
 * reports that).
 */
export function documentFindings(doc: AlloyDocument): Finding[] | null {
  const { ast } = doc.parse();
  if (!ast) return null;
  const minStability = minStabilityOf(doc);
  const importedFile = (filename: string) => readImportedModule(doc.contents.file.path, filename);
  switch (doc.mode) {
    case "pipeline":
      return analyzeAlloy(ast, { context: "module", minStability, injectedArguments: FLEET_INJECTED_ARGUMENTS, importedFile });
    case "module":
      return analyzeAlloy(ast, { context: "module", minStability, importedFile });
    case "config":
      return analyzeAlloy(ast, { context: "root", minStability, scope: scopeFiles(doc), importedFile });
  }
}

/** The parsed files of a config's scope; one that does not parse adds no blocks (it has its syntax errors). */
function scopeFiles(doc: AlloyDocument): ScopeFile[] {
  return doc.scope().flatMap((member) => {
    const { ast } = member.parse();
    return ast ? [{ name: basename(member.contents.file.path), file: ast }] : [];
  });
}

/**
 * The Alloy source an `import.file` with a relative `filename` loads, read
 * beside the importing file: one text, or every `*.alloy` of a folder.
 * Absolute paths name the collector's disk, so they stay unknown, as does
 * anything unreadable.
 */
export function readImportedModule(importer: string, filename: string): string[] | undefined {
  if (isAbsolute(filename) || !isAbsolute(importer)) return undefined;
  try {
    const path = resolve(dirname(importer), filename);
    if (!statSync(path).isDirectory()) return [readFileSync(path, "utf8")];
    return readdirSync(path)
      .filter((f) => f.endsWith(".alloy"))
      .sort()
      .map((f) => readFileSync(join(path, f), "utf8"));
  } catch {
    return undefined;
  }
}

export interface FindingReportOptions {
  /** Caps the report's severity (see ReportDescriptor.maxSeverity). */
  maxSeverity?: SeverityName;
  /** Offer the finding's `suggestion` as a rename of its `name` (the rule declares meta.hasSuggestions). */
  suggestRename?: boolean;
}

/** Reports a finding under a message id, with its related location mapped through the contents. */
export function reportFinding(context: RuleContext, doc: AlloyDocument, f: Finding, messageId: string, options: FindingReportOptions = {}): void {
  const loc = context.contentsLocation(doc, f.range);
  const rename = options.suggestRename ? renameOf(context, doc, f) : [];
  context.report({
    messageId,
    data: f.data,
    loc,
    ...(options.maxSeverity ? { maxSeverity: options.maxSeverity } : {}),
    ...(f.related ? { related: [{ ...context.contentsLocation(doc, f.related.range), message: f.related.message }] } : {}),
    ...(rename.length > 0 ? { suggestions: rename } : {}),
  });
}

/**
 * The did-you-mean edit: the finding's range starts at the misspelt name (a
 * block, an attribute, an object key, an export field), so the name is its
 * first occurrence there; renameSuggestion then checks the file holds exactly
 * that text where the contents map it.
 */
function renameOf(context: RuleContext, doc: AlloyDocument, f: Finding): ReturnType<typeof renameSuggestion> {
  const { name, suggestion } = f.data;
  if (!name || !suggestion) return [];
  const at = doc.contents.text.slice(f.range.start, f.range.end).indexOf(name);
  if (at < 0) return [];
  const start = f.range.start + at;
  return renameSuggestion(context.contentsLocation(doc, { start, end: start + name.length }), name, suggestion);
}

/**
 * A rule's message ids and the finding each one reports, written once: it
 * gives the rule's `meta.messages` (Alloy's own text, see `findingMessages`)
 * and the step from a finding to a report (`reportFindings`).
 */
export type FindingMessageIds = Readonly<Record<string, FindingCode>>;

/** `meta.messages` for a rule that reports findings with Alloy's own text. */
export function findingMessages(ids: FindingMessageIds): Record<string, string> {
  return Object.fromEntries(Object.entries(ids).map(([messageId, code]) => [messageId, FINDING_MESSAGES[code]]));
}

/** Reports every finding whose code has a message id in `ids`. */
export function reportFindings(context: RuleContext, doc: AlloyDocument, ids: FindingMessageIds): void {
  const messageIdOf = new Map(Object.entries(ids).map(([messageId, code]) => [code, messageId]));
  for (const f of documentFindings(doc) ?? []) {
    const messageId = messageIdOf.get(f.code);
    if (messageId) reportFinding(context, doc, f, messageId);
  }
}
