/**
 * Alloy's standard library as the scope sees it (syntax/internal/stdlib):
 * the top-level names a traversal may start with, the deprecated names and
 * what replaced them, and the functions that need a lower stability level.
 */
import type { StabilityLevel } from "../config/types.js";

/** Namespaces and functions of the current stdlib. */
const CURRENT = ["array", "coalesce", "constants", "convert", "encoding", "file", "json_path", "string", "sys"];

/** Deprecated top-level functions → the namespaced function that replaced each. */
export const DEPRECATED_STDLIB: ReadonlyMap<string, string> = new Map([
  ["env", "sys.env"],
  ["nonsensitive", "convert.nonsensitive"],
  ["concat", "array.concat"],
  ["json_decode", "encoding.from_json"],
  ["yaml_decode", "encoding.from_yaml"],
  ["base64_decode", "encoding.from_base64"],
  ["format", "string.format"],
  ["join", "string.join"],
  ["replace", "string.replace"],
  ["split", "string.split"],
  ["to_lower", "string.to_lower"],
  ["to_upper", "string.to_upper"],
  ["trim", "string.trim"],
  ["trim_prefix", "string.trim_prefix"],
  ["trim_suffix", "string.trim_suffix"],
  ["trim_space", "string.trim_space"],
]);

const IDENTIFIERS: ReadonlySet<string> = new Set([...CURRENT, ...DEPRECATED_STDLIB.keys()]);

/** Functions below generally-available, by full dotted name. */
export const STDLIB_STABILITY: ReadonlyMap<string, StabilityLevel> = new Map([
  ["array.combine_maps", "experimental"],
  ["array.group_by", "experimental"],
]);

/** Variables every module scope provides besides the stdlib. */
export const SCOPE_GLOBALS: readonly string[] = ["module_path"];

export function isStdlibIdentifier(name: string): boolean {
  return IDENTIFIERS.has(name);
}
