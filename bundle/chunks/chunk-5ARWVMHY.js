import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  pluralize
} from "./chunk-E5YUU5EX.js";
import {
  checkGuards,
  hasChanges
} from "./chunk-TEZ5XSFH.js";

// dist/src/fleet/assess.js
function lintRefusal(lint) {
  if (lint.errors === 0)
    return void 0;
  return `${pluralize(lint.errors, "lint error")}: sync sends nothing while \`fleetlint check\` reports errors`;
}
function assessPlans(plans, lint, guards) {
  const gate = lintRefusal(lint);
  for (const plan of plans) {
    plan.refusals = [...gate ? [gate] : [], ...checkGuards(plan, guards).map((v) => v.message)];
  }
}
function detailedExitCode(plans) {
  if (plans.some((p) => (p.refusals?.length ?? 0) > 0))
    return 1;
  return plans.some(hasChanges) ? 2 : 0;
}

export {
  lintRefusal,
  assessPlans,
  detailedExitCode
};
