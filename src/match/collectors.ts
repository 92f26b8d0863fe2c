/**
 * Collector descriptions for `fleetlint match`: `--collector k=v,k2=v2`
 * flags and `--collectors FILE` (a YAML or JSON list of attribute maps).
 * Failures throw CollectorSpecError with a message that shows the expected form.
 */
import { parse } from "yaml";
import type { Attributes } from "./index.js";

export class CollectorSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CollectorSpecError";
  }
}

/** `key=value,key2=value2`: the value runs to the next comma and may contain `=`. */
export function parseCollectorFlag(spec: string): Attributes {
  const attributes: Record<string, string> = {};
  const usage = "expected key=value pairs separated by commas, such as collector.os=linux,env=prod";
  if (spec.trim() === "") throw new CollectorSpecError(`Invalid --collector '': ${usage}`);
  for (const pair of spec.split(",")) {
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (key === "") throw new CollectorSpecError(`Invalid --collector '${spec}': '${pair}' has no key; ${usage}`);
    // `collector.os` alone names an attribute but not its value (`key=` is an explicit empty value).
    if (eq < 0) throw new CollectorSpecError(`Invalid --collector '${spec}': '${key}' has no value; ${usage}`);
    if (Object.hasOwn(attributes, key)) throw new CollectorSpecError(`Invalid --collector '${spec}': attribute '${key}' is given twice`);
    attributes[key] = pair.slice(eq + 1).trim();
  }
  return attributes;
}

/**
 * A YAML or JSON list of attribute maps. Every scalar is read as a string
 * (YAML's failsafe schema), so `version: 1.10` stays "1.10".
 */
export function parseCollectorsFile(text: string, path: string): Attributes[] {
  let data: unknown;
  try {
    data = parse(text, { schema: "failsafe" });
  } catch (error) {
    throw new CollectorSpecError(`Invalid collectors file ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data)) throw new CollectorSpecError(`Invalid collectors file ${path}: expected a list of attribute maps`);
  return data.map((item: unknown, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      throw new CollectorSpecError(`Invalid collectors file ${path}: item ${index + 1} is not a map of attributes`);
    }
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (typeof value !== "string") {
        throw new CollectorSpecError(`Invalid collectors file ${path}: attribute '${key}' of item ${index + 1} is not a single value`);
      }
      attributes[key] = value;
    }
    return attributes;
  });
}
