import type { ConfigTypeName, PipelineMessage } from "./messages.js";
export interface ParsedMatcher {
    name: string;
    op: "=" | "!=" | "=~" | "!~";
    value: string;
    /** The matcher printed back in one canonical spelling. */
    canonical: string;
}
/** What plan, import and the emulator need from our grammars. */
export interface Languages {
    /** Canonical Alloy text (parse, print, and again, since one print is not always a fixed point), or undefined when it does not parse. */
    canonicalAlloy(text: string): string | undefined;
    /** The first Alloy syntax error as `line:column: message`, or undefined when it parses. */
    alloyProblem(text: string): string | undefined;
    /** The YAML value, or undefined when the text is not valid YAML. */
    yamlValue(text: string): {
        value: unknown;
    } | undefined;
    parseMatcher(text: string): ParsedMatcher | {
        error: string;
    };
    /** Whether a matcher holds for a collector with these attributes (regex anchored, RE2). */
    matches(matcher: ParsedMatcher, attributes: Record<string, string>): boolean;
}
/** Fields a plan can report as changed, named as in the definition files. */
export type PlanField = "contents" | "matchers" | "enabled" | "config_type" | "metadata";
export declare function effectiveConfigType(configType: ConfigTypeName | undefined): ConfigTypeName;
export declare function sameContents(languages: Languages, configType: ConfigTypeName | undefined, a: string, b: string): boolean;
/** Matchers as a sorted set of canonical strings; one that does not parse stays as written. */
export declare function canonicalMatcherSet(languages: Languages, matchers: readonly string[]): string[];
/** Which fields differ between what we would send and what the server has. */
export declare function changedFields(languages: Languages, desired: PipelineMessage, remote: PipelineMessage): PlanField[];
