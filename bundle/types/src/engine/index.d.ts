/** The rule engine's public surface. */
export { lintProject, type LintOptions, type LintOutcome } from "./lint.js";
export { RuleContractError } from "./errors.js";
export { applyFixes, MAX_FIX_PASSES } from "./fix.js";
export { writeFileAtomic } from "../core/write-atomic.js";
export { parseDirectiveBody, type Directive, type DirectiveKind } from "./directives.js";
export { fillTemplate } from "../core/template.js";
export * from "./types.js";
