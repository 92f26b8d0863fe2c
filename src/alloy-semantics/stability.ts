/** Alloy's feature stability levels (internal/featuregate), lowest last. */
import type { StabilityLevel } from "../config/types.js";

const RANK: Record<StabilityLevel, number> = {
  "generally-available": 2,
  "public-preview": 1,
  experimental: 0,
};

/** Whether a feature at `level` may be used when at least `minimum` is required. */
export function stabilityAllowed(level: StabilityLevel, minimum: StabilityLevel): boolean {
  return RANK[level] >= RANK[minimum];
}

/** featuregate.CheckAllowed's error text, e.g. for `component "x"` or `foreach block "foreach"`. */
export function stabilityMessage(what: string, level: StabilityLevel, minimum: StabilityLevel): string {
  return `${what} is at stability level "${level}", which is below the minimum allowed stability level "${minimum}". Use --stability.level command-line flag to enable "${level}" features`;
}
