import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  runs
} from "./chunk-XXFPFKBW.js";
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
    matchers: [...pipeline.matchers.map((m) => m.text), ...pipeline.target.globalMatchers],
    configType: pipeline.configType,
    stack: pipeline.target.stack
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
    const result = { collector: collector.attributes, pipelines: [], disabled: [] };
    if (collector.id !== void 0)
      result.id = collector.id;
    if (collector.name !== void 0)
      result.name = collector.name;
    if (!collector.enabled) {
      result.enabled = false;
      return result;
    }
    for (const { pipeline, matchers } of selectors) {
      if (collector.stack !== void 0 && pipeline.stack !== void 0 && collector.stack !== pipeline.stack)
        continue;
      if (!runs(collector, pipeline.configType ?? "alloy"))
        continue;
      if (!matchers || !matchesAll(matchers, collector.attributes))
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
