import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-HTDSFYMP.js";

// dist/src/match/render.js
function renderJson(results) {
  return `${JSON.stringify(results, null, 2)}
`;
}
function describeCollector(collector) {
  const pairs = Object.entries(collector).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return pairs.length > 0 ? pairs.join(", ") : "(no attributes)";
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function renderText(results) {
  const blocks = results.map((r) => {
    const lines = [`collector ${describeCollector(r.collector)}`];
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
