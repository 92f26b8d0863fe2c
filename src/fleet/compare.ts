/**
 * Semantic comparison of a pipeline in the repository with the server's copy
 * (SPEC §5): the server may reformat contents or re-quote matchers, and that
 * must never show up as a change. The language work (parse, print, matcher
 * canonical form) comes in through `Languages`, so this stays pure.
 */
import { isDeepStrictEqual } from "node:util";
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
  yamlValue(text: string): { value: unknown } | undefined;
  parseMatcher(text: string): ParsedMatcher | { error: string };
  /** Whether a matcher holds for a collector with these attributes (regex anchored, RE2). */
  matches(matcher: ParsedMatcher, attributes: Record<string, string>): boolean;
}

/** Fields a plan can report as changed, named as in the definition files. */
export type PlanField = "contents" | "matchers" | "enabled" | "config_type" | "metadata";

export function effectiveConfigType(configType: ConfigTypeName | undefined): ConfigTypeName {
  return configType === "CONFIG_TYPE_OTEL" ? "CONFIG_TYPE_OTEL" : "CONFIG_TYPE_ALLOY";
}

/** A trailing line break is not content (the API has been seen adding one). */
function trimTrailingNewlines(text: string): string {
  return text.replace(/(?:\r?\n)+$/, "");
}

export function sameContents(languages: Languages, configType: ConfigTypeName | undefined, a: string, b: string): boolean {
  if (a === b) return true;
  if (effectiveConfigType(configType) === "CONFIG_TYPE_OTEL") {
    const left = languages.yamlValue(a);
    const right = languages.yamlValue(b);
    if (left && right) return isDeepStrictEqual(left.value, right.value);
  } else {
    const left = languages.canonicalAlloy(a);
    const right = left === undefined ? undefined : languages.canonicalAlloy(b);
    if (left !== undefined && right !== undefined) return left === right;
  }
  return trimTrailingNewlines(a) === trimTrailingNewlines(b);
}

/** Matchers as a sorted set of canonical strings; one that does not parse stays as written. */
export function canonicalMatcherSet(languages: Languages, matchers: readonly string[]): string[] {
  const set = new Set<string>();
  for (const text of matchers) {
    const parsed = languages.parseMatcher(text);
    set.add("canonical" in parsed ? parsed.canonical : text.trim());
  }
  return [...set].sort();
}

function sameMetadata(a: PipelineMessage["metadata"], b: PipelineMessage["metadata"]): boolean {
  // An absent Struct and an empty one say the same thing.
  return isDeepStrictEqual(a ?? {}, b ?? {});
}

/** Which fields differ between what we would send and what the server has. */
export function changedFields(languages: Languages, desired: PipelineMessage, remote: PipelineMessage): PlanField[] {
  const fields: PlanField[] = [];
  const desiredType = effectiveConfigType(desired.configType);
  if (!sameContents(languages, desiredType, desired.contents, remote.contents)) fields.push("contents");
  if (!isDeepStrictEqual(canonicalMatcherSet(languages, desired.matchers), canonicalMatcherSet(languages, remote.matchers))) {
    fields.push("matchers");
  }
  // proto3 may leave a false `enabled` out of a response.
  if ((desired.enabled ?? false) !== (remote.enabled ?? false)) fields.push("enabled");
  if (desiredType !== effectiveConfigType(remote.configType)) fields.push("config_type");
  if (!sameMetadata(desired.metadata, remote.metadata)) fields.push("metadata");
  return fields;
}
