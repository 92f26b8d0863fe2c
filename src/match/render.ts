/**
 * Output of `fleetlint match`: JSON per SPEC §2.1 (plus `disabled`), or text
 * for people, one block per collector.
 */
import type { CollectorMatch } from "./index.js";

export function renderJson(results: readonly CollectorMatch[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function describeCollector(collector: CollectorMatch["collector"]): string {
  const pairs = Object.entries(collector).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return pairs.length > 0 ? pairs.join(", ") : "(no attributes)";
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function renderText(results: readonly CollectorMatch[]): string {
  const blocks = results.map((r) => {
    const lines = [`collector ${describeCollector(r.collector)}`];
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
