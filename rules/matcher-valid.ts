/**
 * Every matcher is one valid Alertmanager UTF-8 matcher (the grammar Fleet
 * Management documents and the Terraform provider parses with), its regex
 * compiles as Go RE2, it fits Fleet Management's limits, and it does not
 * invent a `collector.` attribute. Checks the pipeline's own matchers and
 * the target's `globalMatchers`, which the sync appends to every pipeline.
 */
import { renameSuggestion } from "../src/engine/suggest.js";
import { defineRule } from "../src/engine/types.js";
import { parseMatcher } from "../grammar/matchers/index.js";
import { globalMatchers, pipelineMatchers, type LocatedMatcher } from "../src/match/located.js";

/** Fleet Management's limits, counted in characters (code points). */
const MAX_MATCHER = 200;
const MAX_NAME = 100;
const MAX_VALUE = 150;
/** The only `collector.` attributes collectors report; the prefix is otherwise reserved. */
const COLLECTOR_ATTRIBUTES = ["collector.os", "collector.version", "collector.ID"];

function length(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

export default defineRule({
  meta: {
    id: "matcher-valid",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Matchers use Alertmanager's matcher syntax, RE2 regexes, Fleet Management's limits and known collector attributes" },
    messages: {
      invalid: "Invalid matcher '{{matcher}}': {{reason}}",
      tooLong: "Too long matcher: {{length}} characters, at most {{limit}} allowed",
      nameTooLong: "Too long attribute name '{{name}}': {{length}} characters, at most {{limit}} allowed",
      valueTooLong: "Too long value for '{{name}}': {{length}} characters, at most {{limit}} allowed",
      reservedAttribute:
        "Unknown attribute '{{name}}': the collector. prefix is reserved, and collectors only report collector.os, collector.version and collector.ID",
      reservedAttributeCase: "Unknown attribute '{{name}}': did you mean '{{suggestion}}'? Attribute names are case-sensitive",
    },
    fixable: false,
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    const check = (m: LocatedMatcher): void => {
      const { matcher, error } = parseMatcher(m.text);
      if (error || !matcher) {
        const reason = error ? lowerFirst(error.message) : "not a matcher";
        const range = error ? { start: error.start, end: error.end } : { start: 0, end: m.text.length };
        context.report({ messageId: "invalid", data: { matcher: m.text, reason }, loc: m.locate(range) });
        return;
      }
      const total = length(m.text);
      if (total > MAX_MATCHER) {
        context.report({ messageId: "tooLong", data: { length: total, limit: MAX_MATCHER }, loc: m.location });
      }
      const nameLength = length(matcher.name);
      if (nameLength > MAX_NAME) {
        context.report({
          messageId: "nameTooLong",
          data: { name: `${[...matcher.name].slice(0, 20).join("")}...`, length: nameLength, limit: MAX_NAME },
          loc: m.locate(matcher.nameRange),
        });
      }
      const valueLength = length(matcher.value);
      if (valueLength > MAX_VALUE) {
        context.report({
          messageId: "valueTooLong",
          data: { name: matcher.name, length: valueLength, limit: MAX_VALUE },
          loc: m.locate(matcher.valueRange),
        });
      }
      if (matcher.name.startsWith("collector.") && !COLLECTOR_ATTRIBUTES.includes(matcher.name)) {
        const suggestion = COLLECTOR_ATTRIBUTES.find((known) => known.toLowerCase() === matcher.name.toLowerCase());
        const loc = m.locate(matcher.nameRange);
        context.report({
          messageId: suggestion ? "reservedAttributeCase" : "reservedAttribute",
          data: suggestion ? { name: matcher.name, suggestion } : { name: matcher.name },
          loc,
          ...(suggestion ? { suggestions: renameSuggestion(loc, matcher.name, suggestion) } : {}),
        });
      }
    };
    return {
      pipeline(pipeline) {
        for (const m of pipelineMatchers(pipeline)) check(m);
      },
      target(target) {
        for (const m of globalMatchers(context, target)) check(m);
      },
    };
  },
});
