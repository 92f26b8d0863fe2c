/**
 * Output of `fleetlint match`: JSON per SPEC §2.1 (plus `disabled`), or text
 * for people, one block per collector.
 */
import type { CollectorMatch } from "./index.js";
import { stringifyJson } from "../core/neutralize.js";

export function renderJson(results: readonly CollectorMatch[]): string {
  return `${stringifyJson(results, 2)}\n`;
}

function describeCollector(match: CollectorMatch): string {
  const pairs = Object.entries(match.collector).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const attributes = pairs.length > 0 ? pairs.join(", ") : "(no attributes)";
  if (match.id === undefined) return attributes;
  const label = match.name && match.name !== match.id ? `${match.name} (${match.id})` : match.id;
  return `${label}: ${attributes}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function renderText(results: readonly CollectorMatch[]): string {
  const blocks = results.map((r) => {
    const lines = [`collector ${describeCollector(r)}`];
    if (r.enabled === false) {
      lines.push("  receives nothing: the collector is disabled");
      return lines.join("\n");
    }
    lines.push(r.pipelines.length > 0 ? `  receives ${count(r.pipelines.length, "pipeline")}:` : "  receives no pipeline");
    for (const name of r.pipelines) lines.push(`    ${name}`);
    if (r.disabled.length > 0) {
      lines.push(`  would also receive ${count(r.disabled.length, "disabled pipeline")}:`);
      for (const name of r.disabled) lines.push(`    ${name} (disabled)`);
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
