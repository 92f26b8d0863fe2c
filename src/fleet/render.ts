/**
 * `plan` output: text for a terminal, markdown for a pull-request comment,
 * JSON for tools (SPEC §2.1). Pure functions of the plans. Everything `sync`
 * would do or refuse is shown: contents diffs, matcher and field changes,
 * blocked takeovers, and the lint errors and guards that would stop it.
 * Names, sources, matchers and diffs come from the server: text output
 * escapes their control characters and workflow-command lines, markdown
 * output renders them as inert `<code>` (no markup, no mentions).
 */
import { escapeMarkdown, neutralize, neutralizeBlock, stringifyJson } from "../core/neutralize.js";
import type { PipelineImpact, TargetImpact } from "./impact.js";
import { lintRefusal } from "./assess.js";
import { hasChanges, planJson, type LintCounts, type PlanUpdate, type TargetPlan } from "./plan.js";
import { pluralize as plural } from "../report/index.js";

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

/** The matcher change as diff lines (computed by the plan, by meaning). */
function matcherDiff(update: PlanUpdate): string[] {
  return update.matcherDiff ?? [...(update.matchers?.before ?? []).map((m) => `- ${m}`), ...(update.matchers?.after ?? []).map((m) => `+ ${m}`)];
}

/** `enabled: false -> true`, `config_type: …` lines of an update. */
function fieldLines(update: PlanUpdate): string[] {
  const lines: string[] = [];
  if (update.enabled) lines.push(`enabled: ${update.enabled.before} -> ${update.enabled.after}`);
  if (update.configType) lines.push(`config_type: ${update.configType.before} -> ${update.configType.after}`);
  return lines;
}

/** The changed fields, with the before and after of `enabled` and `config_type` inline. */
function fieldSummary(update: PlanUpdate): string {
  return update.fields
    .map((field) => {
      if (field === "enabled" && update.enabled) return `enabled: ${update.enabled.before} -> ${update.enabled.after}`;
      if (field === "config_type" && update.configType) return `config_type: ${update.configType.before} -> ${update.configType.after}`;
      return field;
    })
    .join(", ");
}

export function renderText(plans: readonly TargetPlan[], lint?: LintCounts): string {
  const out: string[] = [];
  const n = neutralize;
  const gate = lint ? lintRefusal(lint) : undefined;
  if (gate) out.push(`Sync would refuse: ${gate}`);
  for (const plan of plans) {
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
      for (const line of fieldLines(update)) out.push(`      ${line}`);
      if (update.matchers) {
        out.push("      matchers:");
        for (const line of matcherDiff(update)) out.push(`        ${n(line)}`);
      }
      reach("update", update.name);
      if (update.diff) out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete) {
      out.push(`  - delete   ${n(name)}`);
      reach("delete", name);
    }
    for (const t of plan.takeover) {
      const owner = `owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""}`;
      out.push(t.blocked ? `  x blocked  ${n(t.name)} (${owner}): ${t.reason ?? "no flag allows this takeover"}` : `  ! takeover ${n(t.name)} (${owner})`);
      reach("takeover", t.name);
    }
    // The lint gate is said once above; here only what concerns this target.
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("  sync would refuse this target:");
      for (const reason of own) out.push(`    ${n(reason)}`);
    }
    if (impact && hasChanges(plan)) out.push(`  Blast radius: ${fleetSummary(impact)}`);
    for (const w of impact?.warnings ?? []) out.push(`  warning: ${neutralize(w.message)}`);
    if (plan.impactUnavailable) out.push(`  Blast radius unknown: ${neutralize(plan.impactUnavailable)}`);
  }
  return `${out.join("\n")}\n`;
}

export function renderMarkdown(plans: readonly TargetPlan[], lint?: LintCounts): string {
  const out: string[] = ["## fleetlint plan", ""];
  const gate = lint ? lintRefusal(lint) : undefined;
  if (gate) out.push("> [!CAUTION]", `> **Sync would refuse:** ${gate}.`, "");
  for (const plan of plans) {
    out.push(`### ${code(plan.namespace)} (stack ${code(plan.stack)})`, "");
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) out.push("**Sync would refuse this target:**", "", ...own.map((r) => `- ${escapeMarkdown(r)}`), "");
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
    for (const u of plan.update) out.push(`| update | ${code(u.name)} | ${fieldSummary(u)} |${column("update", u.name)}`);
    for (const name of plan.delete) out.push(`| **delete** | ${code(name)} | |${column("delete", name)}`);
    for (const t of plan.takeover) {
      if (t.blocked) out.push(`| **blocked** | ${code(t.name)} | owned by ${code(t.source)}: ${t.reason ?? "no flag allows this takeover"} |${column("takeover", t.name)}`);
      else out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |${column("takeover", t.name)}`);
    }
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
      if (u.matchers) out.push(fenced(`Matchers: ${code(u.name)}`, matcherDiff(u).join("\n")));
      if (u.diff) out.push(fenced(`Contents diff: ${code(u.name)}`, u.diff));
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

/** A collapsed diff block whose fence no line of the (neutralised) text can close. */
function fenced(summary: string, text: string): string {
  const body = neutralizeBlock(text);
  const fence = longestRun(body, "`") >= 3 || longestRun(body, "~") >= 3 ? "~".repeat(Math.max(4, longestRun(body, "~") + 1)) : "```";
  return [`<details><summary>${summary}</summary>`, "", `${fence}diff`, body.replace(/\n$/, ""), fence, "", "</details>", ""].join("\n");
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

/** `lint`, when given, adds the lint counts and the "sync would refuse" line. */
export function renderPlans(plans: readonly TargetPlan[], format: PlanFormat, lint?: LintCounts): string {
  if (format === "json") return `${stringifyJson(planJson(plans, lint), 2)}\n`;
  if (format === "markdown") return renderMarkdown(plans, lint);
  return renderText(plans, lint);
}
