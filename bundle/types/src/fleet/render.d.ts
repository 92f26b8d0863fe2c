import { type LintCounts, type TargetPlan } from "./plan.js";
export type PlanFormat = "text" | "json" | "markdown";
export declare function renderText(plans: readonly TargetPlan[], lint?: LintCounts): string;
export declare function renderMarkdown(plans: readonly TargetPlan[], lint?: LintCounts): string;
/** `lint`, when given, adds the lint counts and the "sync would refuse" line. */
export declare function renderPlans(plans: readonly TargetPlan[], format: PlanFormat, lint?: LintCounts): string;
