/**
 * The emulator's server-side checks, built on our own grammars: Alloy
 * contents must parse, OTel contents must be a YAML map (what Fleet
 * Management itself checks for OTel, fleet-api.md §6.2), and every matcher
 * must be a valid Alertmanager matcher.
 */
import type { Languages } from "../compare.js";
import type { PipelineMessage } from "../messages.js";
import type { PipelineChecker } from "./store.js";

export function languageChecker(languages: Languages): PipelineChecker {
  return {
    problem(pipeline: PipelineMessage): string | undefined {
      if (pipeline.configType === "CONFIG_TYPE_OTEL") {
        const yaml = languages.yamlValue(pipeline.contents);
        const value = yaml?.value;
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          return "invalid OTel configuration: contents must be a YAML map";
        }
      } else {
        const problem = languages.alloyProblem(pipeline.contents);
        if (problem) return `invalid Alloy configuration: ${problem}`;
      }
      for (const matcher of pipeline.matchers) {
        const problem = this.matcherProblem(matcher);
        if (problem) return problem;
      }
      return undefined;
    },
    matcherProblem(matcher: string): string | undefined {
      const parsed = languages.parseMatcher(matcher);
      return "error" in parsed ? `invalid matcher ${JSON.stringify(matcher)}: ${parsed.error}` : undefined;
    },
    selects(matchers: readonly string[], attributes: Record<string, string>): boolean {
      return matchers.every((text) => {
        const parsed = languages.parseMatcher(text);
        return !("error" in parsed) && languages.matches(parsed, attributes);
      });
    },
  };
}
