/**
 * One RuleContext per rule and run. `report` checks the rule kept its
 * contract (declared message id, range inside the file, fixes and
 * suggestions only when declared) and queues a PendingReport; severities and
 * suppressions are applied later, per file, by the engine.
 */
import { join } from "node:path";
import { SourceText, type TextRange } from "../core/source.js";
import type { Fix, RelatedLocation, SeverityName, Suggestion } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { AlloyDocument, Pipeline, PipelineContents, Project } from "../repo/types.js";
import { RuleContractError } from "./errors.js";
import { fillTemplate } from "../core/template.js";
import type { Location, OnlineState, ReportDescriptor, RuleContext, RuleMeta } from "./types.js";

export interface PendingReport {
  ruleId: string;
  messageId: string;
  message: string;
  file: SourceText;
  range: TextRange;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Suggestion[];
  maxSeverity?: SeverityName;
  help?: string;
}

/**
 * The file file-less diagnostics land in: the config file, or (without one)
 * an empty pseudo file named where `fleetlint.config.yaml` would be.
 */
export function configFile(config: ResolvedConfig): SourceText {
  return config.source?.file ?? new SourceText(config.path ?? join(config.baseDir, "fleetlint.config.yaml"), "");
}

function checkRange(ruleId: string, file: { path: string; text: string }, range: TextRange, what: string): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > file.text.length) {
    throw new RuleContractError(
      ruleId,
      `${what} range [${start}, ${end}) is outside ${file.path} (length ${file.text.length})`,
    );
  }
}

function checkLocation(ruleId: string, loc: Location | undefined, what: string): void {
  if (!loc || !(loc.file instanceof SourceText) || !loc.range) throw new RuleContractError(ruleId, `${what} has no file and range`);
  checkRange(ruleId, loc.file, loc.range, what);
}

function isPipeline(value: AlloyDocument | Pipeline): value is Pipeline {
  return "definition" in value;
}

export interface ContextInput {
  meta: RuleMeta;
  options: readonly unknown[];
  project: Project;
  config: ResolvedConfig;
  online?: OnlineState;
  sink: PendingReport[];
}

export function createContext(input: ContextInput): RuleContext {
  const { meta, project, config, sink } = input;
  const id = meta.id;
  const lintedFiles = project.lintedFiles;
  let pseudoConfig: SourceText | undefined;

  const context: RuleContext = {
    id,
    options: input.options,
    project,
    config,
    online: input.online,
    isLinted: (filePath) => lintedFiles.has(filePath),
    report(descriptor: ReportDescriptor) {
      sink.push(toPending(meta, descriptor));
    },
    contentsLocation(doc, range) {
      const contents: PipelineContents | null = isPipeline(doc) ? doc.contents : doc.contents;
      if (!contents) throw new RuleContractError(id, `contentsLocation called for pipeline '${(doc as Pipeline).name}' without contents`);
      checkRange(id, { path: `the contents of ${contents.file.path}`, text: contents.text }, range, "contents");
      const start = contents.toFileOffset(range.start);
      const end = range.end === range.start ? start : contents.toFileOffset(range.end);
      return { file: contents.file, range: { start, end: Math.max(start, end) } };
    },
    configLocation(range) {
      pseudoConfig ??= configFile(config);
      return { file: pseudoConfig, range: range ?? { start: 0, end: 0 } };
    },
  };
  return context;
}

/** Validates a report against the rule's declaration and resolves its message. */
export function toPending(meta: RuleMeta, descriptor: ReportDescriptor): PendingReport {
  const id = meta.id;
  const template = Object.prototype.hasOwnProperty.call(meta.messages, descriptor.messageId)
    ? meta.messages[descriptor.messageId]
    : undefined;
  if (template === undefined) throw new RuleContractError(id, `reported undeclared messageId '${descriptor.messageId}'`);
  checkLocation(id, descriptor.loc, `report '${descriptor.messageId}'`);
  const { file, range } = descriptor.loc;
  const pending: PendingReport = {
    ruleId: id,
    messageId: descriptor.messageId,
    message: fillTemplate(template, descriptor.data),
    file,
    range,
  };
  if (descriptor.related && descriptor.related.length > 0) {
    pending.related = descriptor.related.map((r) => {
      checkLocation(id, r, "related location");
      const at = r.file.positionAt(r.range.start);
      return { filePath: r.file.path, line: at.line, column: at.column, message: r.message };
    });
  }
  if (descriptor.fix) {
    if (!meta.fixable) throw new RuleContractError(id, "reported a fix without declaring meta.fixable");
    checkRange(id, file, descriptor.fix.range, "fix");
    pending.fix = { range: [descriptor.fix.range.start, descriptor.fix.range.end], text: descriptor.fix.text };
  }
  if (descriptor.suggestions && descriptor.suggestions.length > 0) {
    if (!meta.hasSuggestions) throw new RuleContractError(id, "reported suggestions without declaring meta.hasSuggestions");
    pending.suggestions = descriptor.suggestions.map((s) => {
      checkRange(id, file, s.fix.range, "suggestion");
      return { desc: s.desc, fix: { range: [s.fix.range.start, s.fix.range.end], text: s.fix.text } };
    });
  }
  if (descriptor.maxSeverity !== undefined) pending.maxSeverity = descriptor.maxSeverity;
  const help = meta.help?.[descriptor.messageId];
  if (help !== undefined) pending.help = fillTemplate(help, descriptor.data);
  return pending;
}
