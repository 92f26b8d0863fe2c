/**
 * `plan` output: text for a terminal, markdown for a pull-request comment,
 * JSON for tools (SPEC §2.1). Pure functions of the plans. Names, sources
 * and diffs come from the server: text output escapes their control
 * characters and workflow-command lines, markdown output renders them as
 * inert `<code>` (no markup, no mentions).
 */
import { escapeMarkdown, neutralize, neutralizeBlock } from "../core/neutralize.js";
import type { PipelineImpact, TargetImpact } from "./impact.js";
import { hasChanges, planJson, type TargetPlan } from "./plan.js";

export type PlanFormat = "text" | "json" | "markdown";

function summary(plan: TargetPlan): string {
  const parts = [
    `${plan.create.length} to create`,
    `${plan.update.length} to update`,
    `${plan.delete.length} to delete`,
    `${plan.takeover.length} to take over`,
    `${plan.unchanged.length} unchanged`,
  ];
  return parts.join(", ");
}

function indent(text: string, prefix: string): string {
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `${prefix}${line}`)
    .join("\n");
}

/** How many collectors lists show before "and N more". */
const SHOWN = 10;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The first ten collectors of a list, by name and id, and how many more. */
function firstCollectors(keys: readonly string[], impact: TargetImpact, quote: (label: string) => string = (label) => label): string {
  const shown = keys.slice(0, SHOWN).map((key) => quote(impact.labels[key] ?? key));
  return keys.length > SHOWN ? `${shown.join(", ")} and ${keys.length - SHOWN} more` : shown.join(", ");
}

/** `collectors 3 → 5` and who gains or loses the pipeline. */
function reachLines(entry: PipelineImpact, impact: TargetImpact): string[] {
  const lines = [`collectors ${entry.before} → ${entry.after}`];
  if (entry.gained.length > 0) lines.push(`gains ${entry.gained.length}: ${firstCollectors(entry.gained, impact)}`);
  if (entry.lost.length > 0) lines.push(`loses ${entry.lost.length}: ${firstCollectors(entry.lost, impact)}`);
  return lines;
}

function impactOf(plan: TargetPlan): (change: PipelineImpact["change"], name: string) => PipelineImpact | undefined {
  const byKey = new Map((plan.impact?.pipelines ?? []).map((i) => [`${i.change}\u0000${i.pipeline}`, i]));
  return (change, name) => byKey.get(`${change}\u0000${name}`);
}

function fleetSummary(impact: TargetImpact): string {
  const kinds = [`${impact.collectors.alloy} Alloy`, ...(impact.collectors.otel > 0 ? [`${impact.collectors.otel} OTel`] : [])].join(" and ");
  const changed = impact.collectorsChanged;
  return `${plural(changed, "collector")} ${changed === 1 ? "changes" : "change"} configuration (of ${kinds} enabled collectors)`;
}

