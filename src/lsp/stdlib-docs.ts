/**
 * Alloy's standard library as the editor shows it: each function and
 * constant with its signature and what it returns, for hover and completion.
 * The names follow src/alloy-semantics/stdlib.ts (the scope the checker
 * knows); the texts summarise Alloy's stdlib reference pages.
 */
import { DEPRECATED_STDLIB, STDLIB_STABILITY } from "../alloy-semantics/stdlib.js";

export interface StdlibEntry {
  /** Full dotted name, e.g. `string.format`. */
  name: string;
  kind: "function" | "constant" | "namespace";
  /** How it is called, e.g. `string.format(format, args...)`. */
  signature: string;
  summary: string;
}

const DOCS_BASE = "https://grafana.com/docs/alloy/latest/reference/stdlib/";

const FUNCTIONS: readonly [string, string, string][] = [
  ["array.concat", "array.concat(arrays...)", "Joins arrays into one array, in order."],
  ["array.combine_maps", "array.combine_maps(left, right, keys)", "Joins two arrays of objects on the listed keys, merging the objects that match."],
  ["array.group_by", "array.group_by(array, key, drop_empty)", "Groups an array of objects by the value of one key."],
  ["coalesce", "coalesce(values...)", "Returns the first argument that is not null or an empty value."],
  ["convert.nonsensitive", "convert.nonsensitive(secret)", "Turns a secret into a plain string, so it can be shown or passed where a string is expected."],
  ["encoding.from_base64", "encoding.from_base64(string)", "Decodes a standard base64 string."],
  ["encoding.from_URLbase64", "encoding.from_URLbase64(string)", "Decodes a URL-safe base64 string."],
  ["encoding.to_base64", "encoding.to_base64(string)", "Encodes a string as standard base64."],
  ["encoding.to_URLbase64", "encoding.to_URLbase64(string)", "Encodes a string as URL-safe base64."],
  ["encoding.from_json", "encoding.from_json(string)", "Decodes a JSON string into an Alloy value."],
  ["encoding.from_yaml", "encoding.from_yaml(string)", "Decodes a YAML string into an Alloy value."],
  ["file.path_join", "file.path_join(elements...)", "Joins path elements with the operating system's separator."],
  ["json_path", "json_path(json, path)", "Evaluates a JSONPath expression against a JSON string and returns the matches as an array."],
  ["string.format", "string.format(format, args...)", "Formats values with a printf-style verb string, like Go's fmt.Sprintf."],
  ["string.join", "string.join(array, separator)", "Joins an array of strings with a separator."],
  ["string.replace", "string.replace(string, old, new)", "Replaces every occurrence of `old` with `new`."],
  ["string.split", "string.split(string, separator)", "Splits a string into an array at each separator."],
  ["string.to_lower", "string.to_lower(string)", "Converts a string to lower case."],
  ["string.to_upper", "string.to_upper(string)", "Converts a string to upper case."],
  ["string.trim", "string.trim(string, cutset)", "Removes the characters of `cutset` from both ends of a string."],
  ["string.trim_prefix", "string.trim_prefix(string, prefix)", "Removes a leading prefix, when present."],
  ["string.trim_suffix", "string.trim_suffix(string, suffix)", "Removes a trailing suffix, when present."],
  ["string.trim_space", "string.trim_space(string)", "Removes leading and trailing white space."],
  ["sys.env", "sys.env(name)", "The value of an environment variable of the Alloy process, or an empty string when it is not set."],
];

const CONSTANTS: readonly [string, string][] = [
  ["constants.hostname", "The host name of the machine Alloy runs on."],
  ["constants.os", "The operating system Alloy runs on (Go's GOOS, e.g. `linux`)."],
  ["constants.arch", "The processor architecture Alloy runs on (Go's GOARCH, e.g. `amd64`)."],
  ["module_path", "The folder of the module being evaluated (the directory of the main configuration file or of the imported module)."],
];

const NAMESPACES: readonly [string, string][] = [
  ["array", "Functions on arrays."],
  ["constants", "Facts about the machine Alloy runs on."],
  ["convert", "Conversions between value types."],
  ["encoding", "Encoding and decoding of base64, JSON and YAML."],
  ["file", "Functions on file paths."],
  ["string", "Functions on strings."],
  ["sys", "The environment of the Alloy process."],
];

function build(): Map<string, StdlibEntry> {
  const entries = new Map<string, StdlibEntry>();
  for (const [name, signature, summary] of FUNCTIONS) entries.set(name, { name, kind: "function", signature, summary });
  for (const [name, summary] of CONSTANTS) entries.set(name, { name, kind: "constant", signature: name, summary });
  for (const [name, summary] of NAMESPACES) entries.set(name, { name, kind: "namespace", signature: name, summary });
  for (const [old, replacement] of DEPRECATED_STDLIB) {
    const current = entries.get(replacement);
    entries.set(old, {
      name: old,
      kind: "function",
      signature: current ? current.signature.replace(replacement, old) : `${old}(...)`,
      summary: `Deprecated: use \`${replacement}\` instead.`,
    });
  }
  return entries;
}

export const STDLIB: ReadonlyMap<string, StdlibEntry> = build();

/** The reference page of a stdlib name (its namespace's page). */
export function stdlibDocsUrl(name: string): string {
  const current = DEPRECATED_STDLIB.get(name) ?? name;
  const page = current.includes(".") ? current.slice(0, current.indexOf(".")) : current;
  return `${DOCS_BASE}${page}/`;
}

/** Entries directly under a namespace (`string` -> `string.format`, …), or the top level for "". */
export function stdlibMembers(namespace: string): StdlibEntry[] {
  const prefix = namespace === "" ? "" : `${namespace}.`;
  return [...STDLIB.values()].filter((e) => e.name.startsWith(prefix) && !e.name.slice(prefix.length).includes("."));
}

export function stdlibStability(name: string): string | undefined {
  return STDLIB_STABILITY.get(name);
}
