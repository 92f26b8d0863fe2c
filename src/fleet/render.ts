/**
 * `plan` output: text for a terminal, markdown for a pull-request comment,
 * JSON for tools (SPEC §2.1). Pure functions of the plans. Names, sources
 * and diffs come from the server: text output escapes their control
 * characters and workflow-command lines, markdown output renders them as
 * inert `<code>` (no markup, no mentions).
 */
import { escapeMarkdown, neutralize, neutralizeBlock } from "../core/neutralize.js";
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

export function renderText(plans: readonly TargetPlan[]): string {
  const out: string[] = [];
  for (const plan of plans) {
    const n = neutralize;
    out.push(`Target namespace '${n(plan.namespace)}' (stack '${n(plan.stack)}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create) out.push(`  + create   ${n(name)}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      if (update.diff) out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete) out.push(`  - delete   ${n(name)}`);
    for (const t of plan.takeover) {
      out.push(`  ! takeover ${n(t.name)} (owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""})`);
    }
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
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    for (const name of plan.create) out.push(`| create | ${code(name)} | |`);
    for (const u of plan.update) out.push(`| update | ${code(u.name)} | ${u.fields.join(", ")} |`);
    for (const name of plan.delete) out.push(`| **delete** | ${code(name)} | |`);
    for (const t of plan.takeover) out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |`);
    out.push("");
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
