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
/** Parses the text inside a comment (delimiters removed); undefined when it is no directive. */
export declare function parseDirectiveBody(body: string): {
    kind: DirectiveKind;
    rules: string[] | null;
} | undefined;
/** `#` comments of a YAML file: a `#` at the start of a line or after whitespace. */
export declare function yamlDirectives(file: SourceText): Directive[];
/** Directives in an Alloy document, placed in the file that holds it. */
export declare function alloyDirectives(doc: AlloyDocument): Directive[];
/** What a suppression check needs to know about one problem. */
export interface Suppressible {
    ruleId: string | null;
    line: number;
    offset: number;
}
/**
 * Whether a problem is suppressed by one of its file's directives; marks the
 * directive that did it as used. Problems without a rule are never suppressed.
 */
export declare function isSuppressed(problem: Suppressible, directives: readonly Directive[]): boolean;
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
export declare function unusedDirectives(directives: readonly Directive[], ran: (ruleId: string) => boolean, known: (ruleId: string) => boolean): UnusedDirective[];
