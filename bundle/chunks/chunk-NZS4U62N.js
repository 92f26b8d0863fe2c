import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  hasChanges,
  planJson
} from "./chunk-LB65VTSV.js";
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
function renderText(plans) {
  const out = [];
  for (const plan of plans) {
    const n = neutralize;
    out.push(`Target namespace '${n(plan.namespace)}' (stack '${n(plan.stack)}'): ${hasChanges(plan) ? summary(plan) : `no changes, ${plan.unchanged.length} unchanged`}`);
    for (const name of plan.create)
      out.push(`  + create   ${n(name)}`);
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      if (update.diff)
        out.push(indent(neutralizeBlock(update.diff), "      "));
    }
    for (const name of plan.delete)
      out.push(`  - delete   ${n(name)}`);
    for (const t of plan.takeover) {
      out.push(`  ! takeover ${n(t.name)} (owned by ${n(t.source)}${t.fields.length ? `; changes ${t.fields.join(", ")}` : ""})`);
    }
  }
  return `${out.join("\n")}
`;
}
function renderMarkdown(plans) {
  const out = ["## fleetlint plan", ""];
  for (const plan of plans) {
    out.push(`### ${code(plan.namespace)} (stack ${code(plan.stack)})`, "");
    if (!hasChanges(plan)) {
      out.push(`No changes. ${plan.unchanged.length} pipeline${plan.unchanged.length === 1 ? "" : "s"} unchanged.`, "");
      continue;
    }
    out.push(`${summary(plan)}.`, "", "| action | pipeline | details |", "|---|---|---|");
    for (const name of plan.create)
      out.push(`| create | ${code(name)} | |`);
    for (const u of plan.update)
      out.push(`| update | ${code(u.name)} | ${u.fields.join(", ")} |`);
    for (const name of plan.delete)
      out.push(`| **delete** | ${code(name)} | |`);
    for (const t of plan.takeover)
      out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |`);
    out.push("");
    for (const u of plan.update) {
      if (!u.diff)
        continue;
      const diff = neutralizeBlock(u.diff);
      const fence = longestRun(diff, "`") >= 3 || longestRun(diff, "~") >= 3 ? "~".repeat(Math.max(4, longestRun(diff, "~") + 1)) : "```";
      out.push(`<details><summary>Contents diff: ${code(u.name)}</summary>`, "", `${fence}diff`, diff.replace(/\n$/, ""), fence, "", "</details>", "");
    }
  }
  return `${out.join("\n").replace(/\n+$/, "")}
`;
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
function renderPlans(plans, format) {
  if (format === "json")
    return `${JSON.stringify(planJson(plans), null, 2)}
`;
  if (format === "markdown")
    return renderMarkdown(plans);
  return renderText(plans);
}

export {
  renderText,
  renderMarkdown,
  renderPlans
};
