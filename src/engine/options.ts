/**
 * Rule options from the config, checked against each rule's `meta.schema` and
 * merged over `meta.defaultOptions`. ajv is imported only when some rule has
 * options written, so a plain run never pays for it.
 */
import type { ResolvedConfig } from "../config/types.js";
import { FleetlintError } from "../core/errors.js";
import type { RuleMeta } from "./types.js";
import { parseSetting } from "./settings.js";

/** Every options array written in the config for a rule: top level and overrides. */
function writtenOptions(config: ResolvedConfig, id: string): { where: string; options: unknown[] }[] {
  const found: { where: string; options: unknown[] }[] = [];
  const top = config.rules[id];
  if (top !== undefined) {
    const { options } = parseSetting(top);
    if (options && options.length > 0) found.push({ where: `rules.${id}`, options });
  }
  config.overrides.forEach((o, i) => {
    const setting = o.rules[id];
    if (setting === undefined) return;
    const { options } = parseSetting(setting);
    if (options && options.length > 0) found.push({ where: `overrides[${i}].rules.${id}`, options });
  });
  return found;
}

/** Throws a FleetlintError of kind `config` naming the config entry when options do not fit a rule's schema. */
export async function validateRuleOptions(config: ResolvedConfig, metas: Iterable<RuleMeta>): Promise<void> {
  let ajv: import("ajv").Ajv | undefined;
  const where = config.path ?? "configuration";
  for (const meta of metas) {
    for (const entry of writtenOptions(config, meta.id)) {
      const schema = meta.schema ?? [];
      if (schema.length === 0) throw new FleetlintError("config", `${where}: ${entry.where}: rule ${meta.id} takes no options`);
      if (!ajv) {
        const { Ajv } = await import("ajv");
        ajv = new Ajv({ allErrors: true, strict: false });
      }
      const validate = ajv.compile({ type: "array", items: schema, minItems: 0, maxItems: schema.length });
      if (!validate(entry.options)) {
        const detail = ajv.errorsText(validate.errors, { dataVar: "options" });
        throw new FleetlintError("config", `${where}: ${entry.where}: invalid options for rule ${meta.id}: ${detail}`);
      }
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** User options over the rule's defaults, index by index; objects merge one level deep (as ESLint). */
export function mergeOptions(defaults: readonly unknown[] | undefined, written: readonly unknown[] | undefined): unknown[] {
  const base = defaults ?? [];
  const user = written ?? [];
  const length = Math.max(base.length, user.length);
  const merged: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const d = base[i];
    const u = user[i];
    if (isPlainObject(d) && isPlainObject(u)) merged.push({ ...d, ...u });
    else merged.push(u === undefined ? d : u);
  }
  return merged;
}