export function renderText(plans: readonly TargetPlan[]): string {
  const out: string[] = [];
  for (const plan of plans) {
    const n = neutralize;
    out.push(`Target namespace '${n(plan.namespace)}' (stack '${n(plan.stack)}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    const impact = plan.impact;
    const find = impactOf(plan);
    const reach = (change: PipelineImpact["change"], name: string): void => {
      const entry = find(change, name);
      if (impact && entry) for (const line of reachLines(entry, impact)) out.push(`      ${n(line)}`);
    };
    for (const name of plan.create) {
      out.push(`  + create   ${n(name)}`);
      reach("create", name);
    }
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      reach("update", update.name);
      if (update.diff) out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete) {
      out.push(`  - delete   ${n(name)}`);
      reach("delete", name);
    }
    for (const t of plan.takeover) {
      out.push(`  ! takeover ${n(t.name)} (owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""})`);
      reach("takeover", t.name);
    }
    if (impact && hasChanges(plan)) out.push(`  Blast radius: ${fleetSummary(impact)}`);
    for (const w of impact?.warnings ?? []) out.push(`  warning: ${neutralize(w.message)}`);
    if (plan.impactUnavailable) out.push(`  Blast radius unknown: ${neutralize(plan.impactUnavailable)}`);
  }
  return `${out.join("\n")}\n`;
}

export function renderMarkdown(plans: readonly TargetPlan[]): string {
  const out: string[] = ["## fleetlint plan", ""];
  for (const plan of plans) {
    out.push(`### ${code(plan.namespace)} (stack ${code(plan.stack)})`, "");
    if (!hasChanges(plan)) {
      out.push(`No changes. ${plan.unchanged.length} pipeline${plan.unchanged.length === 1 ? "" : "s"} unchanged.`, "");
      continue;
    }
    const impact = plan.impact;
    const find = impactOf(plan);
    const column = (change: PipelineImpact["change"], name: string): string => {
      if (!impact) return "";
      const entry = find(change, name);
      if (!entry) return " |";
      const delta = [entry.gained.length > 0 ? `+${entry.gained.length}` : "", entry.lost.length > 0 ? `−${entry.lost.length}` : ""].filter(Boolean).join(" ");
      return ` ${entry.before} → ${entry.after}${delta ? ` (${delta})` : ""} |`;
    };
    out.push(`${summary(plan)}.`, "", `| action | pipeline | details |${impact ? " collectors |" : ""}`, `|---|---|---|${impact ? "---|" : ""}`);
    for (const name of plan.create) out.push(`| create | ${code(name)} | |${column("create", name)}`);
    for (const u of plan.update) out.push(`| update | ${code(u.name)} | ${u.fields.join(", ")} |${column("update", u.name)}`);
    for (const name of plan.delete) out.push(`| **delete** | ${code(name)} | |${column("delete", name)}`);
    for (const t of plan.takeover) out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |${column("takeover", t.name)}`);
    out.push("");
    if (impact) {
      out.push(`**Blast radius:** ${fleetSummary(impact)}.`, "");
      for (const w of impact.warnings) out.push(`> [!WARNING]`, `> ${escapeMarkdown(w.message)}`, "");
      const moves = impact.pipelines.filter((i) => i.gained.length + i.lost.length > 0);
      if (moves.length > 0) {
        out.push("<details><summary>Collectors that gain or lose a pipeline</summary>", "");
        for (const i of moves) {
          const parts = [];
          if (i.gained.length > 0) parts.push(`gains ${i.gained.length}: ${firstCollectors(i.gained, impact, code)}`);
          if (i.lost.length > 0) parts.push(`loses ${i.lost.length}: ${firstCollectors(i.lost, impact, code)}`);
          out.push(`- ${code(i.pipeline)} (${i.change}): ${parts.join("; ")}`);
        }
        out.push("", "</details>", "");
      }
    }
    if (plan.impactUnavailable) out.push(`Blast radius unknown: ${escapeMarkdown(plan.impactUnavailable)}.`, "");
    for (const u of plan.update) {
      if (!u.diff) continue;
      const diff = neutralizeBlock(u.diff);
      const fence = longestRun(diff, "`") >= 3 || longestRun(diff, "~") >= 3 ? "~".repeat(Math.max(4, longestRun(diff, "~") + 1)) : "```";
      out.push(`<details><summary>Contents diff: ${code(u.name)}</summary>`, "", `${fence}diff`, diff.replace(/\n$/, ""), fence, "", "</details>", "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

/** Server text as inert inline code: a backtick, `<`, `@` or `|` in a name cannot break out or notify anyone. */
function code(text: string): string {
  return /^[\w.:=/ -]+$/.test(text) ? `\`${text}\`` : `<code>${escapeMarkdown(text)}</code>`;
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

export function renderPlans(plans: readonly TargetPlan[], format: PlanFormat): string {
  if (format === "json") return `${JSON.stringify(planJson(plans), null, 2)}\n`;
  if (format === "markdown") return renderMarkdown(plans);
  return renderText(plans);
}
