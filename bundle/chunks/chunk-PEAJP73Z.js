import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/match/located.js
function fromEntry(file, entry, origin) {
  const whole = { file, range: entry.range };
  return {
    text: entry.text,
    origin,
    location: whole,
    locate(range) {
      if (entry.text.length === 0)
        return whole;
      const from = range.start === range.end ? Math.max(0, range.start - 1) : range.start;
      const start = entry.toFileOffset(from);
      const end = Math.max(start, entry.toFileOffset(range.end));
      return { file, range: { start, end } };
    }
  };
}
function pipelineMatchers(pipeline) {
  return pipeline.matchers.map((entry) => fromEntry(pipeline.definition.file, entry, "pipeline"));
}
function globalMatchers(context, target) {
  const source = context.config.source;
  const entries = source?.targets[target.index]?.globalMatchers;
  if (source && entries && entries.length === target.globalMatchers.length) {
    return entries.map((entry) => fromEntry(source.file, entry, "global"));
  }
  return target.globalMatchers.map((text) => {
    const location = context.configLocation();
    return { text, origin: "global", location, locate: () => location };
  });
}

export {
  pipelineMatchers,
  globalMatchers
};
