import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  hasChanges,
  planJson
} from "./chunk-DOO3D2SG.js";
import "./chunk-SQ354C2A.js";
import "./chunk-DAGFDQYT.js";
import "./chunk-HTDSFYMP.js";

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
function renderText(plans) {
  const out = [];
  for (const plan of plans) {
    out.push(`Target namespace '${plan.namespace}' (stack '${plan.stack}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create)
      out.push(`  + create   ${name}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${update.name} (${update.fields.join(", ")})`);
      if (update.diff)
        out.push(indent(update.diff, "      "));
    }
    for (const name of plan.delete)
      out.push(`  - delete   ${name}`);
    for (const t of plan.takeover) {
      out.push(`  ! takeover ${t.name} (owned by ${t.source}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""})`);
    }
  }
  return `${out.join("\n")}
`;
}
function renderMarkdown(plans) {
  const out = ["## fleetlint plan", ""];
  for (const plan of plans) {
    out.push(`### \`${plan.namespace}\` (stack \`${plan.stack}\`)`, "");
    if (!hasChanges(plan)) {
      out.push(`No changes. ${plan.unchanged.length} pipeline${plan.unchanged.length === 1 ? "" : "s"} unchanged.`, "");
      continue;
    }
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    const cell = (text) => text.replace(/\|/g, "\\|");
    for (const name of plan.create)
      out.push(`| create | \`${cell(name)}\` | |`);
    for (const u of plan.update)
      out.push(`| update | \`${cell(u.name)}\` | ${u.fields.join(", ")} |`);
    for (const name of plan.delete)
      out.push(`| **delete** | \`${cell(name)}\` | |`);
    for (const t of plan.takeover)
      out.push(`| **take over** | \`${cell(t.name)}\` | owned by \`${t.source}\` |`);
    out.push("");
    for (const u of plan.update) {
      if (!u.diff)
        continue;
      const fence = u.diff.includes("```") ? "~~~~" : "```";
      out.push(`<details><summary>Contents diff: <code>${escapeHtml(u.name)}</code></summary>`, "", `${fence}diff`, u.diff.replace(/\n$/, ""), fence, "", "</details>", "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderPlans(plans, format) {
  if (format === "json")
    return `${JSON.stringify(planJson(plans), null, 2)}
`;
  if (format === "markdown")
    return renderMarkdown(plans);
  return renderText(plans);
}
export {
  renderMarkdown,
  renderPlans,
  renderText
};
