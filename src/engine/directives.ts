/**
 * Inline suppressions (SPEC §3):
 *   // fleetlint-disable-next-line RULE[, RULE] -- reason     (Alloy, also inside inline `contents`)
 *   # fleetlint-disable-next-line RULE -- reason              (definition YAML)
 *   fleetlint-disable-line, fleetlint-disable / fleetlint-enable ranges
 * A directive without a rule list applies to every rule. Directives that
 * suppress nothing are reported back as unused (see `unusedDirectives`).
 */
import type { SourceText, TextRange } from "../core/source.js";
import type { AlloyDocument } from "../repo/types.js";

export type DirectiveKind = "disable-next-line" | "disable-line" | "disable" | "enable";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the directive; null when it names none (every rule). */
  rules: string[] | null;
  /** The comment, in file offsets. */
  range: TextRange;
  /** For the line forms: the line whose problems are suppressed. */
  line: number;
  /** Rule ids this directive suppressed at least once ("*" for a blanket one). */
  used: Set<string>;
}

const MARKER = "fleetlint-";
const DIRECTIVE = /^fleetlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Parses the text inside a comment (delimiters removed); undefined when it is no directive. */
export function parseDirectiveBody(body: string): { kind: DirectiveKind; rules: string[] | null } | undefined {
  const match = DIRECTIVE.exec(body.trim());
  if (!match) return undefined;
  // Everything after a standalone `--` is the reason.
  const list = match[2].split(/(?:^|\s)--(?:\s|$)/)[0];
  const rules = list
    .split(",")
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return { kind: match[1] as DirectiveKind, rules: rules.length > 0 ? rules : null };
}

function makeDirective(file: SourceText, body: string, start: number, end: number): Directive | undefined {
  const parsed = parseDirectiveBody(body);
  if (!parsed) return undefined;
  const line =
    parsed.kind === "disable-next-line" ? file.positionAt(end).line + 1 : file.positionAt(start).line;
  return { ...parsed, range: { start, end }, line, used: new Set() };
}

/** `#` comments of a YAML file: a `#` at the start of a line or after whitespace. */
export function yamlDirectives(file: SourceText): Directive[] {
  const text = file.text;
  if (!text.includes(MARKER)) return [];
  const found: Directive[] = [];
  const comment = /(^|[ \t])#([^\r\n]*)/gm;
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    if (!m[2].includes(MARKER)) continue;
    const start = m.index + m[1].length;
    const directive = makeDirective(file, m[2], start, start + 1 + m[2].length);
    if (directive) found.push(directive);
  }
  return found;
}

interface RawComment {
  text: string;
  start: number;
  end: number;
}

/**
 * Comments of an Alloy document in contents offsets: from the syntax tree when
 * it parses, else from a light scan (a `//` inside a string may then be taken
 * for a comment, which only matters if it spells a directive).
 */
function alloyComments(doc: AlloyDocument): RawComment[] {
  const parsed = doc.parse();
  if (parsed.ast) {
    return parsed.ast.comments.flat().map((c) => ({ text: c.text, start: c.start.offset, end: c.end.offset }));
  }
  const found: RawComment[] = [];
  const comment = /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
  for (let m = comment.exec(doc.contents.text); m; m = comment.exec(doc.contents.text)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

function commentBody(text: string): string {
  if (text.startsWith("//")) return text.slice(2);
  if (text.startsWith("/*")) return text.slice(2, text.endsWith("*/") ? -2 : undefined);
  return text;
}

/** Directives in an Alloy document, placed in the file that holds it. */
export function alloyDirectives(doc: AlloyDocument): Directive[] {
  if (!doc.contents.text.includes(MARKER)) return [];
  const { file, toFileOffset } = doc.contents;
  const found: Directive[] = [];
  for (const c of alloyComments(doc)) {
    if (!c.text.includes(MARKER)) continue;
    const directive = makeDirective(file, commentBody(c.text), toFileOffset(c.start), toFileOffset(c.end));
    if (directive) found.push(directive);
  }
  return found;
}

/** What a suppression check needs to know about one problem. */
export interface Suppressible {
  ruleId: string | null;
  line: number;
  offset: number;
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules === null || directive.rules.includes(ruleId);
}

function markUsed(directive: Directive, ruleId: string): void {
  directive.used.add(directive.rules === null ? "*" : ruleId);
}

/**
 * Whether a problem is suppressed by one of its file's directives; marks the
 * directive that did it as used. Problems without a rule are never suppressed.
 */
export function isSuppressed(problem: Suppressible, directives: readonly Directive[]): boolean {
  const ruleId = problem.ruleId;
  if (ruleId === null) return false;
  for (const d of directives) {
    if ((d.kind === "disable-next-line" || d.kind === "disable-line") && d.line === problem.line && names(d, ruleId)) {
      markUsed(d, ruleId);
      return true;
    }
  }
  // Range directives, replayed in text order up to the problem.
  let blanket: Directive | undefined;
  const disabled = new Map<string, Directive>();
  const reEnabled = new Set<string>();
  for (const d of directives) {
    if (d.range.start > problem.offset) break;
    if (d.kind === "disable") {
      if (d.rules === null) {
        blanket = d;
        disabled.clear();
        reEnabled.clear();
      } else for (const r of d.rules) {
        disabled.set(r, d);
        reEnabled.delete(r);
      }
    } else if (d.kind === "enable") {
      if (d.rules === null) {
        blanket = undefined;
        disabled.clear();
        reEnabled.clear();
      } else for (const r of d.rules) {
        disabled.delete(r);
        if (blanket) reEnabled.add(r);
      }
    }
  }
  const by = disabled.get(ruleId) ?? (blanket && !reEnabled.has(ruleId) ? blanket : undefined);
  if (!by) return false;
  markUsed(by, ruleId);
  return true;
}

export interface UnusedDirective {
  directive: Directive;
  /** Rule ids it names that suppressed nothing; empty for an unused blanket directive. */
  unusedRules: string[];
  /** Rule ids it names that do not exist. */
  unknownRules: string[];
}

/**
 * Disable directives that suppressed nothing. A named rule is judged only if it
 * ran on the file (`ran`): a directive for a network rule is not unused just
 * because this run was offline.
 */
export function unusedDirectives(
  directives: readonly Directive[],
  ran: (ruleId: string) => boolean,
  known: (ruleId: string) => boolean,
): UnusedDirective[] {
  const unused: UnusedDirective[] = [];
  for (const d of directives) {
    if (d.kind === "enable") continue;
    if (d.rules === null) {
      if (d.used.size === 0) unused.push({ directive: d, unusedRules: [], unknownRules: [] });
      continue;
    }
    const unknownRules = d.rules.filter((r) => !known(r));
    const unusedRules = d.rules.filter((r) => known(r) && ran(r) && !d.used.has(r));
    if (unknownRules.length > 0 || unusedRules.length > 0) unused.push({ directive: d, unusedRules, unknownRules });
  }
  return unused;
}
