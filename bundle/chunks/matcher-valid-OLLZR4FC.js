import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  globalMatchers,
  pipelineMatchers
} from "./chunk-PEAJP73Z.js";
import {
  renameSuggestion
} from "./chunk-UIV2CYHJ.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import {
  parseMatcher
} from "./chunk-JKUQAI7V.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/matcher-valid.js
var MAX_MATCHER = 200;
var MAX_NAME = 100;
var MAX_VALUE = 150;
var COLLECTOR_ATTRIBUTES = ["collector.os", "collector.version", "collector.ID"];
function length(text) {
  let count = 0;
  for (const _ of text)
    count++;
  return count;
}
function lowerFirst(sentence) {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
var matcher_valid_default = defineRule({
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
      reservedAttribute: "Unknown attribute '{{name}}': the collector. prefix is reserved, and collectors only report collector.os, collector.version and collector.ID",
      reservedAttributeCase: "Unknown attribute '{{name}}': did you mean '{{suggestion}}'? Attribute names are case-sensitive"
    },
    fixable: false,
    hasSuggestions: true,
    schema: []
  },
  create(context) {
    const check = (m) => {
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
          loc: m.locate(matcher.nameRange)
        });
      }
      const valueLength = length(matcher.value);
      if (valueLength > MAX_VALUE) {
        context.report({
          messageId: "valueTooLong",
          data: { name: matcher.name, length: valueLength, limit: MAX_VALUE },
          loc: m.locate(matcher.valueRange)
        });
      }
      if (matcher.name.startsWith("collector.") && !COLLECTOR_ATTRIBUTES.includes(matcher.name)) {
        const suggestion = COLLECTOR_ATTRIBUTES.find((known) => known.toLowerCase() === matcher.name.toLowerCase());
        const loc = m.locate(matcher.nameRange);
        context.report({
          messageId: suggestion ? "reservedAttributeCase" : "reservedAttribute",
          data: suggestion ? { name: matcher.name, suggestion } : { name: matcher.name },
          loc,
          ...suggestion ? { suggestions: renameSuggestion(loc, matcher.name, suggestion) } : {}
        });
      }
    };
    return {
      pipeline(pipeline) {
        for (const m of pipelineMatchers(pipeline))
          check(m);
      },
      target(target) {
        for (const m of globalMatchers(context, target))
          check(m);
      }
    };
  }
});
export {
  matcher_valid_default as default
};
