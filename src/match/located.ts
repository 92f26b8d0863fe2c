/**
 * The matchers a pipeline is synced with, each with a way to point into the
 * file that holds it: the pipeline's own `matchers` (in its definition YAML)
 * and its target's `globalMatchers` (in the config file), which the sync
 * appends to every pipeline. Shared by the matcher rules.
 */
import type { SourceText, TextRange } from "../core/source.js";
import type { Location, RuleContext } from "../engine/types.js";
import type { MatcherEntry, Pipeline, Target } from "../repo/types.js";

export interface LocatedMatcher {
  text: string;
  origin: "pipeline" | "global";
  /** Where the whole matcher is written. */
  location: Location;
  /** The file location of a range inside `text` (UTF-16 offsets). */
  locate(range: TextRange): Location;
}

function fromEntry(file: SourceText, entry: MatcherEntry, origin: LocatedMatcher["origin"]): LocatedMatcher {
  const whole = { file, range: entry.range };
  return {
    text: entry.text,
    origin,
    location: whole,
    locate(range) {
      if (entry.text.length === 0) return whole;
      // An empty range (the end of the text) points at the character before it.
      const from = range.start === range.end ? Math.max(0, range.start - 1) : range.start;
      const start = entry.toFileOffset(from);
      const end = Math.max(start, entry.toFileOffset(range.end));
      return { file, range: { start, end } };
    },
  };
}

export function pipelineMatchers(pipeline: Pipeline): LocatedMatcher[] {
  return pipeline.matchers.map((entry) => fromEntry(pipeline.definition.file, entry, "pipeline"));
}

/**
 * The target's global matchers, located in the config file when the loader
 * recorded where they are, else at the config file's first line.
 */
export function globalMatchers(context: RuleContext, target: Target): LocatedMatcher[] {
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
