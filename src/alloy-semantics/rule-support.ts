/**
 * What the alloy-* rules share: the analysis options for a document and the
 * step from a finding to a report.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { AlloyDocument } from "../repo/types.js";
import type { RuleContext } from "../engine/types.js";
import type { StabilityLevel } from "../config/types.js";
import type { SeverityName } from "../core/diagnostic.js";
import { analyzeAlloy, FLEET_INJECTED_ARGUMENTS } from "./analyze.js";
import { FINDING_MESSAGES, type Finding, type FindingCode } from "./findings.js";

/** The target's minimum stability level; generally-available when nothing is configured. */
export function minStabilityOf(doc: AlloyDocument): StabilityLevel {
  return doc.pipeline?.target.stabilityLevel ?? doc.target?.stabilityLevel ?? "generally-available";
}

/**
 * The findings for a document, analysed as Fleet Management loads it: a
 * module with the injected arguments. Null when the text does not parse
 * (alloy-syntax reports that).
 */
export function documentFindings(doc: AlloyDocument): Finding[] | null {
  const { ast } = doc.parse();
  if (!ast) return null;
  return analyzeAlloy(ast, {
    context: "module",
    minStability: minStabilityOf(doc),
    injectedArguments: FLEET_INJECTED_ARGUMENTS,
    importedFile: (filename) => readImportedModule(doc.contents.file.path, filename),
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

/** Reports a finding under a message id, with its related location mapped through the contents. */
export function reportFinding(context: RuleContext, doc: AlloyDocument, f: Finding, messageId: string, maxSeverity?: SeverityName): void {
  const loc = context.contentsLocation(doc, f.range);
  context.report({
    messageId,
    data: f.data,
    loc,
    ...(maxSeverity ? { maxSeverity } : {}),
    ...(f.related ? { related: [{ ...context.contentsLocation(doc, f.related.range), message: f.related.message }] } : {}),
  });
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
