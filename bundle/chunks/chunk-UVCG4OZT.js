import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  lintRefusal
} from "./chunk-5ARWVMHY.js";
import {
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  hasChanges,
  planJson
} from "./chunk-TEZ5XSFH.js";
import {
  escapeMarkdown,
  neutralize,
  neutralizeBlock,
  stringifyJson
} from "./chunk-MUIKWUQD.js";

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
var SHOWN = 10;
function firstCollectors(keys, impact, quote = (label) => label) {
  const shown = keys.slice(0, SHOWN).map((key) => quote(impact.labels[key] ?? key));
  return keys.length > SHOWN ? `${shown.join(", ")} and ${keys.length - SHOWN} more` : shown.join(", ");
}
function reachLines(entry, impact) {
  const lines = [`collectors ${entry.before} \u2192 ${entry.after}`];
  if (entry.gained.length > 0)
    lines.push(`gains ${entry.gained.length}: ${firstCollectors(entry.gained, impact)}`);
  if (entry.lost.length > 0)
    lines.push(`loses ${entry.lost.length}: ${firstCollectors(entry.lost, impact)}`);
  return lines;
}
function impactOf(plan) {
  const byKey = new Map((plan.impact?.pipelines ?? []).map((i) => [`${i.change}\0${i.pipeline}`, i]));
  return (change, name) => byKey.get(`${change}\0${name}`);
}
function fleetSummary(impact) {
  const kinds = [`${impact.collectors.alloy} Alloy`, ...impact.collectors.otel > 0 ? [`${impact.collectors.otel} OTel`] : []].join(" and ");
  const changed = impact.collectorsChanged;
  return `${pluralize(changed, "collector")} ${changed === 1 ? "changes" : "change"} configuration (of ${kinds} enabled collectors)`;
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
    const impact = plan.impact;
    const find = impactOf(plan);
    const reach = (change, name) => {
      const entry = find(change, name);
      if (impact && entry)
        for (const line of reachLines(entry, impact))
          out.push(`      ${n(line)}`);
    };
    for (const name of plan.create) {
      out.push(`  + create   ${n(name)}`);
      reach("create", name);
    }
    for (const update of plan.update) {
      out.push(`  ~ update   ${n(update.name)} (${update.fields.join(", ")})`);
      for (const line of fieldLines(update))
        out.push(`      ${line}`);
      if (update.matchers) {
        out.push("      matchers:");
        for (const line of matcherDiff(update))
          out.push(`        ${n(line)}`);
      }
      reach("update", update.name);
      if (update.diff)
        out.push(indent(neutralizeBlock(update.diff), "      "));
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
    const own = (plan.refusals ?? []).filter((r) => r !== gate);
    if (own.length > 0) {
      out.push("  sync would refuse this target:");
      for (const reason of own)
        out.push(`    ${n(reason)}`);
    }
    if (impact && hasChanges(plan))
      out.push(`  Blast radius: ${fleetSummary(impact)}`);
    for (const w of impact?.warnings ?? [])
      out.push(`  warning: ${neutralize(w.message)}`);
    if (plan.impactUnavailable)
      out.push(`  Blast radius unknown: ${neutralize(plan.impactUnavailable)}`);
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
    const impact = plan.impact;
    const find = impactOf(plan);
    const column = (change, name) => {
      if (!impact)
        return "";
      const entry = find(change, name);
      if (!entry)
        return " |";
      const delta = [entry.gained.length > 0 ? `+${entry.gained.length}` : "", entry.lost.length > 0 ? `\u2212${entry.lost.length}` : ""].filter(Boolean).join(" ");
      return ` ${entry.before} \u2192 ${entry.after}${delta ? ` (${delta})` : ""} |`;
    };
    out.push(`${summary(plan)}.`, "", `| action | pipeline | details |${impact ? " collectors |" : ""}`, `|---|---|---|${impact ? "---|" : ""}`);
    for (const name of plan.create)
      out.push(`| create | ${code(name)} | |${column("create", name)}`);
    for (const u of plan.update)
      out.push(`| update | ${code(u.name)} | ${fieldSummary(u)} |${column("update", u.name)}`);
    for (const name of plan.delete)
      out.push(`| **delete** | ${code(name)} | |${column("delete", name)}`);
    for (const t of plan.takeover) {
      if (t.blocked)
        out.push(`| **blocked** | ${code(t.name)} | owned by ${code(t.source)}: ${t.reason ?? "no flag allows this takeover"} |${column("takeover", t.name)}`);
      else
        out.push(`| **take over** | ${code(t.name)} | owned by ${code(t.source)} |${column("takeover", t.name)}`);
    }
    out.push("");
    if (impact) {
      out.push(`**Blast radius:** ${fleetSummary(impact)}.`, "");
      for (const w of impact.warnings)
        out.push(`> [!WARNING]`, `> ${escapeMarkdown(w.message)}`, "");
      const moves = impact.pipelines.filter((i) => i.gained.length + i.lost.length > 0);
      if (moves.length > 0) {
        out.push("<details><summary>Collectors that gain or lose a pipeline</summary>", "");
        for (const i of moves) {
          const parts = [];
          if (i.gained.length > 0)
            parts.push(`gains ${i.gained.length}: ${firstCollectors(i.gained, impact, code)}`);
          if (i.lost.length > 0)
            parts.push(`loses ${i.lost.length}: ${firstCollectors(i.lost, impact, code)}`);
          out.push(`- ${code(i.pipeline)} (${i.change}): ${parts.join("; ")}`);
        }
        out.push("", "</details>", "");
      }
    }
    if (plan.impactUnavailable)
      out.push(`Blast radius unknown: ${escapeMarkdown(plan.impactUnavailable)}.`, "");
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
    return `${stringifyJson(planJson(plans, lint), 2)}
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
