/**
 * What `sync` would refuse, worked out from a plan without sending anything,
 * so `plan` can say it (`wouldSync`, the reasons, the exit code of
 * `--detailed-exitcode`): the lint gate stops every target while `check`
 * reports errors, and the guards (with the flags sync would be given) stop a
 * target that deletes too much, takes over without `--adopt`, or touches a
 * Grafana-managed pipeline, which no flag allows.
 */
import { checkGuards, type GuardOptions } from "./guards.js";
import { hasChanges, type LintCounts, type TargetPlan } from "./plan.js";
import { pluralize as plural } from "../report/index.js";


/** The reason the lint gate gives, or undefined when it lets the sync through. */
export function lintRefusal(lint: LintCounts): string | undefined {
  if (lint.errors === 0) return undefined;
  return `${plural(lint.errors, "lint error")}: sync sends nothing while \`fleetlint check\` reports errors`;
}

/** Sets `refusals` on every plan (empty when sync would send it). */
export function assessPlans(plans: readonly TargetPlan[], lint: LintCounts, guards: GuardOptions): void {
  const gate = lintRefusal(lint);
  for (const plan of plans) {
    plan.refusals = [...(gate ? [gate] : []), ...checkGuards(plan, guards).map((v) => v.message)];
  }
}

/**
 * `plan --detailed-exitcode`, as Terraform's: 0 when the server already
 * matches, 2 when there are changes, 1 when sync would refuse (an error the
 * plan found; failures to plan at all are 1 too, decided by the caller).
 */
export function detailedExitCode(plans: readonly TargetPlan[]): 0 | 1 | 2 {
  if (plans.some((p) => (p.refusals?.length ?? 0) > 0)) return 1;
  return plans.some(hasChanges) ? 2 : 0;
}
