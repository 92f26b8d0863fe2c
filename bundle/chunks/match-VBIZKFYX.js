import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  matchesAll,
  parseMatcher
} from "./chunk-JKUQAI7V.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/src/match/index.js
function matchablePipeline(pipeline) {
  return {
    name: pipeline.name,
    enabled: pipeline.enabled,
    matchers: [...pipeline.matchers.map((m) => m.text), ...pipeline.target.globalMatchers]
  };
}
function selector(pipeline, invalid) {
  if (pipeline.matchers.length === 0)
    return null;
  const parsed = [];
  for (const text of pipeline.matchers) {
    const { matcher, error } = parseMatcher(text);
    if (!matcher) {
      invalid.push({ pipeline: pipeline.name, matcher: text, message: error?.message ?? "not a matcher" });
      return null;
    }
    parsed.push(matcher);
  }
  return parsed;
}
function matchCollectors(collectors, pipelines) {
  const invalid = [];
  const selectors = pipelines.map((pipeline) => ({ pipeline, matchers: selector(pipeline, invalid) })).sort((a, b) => a.pipeline.name < b.pipeline.name ? -1 : a.pipeline.name > b.pipeline.name ? 1 : 0);
  const results = collectors.map((collector) => {
    const result = { collector, pipelines: [], disabled: [] };
    for (const { pipeline, matchers } of selectors) {
      if (!matchers || !matchesAll(matchers, collector))
        continue;
      (pipeline.enabled === true ? result.pipelines : result.disabled).push(pipeline.name);
    }
    return result;
  });
  return { collectors: results, invalid };
}
export {
  matchCollectors,
  matchablePipeline
};
