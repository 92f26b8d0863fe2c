import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  lintRefusal
} from "./chunk-JKHIXBZC.js";
import {
  hasChanges,
  planJson
} from "./chunk-CBONEPEG.js";
import {
  escapeMarkdown,
  neutralize,
  neutralizeBlock
} from "./chunk-ICAS7NOP.js";

// dist/src/fleet/render.js
function summary(plan) {
  const parts = [
    `${plan.create.length} to create`,
    `${plan.update.length} to update`,
    `${plan.delete.length} to delete`,
    `${plan.takeover.length} to take over`,
    `${plan.unchanged.length} unchanged`
  ];
  return parts.join(", ");
}
function indent(text, prefix) {
  return text.replace(/\n$/, "").split("\n").map((line) => `${prefix}${line}`).join("\n");
}
function matcherDiff(update) {
  return update.matcherDiff ?? [...(update.matchers?.before ?? []).map((m) => `- ${m}`), ...(update.matchers?.after ?? []).map((m) => `+ ${m}`)];
}
function fieldLines(update) {
  const lines = [];
  if (update.enabled)
    lines.push(`enabled: ${update.enabled.before} -> ${update.enabled.after}`);
  if (update.configType)
    lines.push(`config_type: ${update.configType.before} -> ${update.configType.after}`);
  return lines;
}
function fieldSummary(update) {
  return update.fields.map((field) => {
    if (field === "enabled" && update.enabled)
      return `enabled: ${update.enabled.before} -> ${update.enabled.after}`;
    if (field === "config_type" && update.configType)
      return `config_type: ${update.configType.before} -> ${update.configType.after}`;
    return field;
  }).join(", ");
}
function renderText(plans, lint) {
  const out = [];
  const n = neutralize;
  const gate = lint ? lintRefusal(lint) : void 0;
  if (gate)
    out.push(`Sync would refuse: ${gate}`);
  for (const plan of plans) {
    out.push(`Target namespace '${n(plan.namespace)}' (stack '${n(plan.stack)}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create)
      out.push(`  + create   ${n(name)}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      for (const line of fieldLines(update))
        out.push(`      ${line}`);
      if (update.matchers) {
        out.push("      matchers:");
        for (const line of matcherDiff(update))
          out.push(`        ${n(line)}`);
      }
      if (update.diff)
        out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete)
      out.push(`  - delete   ${n(name)}`);
    for (const t of plan.takeover) {
      const owner = `owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""}`;
      out.push(t.blocked ? `  x blocked  ${n(t.name)} (${owner}): ${t.reason ?? "no flag allows this takeover"}` : `  ! takeover ${n(t.name)} (${owner})`);
    }
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("  sync would refuse this target:");
      for (const reason of own)
        out.push(`    ${n(reason)}`);
    }
  }
  return `${out.join("\n")}
`;
}
function renderMarkdown(plans, lint) {
  const out = ["## fleetlint plan", ""];
  const gate = lint ? lintRefusal(lint) : void 0;
  if (gate)
    out.push("> [!CAUTION]", `> **Sync would refuse:** ${gate}.`, "");
  for (const plan of plans) {
    out.push(`### ${code(plan.namespace)} (stack ${code(plan.stack)})`, "");
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0)
      out.push("**Sync would refuse this target:**", "", ...own.map((r) => `- ${escapeMarkdown(r)}`), "");
    if (!hasChanges(plan)) {
      out.push(`No changes. ${plan.unchanged.length} pipeline${plan.unchanged.length === 1 ? "" : "s"} unchanged.`, "");
      continue;
    }
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    for (const name of plan.create)
      out.push(`| create | ${code(name)} | |`);
    for (const u of plan.update)
      out.push(`| update | ${code(u.name)} | ${fieldSummary(u)} |`);
    for (const name of plan.delete)
      out.push(`| **delete** | ${code(name)} | |`);
    for (const t of plan.takeover) {
      if (t.blocked)
        out.push(`| **blocked** | ${code(t.name)} | owned by ${code(t.source)}: ${t.reason ?? "no flag allows this takeover"} |`);
      else
        out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |`);
    }
    out.push("");
    for (const u of plan.update) {
      if (u.matchers)
        out.push(fenced(`Matchers: ${code(u.name)}`, matcherDiff(u).join("\n")));
      if (u.diff)
        out.push(fenced(`Contents diff: ${code(u.name)}`, u.diff));
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function fenced(summary2, text) {
  const body = neutralizeBlock(text);
  const fence = longestRun(body, "`") >= 3 || longestRun(body, "~") >= 3 ? "~".repeat(Math.max(4, longestRun(body, "~") + 1)) : "```";
  return [`<details><summary>${summary2}</summary>`, "", `${fence}diff`, body.replace(/\n$/, ""), fence, "", "</details>", ""].join("\n");
}
function code(text) {
  return /^[\w.:=/ -]+$/.test(text) ? `\`${text}\`` : `<code>${escapeMarkdown(text)}</code>`;
}
function longestRun(text, char) {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best)
      best = run;
  }
  return best;
}
function renderPlans(plans, format, lint) {
  if (format === "json")
    return `${JSON.stringify(planJson(plans, lint), null, 2)}
`;
  if (format === "markdown")
    return renderMarkdown(plans, lint);
  return renderText(plans, lint);
}

export {
  renderText,
  renderMarkdown,
  renderPlans
};
