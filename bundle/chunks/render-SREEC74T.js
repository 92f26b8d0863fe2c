import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  stringifyJson
} from "./chunk-MUIKWUQD.js";
import "./chunk-HTDSFYMP.js";

// dist/src/match/render.js
function renderJson(results) {
  return `${stringifyJson(results, 2)}
`;
}
function describeCollector(match) {
  const pairs = Object.entries(match.collector).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const attributes = pairs.length > 0 ? pairs.join(", ") : "(no attributes)";
  if (match.id === void 0)
    return attributes;
  const label = match.name && match.name !== match.id ? `${match.name} (${match.id})` : match.id;
  return `${label}: ${attributes}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function renderText(results) {
  const blocks = results.map((r) => {
    const lines = [`collector ${describeCollector(r)}`];
    if (r.enabled === false) {
      lines.push("  receives nothing: the collector is disabled");
      return lines.join("\n");
    }
    lines.push(r.pipelines.length > 0 ? `  receives ${count(r.pipelines.length, "pipeline")}:` : "  receives no pipeline");
    for (const name of r.pipelines)
      lines.push(`    ${name}`);
    if (r.disabled.length > 0) {
      lines.push(`  would also receive ${count(r.disabled.length, "disabled pipeline")}:`);
      for (const name of r.disabled)
        lines.push(`    ${name} (disabled)`);
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}
`;
}
export {
  renderJson,
  renderText
};
