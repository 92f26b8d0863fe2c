/**
 * `plan` output: text for a terminal, markdown for a pull-request comment,
 * JSON for tools (SPEC §2.1). Pure functions of the plans. Everything `sync`
 * would do or refuse is shown: contents diffs, matcher and field changes,
 * blocked takeovers, and the lint errors and guards that would stop it.
 */
import { hasChanges, planJson, type LintCounts, type PlanUpdate, type TargetPlan } from "./plan.js";
import { lintRefusal } from "./assess.js";

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
  const gate = lint ? lintRefusal(lint) : undefined;
  if (gate) out.push(`Sync would refuse: ${gate}`);
  for (const plan of plans) {
    out.push(`Target namespace '${plan.namespace}' (stack '${plan.stack}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create) out.push(`  + create   ${name}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${update.name} (${update.fields.join(", ")})`);
      for (const line of fieldLines(update)) out.push(`      ${line}`);
      if (update.matchers) {
        out.push("      matchers:");
        for (const line of matcherDiff(update)) out.push(`        ${line}`);
      }
      if (update.diff) out.push(indent(update.diff, "      "));
    }
    for (const name of plan.delete) out.push(`  - delete   ${name}`);
    for (const t of plan.takeover) {
      const owner = `owned by ${t.source}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""}`;
      out.push(t.blocked ? `  x blocked  ${t.name} (${owner}): ${t.reason ?? "no flag allows this takeover"}` : `  ! takeover ${t.name} (${owner})`);
    }
    // The lint gate is said once above; here only what concerns this target.
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("  sync would refuse this target:");
      for (const reason of own) out.push(`    ${reason}`);
    }
  }
  return `${out.join("\n")}\n`;
}

export function renderMarkdown(plans: readonly TargetPlan[], lint?: LintCounts): string {
  const out: string[] = ["## fleetlint plan", ""];
  const gate = lint ? lintRefusal(lint) : undefined;
  if (gate) out.push(`> [!CAUTION]`, `> **Sync would refuse:** ${gate}.`, "");
  const cell = (text: string): string => text.replace(/\|/g, "\\|");
  for (const plan of plans) {
    out.push(`### \`${plan.namespace}\` (stack \`${plan.stack}\`)`, "");
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("**Sync would refuse this target:**", "", ...own.map((r) => `- ${r}`), "");
    }
    if (!hasChanges(plan)) {
      out.push(`No changes. ${plan.unchanged.length} pipeline${plan.unchanged.length === 1 ? "" : "s"} unchanged.`, "");
      continue;
    }
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    for (const name of plan.create) out.push(`| create | \`${cell(name)}\` | |`);
    for (const u of plan.update) out.push(`| update | \`${cell(u.name)}\` | ${cell(fieldSummary(u))} |`);
    for (const name of plan.delete) out.push(`| **delete** | \`${cell(name)}\` | |`);
    for (const t of plan.takeover) {
      if (t.blocked) out.push(`| **blocked** | \`${cell(t.name)}\` | owned by \`${cell(t.source)}\`: ${cell(t.reason ?? "no flag allows this takeover")} |`);
      else out.push(`| **take over** | \`${cell(t.name)}\` | owned by \`${cell(t.source)}\` |`);
    }
    out.push("");
    for (const u of plan.update) {
      if (u.matchers) {
        out.push(`<details><summary>Matchers: <code>${escapeHtml(u.name)}</code></summary>`, "", "```diff", ...matcherDiff(u), "```", "", "</details>", "");
      }
      if (!u.diff) continue;
      const fence = u.diff.includes("```") ? "~~~~" : "```";
      out.push(`<details><summary>Contents diff: <code>${escapeHtml(u.name)}</code></summary>`, "", `${fence}diff`, u.diff.replace(/\n$/, ""), fence, "", "</details>", "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `lint`, when given, adds the lint counts and the "sync would refuse" line. */
export function renderPlans(plans: readonly TargetPlan[], format: PlanFormat, lint?: LintCounts): string {
  if (format === "json") return `${JSON.stringify(planJson(plans, lint), null, 2)}\n`;
  if (format === "markdown") return renderMarkdown(plans, lint);
  return renderText(plans, lint);
}
