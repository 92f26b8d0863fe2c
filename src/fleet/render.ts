/**
 * `plan` output: text for a terminal, markdown for a pull-request comment,
 * JSON for tools (SPEC §2.1). Pure functions of the plans. Everything `sync`
 * would do or refuse is shown: contents diffs, matcher and field changes,
 * blocked takeovers, and the lint errors and guards that would stop it.
 * Names, sources, matchers and diffs come from the server: text output
 * escapes their control characters and workflow-command lines, markdown
 * output renders them as inert `<code>` (no markup, no mentions).
 */
import { escapeMarkdown, neutralize, neutralizeBlock } from "../core/neutralize.js";
import { lintRefusal } from "./assess.js";
import { hasChanges, planJson, type LintCounts, type PlanUpdate, type TargetPlan } from "./plan.js";

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
  const n = neutralize;
  const gate = lint ? lintRefusal(lint) : undefined;
  if (gate) out.push(`Sync would refuse: ${gate}`);
  for (const plan of plans) {
    out.push(`Target namespace '${n(plan.namespace)}' (stack '${n(plan.stack)}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create) out.push(`  + create   ${n(name)}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      for (const line of fieldLines(update)) out.push(`      ${line}`);
      if (update.matchers) {
        out.push("      matchers:");
        for (const line of matcherDiff(update)) out.push(`        ${n(line)}`);
      }
      if (update.diff) out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete) out.push(`  - delete   ${n(name)}`);
    for (const t of plan.takeover) {
      const owner = `owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""}`;
      out.push(t.blocked ? `  x blocked  ${n(t.name)} (${owner}): ${t.reason ?? "no flag allows this takeover"}` : `  ! takeover ${n(t.name)} (${owner})`);
    }
    // The lint gate is said once above; here only what concerns this target.
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("  sync would refuse this target:");
      for (const reason of own) out.push(`    ${n(reason)}`);
    }
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
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    for (const name of plan.create) out.push(`| create | ${code(name)} | |`);
    for (const u of plan.update) out.push(`| update | ${code(u.name)} | ${fieldSummary(u)} |`);
    for (const name of plan.delete) out.push(`| **delete** | ${code(name)} | |`);
    for (const t of plan.takeover) {
      if (t.blocked) out.push(`| **blocked** | ${code(t.name)} | owned by ${code(t.source)}: ${t.reason ?? "no flag allows this takeover"} |`);
      else out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |`);
    }
    out.push("");
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
  if (format === "json") return `${JSON.stringify(planJson(plans, lint), null, 2)}\n`;
  if (format === "markdown") return renderMarkdown(plans, lint);
  return renderText(plans, lint);
}
