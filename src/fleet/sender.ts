/**
 * Plan every target against the server, check the guards, send one
 * SyncPipelines per target, then list again and confirm the server now
 * matches the repository (SPEC §2, §5). Nothing is sent unless every
 * target's plan passes its guards, so a refusal never leaves a half sync.
 */
import type { Project, Target } from "../repo/types.js";
import type { Languages } from "./compare.js";
import { desiredTarget, type DesiredTarget } from "./desired.js";
import { FleetApiError, FleetSetupError } from "./errors.js";
import { checkGuards, type GuardOptions, type GuardViolation } from "./guards.js";
import { hasChanges, planTarget, type TargetPlan } from "./plan.js";
import { requireNamespace, type FleetSession } from "./session.js";

export interface PlannedTarget {
  target: Target;
  desired: DesiredTarget;
  plan: TargetPlan;
}

/** Plans every target of the project, in config order (each needs a namespace). */
export async function planProject(session: FleetSession, languages: Languages, project: Project): Promise<PlannedTarget[]> {
  const planned: PlannedTarget[] = [];
  for (const target of project.targets) {
    const namespace = requireNamespace(target);
    const desired = desiredTarget(target, project.pipelines);
    if (desired.unreadable.length > 0) {
      const names = desired.unreadable.map((p) => `'${p.name}' (${p.definition.file.path})`).join(", ");
      throw new FleetSetupError(`Cannot plan namespace '${namespace}': no readable contents for ${names}; run \`fleetlint check\``);
    }
    const remote = await session.remotePipelines(target);
    planned.push({ target, desired, plan: planTarget(languages, { namespace, stack: target.stack, desired: desired.pipelines, remote }) });
  }
  return planned;
}

export interface TargetViolations {
  plan: TargetPlan;
  violations: GuardViolation[];
}

export function guardProject(planned: readonly PlannedTarget[], options: GuardOptions): TargetViolations[] {
  return planned
    .map(({ plan }) => ({ plan, violations: checkGuards(plan, options) }))
    .filter((t) => t.violations.length > 0);
}

/** The server refused a sync; names the pipeline when its message does. */
export class SyncRefusedError extends Error {
  constructor(
    readonly plan: TargetPlan,
    readonly apiError: FleetApiError,
    readonly pipeline: string | undefined,
    /** Targets applied before this one. */
    readonly applied: TargetPlan[],
    /** Targets not attempted. */
    readonly pending: TargetPlan[],
  ) {
    super(`Fleet Management refused the sync of namespace '${plan.namespace}' (stack '${plan.stack}')${pipeline ? `, pipeline '${pipeline}'` : ""}: ${apiError.code}: ${apiError.serverMessage}`);
    this.name = "SyncRefusedError";
  }
}

/** The server did not end up matching the plan after a sync reported success. */
export class SyncMismatchError extends Error {
  constructor(
    readonly plan: TargetPlan,
    readonly after: TargetPlan,
    readonly applied: TargetPlan[],
  ) {
    const left = [
      ...after.create.map((n) => `missing '${n}'`),
      ...after.update.map((u) => `'${u.name}' differs (${u.fields.join(", ")})`),
      ...after.delete.map((n) => `'${n}' still present`),
      ...after.takeover.map((t) => `'${t.name}' owned by ${t.source}`),
    ];
    super(`The server does not match the repository after syncing namespace '${plan.namespace}': ${left.join("; ")}`);
    this.name = "SyncMismatchError";
  }
}

/** The longest request pipeline name the server's message mentions, if any. */
export function pipelineNamedIn(message: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const name of names) {
    if (!name) continue;
    const quoted = [`"${name}"`, `'${name}'`, `\`${name}\``].some((q) => message.includes(q));
    const word = new RegExp(`(^|[^\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w.-])`).test(message);
    if ((quoted || word) && (!best || name.length > best.length)) best = name;
  }
  return best;
}

export interface SyncProgress {
  /** Called after each target is applied and confirmed. */
  applied?(plan: TargetPlan): void;
}

/**
 * Sends each target with changes and confirms it. Targets without changes are
 * not sent: SyncPipelines would be a no-op and costs a request.
 */
export async function applyPlans(session: FleetSession, languages: Languages, planned: readonly PlannedTarget[], progress: SyncProgress = {}): Promise<TargetPlan[]> {
  const applied: TargetPlan[] = [];
  for (let i = 0; i < planned.length; i++) {
    const { target, desired, plan } = planned[i];
    if (!hasChanges(plan)) continue;
    const client = session.clientFor(target);
    try {
      await client.syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: plan.namespace }, desired.pipelines);
    } catch (error) {
      if (error instanceof FleetApiError && isVerdict(error)) {
        const pending = planned.slice(i + 1).map((p) => p.plan).filter(hasChanges);
        const names = desired.pipelines.map((p) => p.name);
        throw new SyncRefusedError(plan, error, pipelineNamedIn(error.serverMessage, names), applied, pending);
      }
      throw error;
    }
    const remote = await session.remotePipelines(target, true);
    const after = planTarget(languages, { namespace: plan.namespace, stack: plan.stack, desired: desired.pipelines, remote });
    if (hasChanges(after)) throw new SyncMismatchError(plan, after, applied);
    applied.push(plan);
    progress.applied?.(plan);
  }
  return applied;
}

/** A verdict on the request (exit 1), as opposed to a broken connection or bad credentials (exit 2). */
export function isVerdict(error: FleetApiError): boolean {
  return !["unauthenticated", "permission_denied", "unavailable", "deadline_exceeded", "resource_exhausted", "unimplemented", "internal", "unknown"].includes(error.code);
}
