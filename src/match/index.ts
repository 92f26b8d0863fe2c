/**
 * Which pipelines a collector receives: those whose matchers, together with
 * their target's global matchers, all hold for the collector's attributes
 * (a missing attribute has the empty value). Pure functions over plain data;
 * `fleetlint match` wires them to the loaded project.
 */
import { matchesAll, parseMatcher, type Matcher } from "../../grammar/matchers/index.js";
import type { Pipeline } from "../repo/types.js";
import { runs, type Collector, type ConfigKind } from "./fleet.js";

export type Attributes = Readonly<Record<string, string>>;

/** What matching needs to know about a pipeline. */
export interface MatchablePipeline {
  name: string;
  /** Undefined is synced as false. */
  enabled: boolean | undefined;
  /** The pipeline's own matchers followed by its target's global matchers, as written. */
  matchers: readonly string[];
  /** Alloy pipelines reach Alloy collectors, OTel pipelines OTel collectors; default alloy. */
  configType?: ConfigKind;
  /** The stack the pipeline is synced to; a collector from a stack's inventory only receives that stack's pipelines. */
  stack?: string;
}

export interface InvalidMatcher {
  pipeline: string;
  matcher: string;
  message: string;
}

export interface CollectorMatch {
  /** The collector's effective attributes (what the matchers see). */
  collector: Attributes;
  /** Present when the collector came from an inventory (`--online`, or a collectors file with records). */
  id?: string;
  name?: string;
  /** Present (false) only for a disabled collector, which receives nothing. */
  enabled?: false;
  /** Enabled pipelines the collector receives. */
  pipelines: string[];
  /** Disabled pipelines whose matchers select the collector. */
  disabled: string[];
}

export interface MatchReport {
  collectors: CollectorMatch[];
  /** Matchers that do not parse: their pipelines reach no collector (the server would reject them). */
  invalid: InvalidMatcher[];
}

export function matchablePipeline(pipeline: Pipeline): MatchablePipeline {
  return {
    name: pipeline.name,
    enabled: pipeline.enabled,
    matchers: [...pipeline.matchers.map((m) => m.text), ...pipeline.target.globalMatchers],
    configType: pipeline.configType,
    stack: pipeline.target.stack,
  };
}

/** A pipeline's parsed matchers, or null when it can reach no collector. */
function selector(pipeline: MatchablePipeline, invalid: InvalidMatcher[]): Matcher[] | null {
  // Fleet Management deploys a pipeline without matchers to no collector.
  if (pipeline.matchers.length === 0) return null;
  const parsed: Matcher[] = [];
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

/** A collector with the stack whose inventory it came from (undefined: it may receive any stack's pipelines). */
export interface MatchableCollector extends Collector {
  stack?: string;
}

export function matchCollectors(collectors: readonly MatchableCollector[], pipelines: readonly MatchablePipeline[]): MatchReport {
  const invalid: InvalidMatcher[] = [];
  const selectors = pipelines
    .map((pipeline) => ({ pipeline, matchers: selector(pipeline, invalid) }))
    .sort((a, b) => (a.pipeline.name < b.pipeline.name ? -1 : a.pipeline.name > b.pipeline.name ? 1 : 0));
  const results = collectors.map((collector): CollectorMatch => {
    const result: CollectorMatch = { collector: collector.attributes, pipelines: [], disabled: [] };
    if (collector.id !== undefined) result.id = collector.id;
    if (collector.name !== undefined) result.name = collector.name;
    // A disabled collector receives an empty configuration.
    if (!collector.enabled) {
      result.enabled = false;
      return result;
    }
    for (const { pipeline, matchers } of selectors) {
      if (collector.stack !== undefined && pipeline.stack !== undefined && collector.stack !== pipeline.stack) continue;
      if (!runs(collector, pipeline.configType ?? "alloy")) continue;
      if (!matchers || !matchesAll(matchers, collector.attributes)) continue;
      (pipeline.enabled === true ? result.pipelines : result.disabled).push(pipeline.name);
    }
    return result;
  });
  return { collectors: results, invalid };
}
