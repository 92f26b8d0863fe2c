/**
 * What the semantic analysis finds, one code per kind of problem. Each code
 * has Alloy's own message text (internal/validator, internal/runtime) as a
 * template, so the rules can declare the same templates as their messages
 * and the conformance test can compare against `alloy validate`.
 */
import type { TextRange } from "../core/source.js";
import { fillTemplate } from "../core/template.js";

export const FINDING_MESSAGES = {
  // alloy-references
  "missing-reference": 'component "{{name}}" does not exist or is out of scope',
  "duplicate-block": "block {{id}} already declared at {{line}}:{{column}}",
  "self-reference": "cannot reference self",
  cycle: "cycle detected: {{ids}}",
  "component-label": 'component "{{name}}" must have a label',
  "block-label": "{{name}} block must have a label",
  "stdlib-shadowed": "a component is shadowing an existing stdlib name",
  "unknown-argument": 'unrecognized attribute name "{{name}}"',
  "unknown-argument-block": 'unrecognized block name "{{name}}"',
  "missing-argument": 'missing required attribute "{{name}}"',
  // alloy-module-constraints
  "not-allowed": "{{id}} not allowed in {{where}}",
  "only-in-module": "{{name}} blocks only allowed inside a module",
  "service-not-configurable": 'service "{{name}}" does not support being configured',
  "top-level-attribute": "unrecognized attribute {{name}}",
  "unrecognized-attribute": 'unrecognized attribute name "{{name}}"',
  "missing-attribute": 'missing required attribute "{{name}}"',
  "missing-block": 'missing required block "{{name}}"',
  // alloy-component-arguments (syntax/typecheck's messages; the value and export ones are the runtime's)
  "component-unknown-attribute": 'unrecognized attribute name "{{name}}"',
  "component-unknown-block": 'unrecognized block name "{{name}}"',
  "component-missing-attribute": 'missing required attribute "{{name}}"',
  "component-missing-block": 'missing required block "{{name}}"',
  "component-duplicate-attribute": 'attribute "{{name}}" may only be provided once',
  "component-duplicate-block": 'block "{{name}}" may only be specified once',
  "component-block-as-attribute": '"{{name}}" must be a block, but is used as an attribute',
  "component-attribute-as-block": '"{{name}}" must be an attribute, but is used as a block',
  "component-block-label": 'block "{{name}}" requires empty label',
  "component-block-count": 'block "{{name}}" must be specified exactly {{expected}} times, but was specified {{actual}} times',
  "component-type": "expected {{expected}}, got {{actual}}",
  "component-conversion": "{{message}}",
  "component-invalid-value": "{{message}}",
  "component-reference-type": "{{expression}} should be {{expected}}, got {{actual}}",
  "missing-export-field": 'field "{{name}}" does not exist',
  // alloy-unknown-component
  "unknown-component": 'cannot find the definition of component name "{{name}}"',
  "below-stability": "{{what}} is at stability level \"{{level}}\", which is below the minimum allowed stability level \"{{minimum}}\". Use --stability.level command-line flag to enable \"{{level}}\" features",
  "community-component": 'component "{{name}}" is a community component. Use --feature.community-components.enabled command-line flag to enable community components',
  "removed-component": 'component "{{name}}" was removed from Alloy{{since}}{{instead}}',
  // alloy-deprecated
  "deprecated-stdlib": "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives",
} as const;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export interface Finding {
  code: FindingCode;
  /** Alloy's message with the data filled in. */
  message: string;
  data: Record<string, string>;
  /** UTF-16 offsets into the analysed text. */
  range: TextRange;
  /**
   * The start of the component or builtin block whose body check found it:
   * findings of one block keep Alloy's order among themselves (statements,
   * then missing fields) while blocks are ordered by position.
   */
  anchor?: number;
  /** Where the other half of the problem is (the first declaration of a duplicate). */
  related?: { range: TextRange; message: string };
}

export function finding(code: FindingCode, range: TextRange, data: Record<string, string> = {}): Finding {
  return { code, message: fillTemplate(FINDING_MESSAGES[code], data), data, range };
}
