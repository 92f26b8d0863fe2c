/**
 * The sync guards (SPEC §5). SyncPipelines deletes whatever of its source it
 * is not sent and overwrites any pipeline of the same name, so a plan that
 * empties a namespace, deletes many pipelines or takes over someone else's
 * pipeline needs an explicit flag. Grafana-managed pipelines are never
 * touched, whatever the flags.
 */
import type { TargetPlan } from "./plan.js";

export interface GuardOptions {
  /** `--allow-empty`. */
  allowEmpty: boolean;
  /**
   * `--max-deletes N` when given. Without it the limit is 5 or half the
   * namespace, whichever is smaller; giving a number states the limit outright.
   */
  maxDeletes?: number;
  /** `--adopt`. */
  adopt: boolean;
}

export const DEFAULT_MAX_DELETES = 5;

export type GuardId = "empty" | "max-deletes" | "half-namespace" | "takeover" | "grafana";

export interface GuardViolation {
  guard: GuardId;
  message: string;
  /** Pipelines involved. */
  names: string[];
}

export function checkGuards(plan: TargetPlan, options: GuardOptions): GuardViolation[] {
  const violations: GuardViolation[] = [];
  const where = `namespace '${plan.namespace}' (stack '${plan.stack}')`;
  if (plan.desiredCount === 0 && !options.allowEmpty) {
    violations.push({
      guard: "empty",
      names: [...plan.delete],
      message: `Refusing to sync an empty pipeline set to ${where}: it would delete every pipeline of the namespace (${plan.delete.length}); pass --allow-empty if that is intended`,
    });
  }
  const deletes = plan.delete.length;
  if (options.maxDeletes !== undefined) {
    if (deletes > options.maxDeletes) {
      violations.push({
        guard: "max-deletes",
        names: [...plan.delete],
        message: `Too many deletions in ${where}: ${deletes}, limit ${options.maxDeletes} (--max-deletes)`,
      });
    }
  } else if (deletes > DEFAULT_MAX_DELETES) {
    violations.push({
      guard: "max-deletes",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes}, default limit ${DEFAULT_MAX_DELETES}; pass --max-deletes ${deletes} to allow them`,
    });
  } else if (deletes > 0 && deletes > plan.namespaceSize / 2 && !(plan.desiredCount === 0 && options.allowEmpty)) {
    violations.push({
      guard: "half-namespace",
      names: [...plan.delete],
      message: `Too many deletions in ${where}: ${deletes} of its ${plan.namespaceSize} pipelines, more than half; pass --max-deletes ${deletes} to allow them`,
    });
  }
  const grafana = plan.takeover.filter((t) => t.blocked);
  if (grafana.length > 0) {
    violations.push({
      guard: "grafana",
      names: grafana.map((t) => t.name),
      message: `Disallowed overwrite of Grafana-managed pipeline${grafana.length > 1 ? "s" : ""} ${quoteList(grafana.map((t) => t.name))} from ${where}: rename the pipeline${grafana.length > 1 ? "s" : ""} in the repository (no flag allows this)`,
    });
  }
  const foreign = plan.takeover.filter((t) => !t.blocked);
  if (foreign.length > 0 && !options.adopt) {
    violations.push({
      guard: "takeover",
      names: foreign.map((t) => t.name),
      message: `Refusing to take over ${foreign.map((t) => `'${t.name}' (owned by ${t.source})`).join(", ")} into ${where}; pass --adopt to take ownership, or rename`,
    });
  }
  return violations;
}

function quoteList(names: string[]): string {
  return names.map((n) => `'${n}'`).join(", ");
}
