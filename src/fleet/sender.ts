/**
 * Plan every target against the server, check the guards, then per target:
 * list again right before sending and refuse if the server moved since the
 * plan, send one SyncPipelines, list again and check that the server now
 * holds exactly the pre-send listing with the plan applied (SPEC §2, §5,
 * issue #11). Nothing is sent unless every target's plan passes its guards,
 * so a refusal never leaves a half sync; every way a send can end is one of
 * confirmed, not sent, or sent with an unknown outcome.
 */
import { isDeepStrictEqual } from "node:util";
import { neutralize } from "../core/neutralize.js";
import type { Project, Target } from "../repo/types.js";
import type { Languages } from "./compare.js";
import { desiredTarget, type DesiredTarget } from "./desired.js";
import { FleetApiError, FleetNetworkError, FleetProtocolError, FleetSetupError } from "./errors.js";
import { checkGuards, type GuardOptions, type GuardViolation } from "./guards.js";
import { describeSource, type PipelineMessage } from "./messages.js";
import { hasChanges, isOwnedBy, planTarget, type TargetPlan } from "./plan.js";
import { requireNamespace, type FleetSession } from "./session.js";

export interface PlannedTarget {
  target: Target;
  desired: DesiredTarget;
  plan: TargetPlan;
  /** The stack's pipelines the plan was made from. */
  remote: PipelineMessage[];
}

/** How many names to look up when a listing claims the stack is empty. */
const EMPTY_LISTING_PROBES = 3;

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
    if (remote.length === 0) await confirmEmptyStack(session, target, desired.pipelines);
    planned.push({ target, desired, remote, plan: planTarget(languages, { namespace, stack: target.stack, desired: desired.pipelines, remote }) });
  }
  return planned;
}

/**
 * proto3 JSON writes an empty listing as `{}`, which is also what a broken
 * proxy answers. Before trusting "the stack is empty", ask for a few of the
 * names about to be created: a stack that holds one of them is not empty.
 */
async function confirmEmptyStack(session: FleetSession, target: Target, desired: readonly PipelineMessage[]): Promise<void> {
  const client = session.clientFor(target);
  for (const pipeline of desired.slice(0, EMPTY_LISTING_PROBES)) {
    let id: string;
    try {
      id = await client.getPipelineId(pipeline.name);
    } catch (error) {
      if (error instanceof FleetApiError && error.code === "not_found") continue;
      throw error;
    }
    throw new FleetProtocolError(
      "pipeline.v1.PipelineService/ListPipelines",
      `the listing says stack '${target.stack}' is empty, but GetPipelineID finds '${neutralize(pipeline.name)}' (id ${neutralize(id)}); refusing to plan from an untrustworthy listing`,
    );
  }
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

/** The server refused a sync; names the pipeline when its message does. Nothing of this target was applied. */
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

/** The server changed between the plan and the send: nothing of this target was sent. */
export class SyncDriftError extends Error {
  constructor(
    readonly plan: TargetPlan,
    readonly changes: string[],
  ) {
    super(
      `The server changed since the plan of namespace '${plan.namespace}' (stack '${plan.stack}') was made: ${changes.join("; ")}. Nothing was sent for it; run the sync again to plan against the current state`,
    );
    this.name = "SyncDriftError";
  }
}

/** After a send that reported success, the server does not hold what the plan said it would. */
export class SyncMismatchError extends Error {
  constructor(
    readonly plan: TargetPlan,
    /** Differences from the plan, one phrase each. */
    readonly problems: string[],
    readonly applied: TargetPlan[],
  ) {
    super(`The server does not match the plan after syncing namespace '${plan.namespace}' (stack '${plan.stack}'): ${problems.join("; ")}`);
    this.name = "SyncMismatchError";
  }
}

/** The request may have been applied, but fleetlint cannot tell (no answer, or the read-back failed). */
export class SyncOutcomeUnknownError extends Error {
  constructor(
    readonly plan: TargetPlan,
    readonly reason: string,
    override readonly cause: unknown,
  ) {
    super(`Sent namespace '${plan.namespace}' (stack '${plan.stack}') but the outcome is unknown: ${reason}`);
    this.name = "SyncOutcomeUnknownError";
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
  /** SyncPipelines for this target is about to leave: from now until `applied`, the outcome is unknown. */
  sending?(plan: TargetPlan): void;
  /** Called after each target is applied and confirmed. */
  applied?(plan: TargetPlan): void;
}

/**
 * Sends each target with changes and confirms it. Targets without changes are
 * not sent: SyncPipelines would be a no-op and costs a request.
 */
export async function applyPlans(session: FleetSession, languages: Languages, planned: readonly PlannedTarget[], progress: SyncProgress = {}): Promise<TargetPlan[]> {
  const applied: TargetPlan[] = [];
  // What the read-back confirmed a stack holds after one of this run's targets: a later target of the
  // same stack is checked for drift against that, so this run's own changes (a pipeline moved between
  // namespaces) are not taken for someone else's.
  const confirmed = new Map<string, PipelineMessage[]>();
  for (let i = 0; i < planned.length; i++) {
    const { target, desired, plan, remote } = planned[i];
    if (!hasChanges(plan)) continue;
    const pending = (): TargetPlan[] => planned.slice(i + 1).map((p) => p.plan).filter(hasChanges);

    // The API has no precondition: this re-list narrows the window in which a change by someone else goes unseen.
    const stack = session.stackKey(target);
    const baseline = confirmed.get(stack) ?? remote;
    const before = await session.remotePipelines(target, true);
    const drift = differences(baseline, before, relevantNames(plan.namespace, desired.pipelines, baseline, before));
    if (drift.length > 0) throw new SyncDriftError(plan, drift);

    progress.sending?.(plan);
    try {
      await session.clientFor(target).syncPipelines({ type: "SOURCE_TYPE_GIT", namespace: plan.namespace }, desired.pipelines);
    } catch (error) {
      if (error instanceof FleetApiError && isVerdict(error)) {
        const names = desired.pipelines.map((p) => p.name);
        throw new SyncRefusedError(plan, error, pipelineNamedIn(error.serverMessage, names), applied, pending());
      }
      if (mayHaveApplied(error)) throw new SyncOutcomeUnknownError(plan, describeFailure(error), error);
      throw error;
    }

    let after: PipelineMessage[];
    try {
      after = await session.remotePipelines(target, true);
    } catch (error) {
      throw new SyncOutcomeUnknownError(plan, `the server accepted SyncPipelines but the read-back failed (${describeFailure(error)})`, error);
    }
    const problems = readBackProblems(languages, plan, desired.pipelines, before, after);
    if (problems.length > 0) throw new SyncMismatchError(plan, problems, applied);
    confirmed.set(stack, after);
    applied.push(plan);
    progress.applied?.(plan);
  }
  return applied;
}

/**
 * A verdict on the request (exit 1): the server looked at it and refused it, so nothing of it was
 * applied. Anything else is a broken connection, bad credentials or a failure mid-way (exit 2), and
 * `canceled`, `aborted` and `data_loss` say the server may have been part-way through.
 */
export function isVerdict(error: FleetApiError): boolean {
  return ["invalid_argument", "failed_precondition", "already_exists", "not_found", "out_of_range"].includes(error.code);
}

/** Whether a failed SyncPipelines may still have been applied. */
function mayHaveApplied(error: unknown): boolean {
  if (error instanceof FleetNetworkError) return error.mayHaveArrived;
  if (error instanceof FleetApiError) return ["internal", "unknown", "deadline_exceeded", "data_loss", "canceled", "aborted"].includes(error.code);
  // A 200 we cannot read says the server did something; a redirect says it did not.
  if (error instanceof FleetProtocolError) return !error.detail.startsWith("redirected");
  return true;
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Pipelines a sync of this namespace can touch: its own (before or now) and every name it sends. */
function relevantNames(namespace: string, desired: readonly PipelineMessage[], ...listings: (readonly PipelineMessage[])[]): Set<string> {
  const names = new Set(desired.map((p) => p.name));
  for (const listing of listings) for (const p of listing) if (isOwnedBy(p, namespace)) names.add(p.name);
  return names;
}

/** A pipeline as the server holds it, for "did it change?" (every field, timestamps included). */
function fingerprint(p: PipelineMessage): unknown {
  return { ...p, matchers: [...p.matchers].sort() };
}

/** Added, removed and changed pipelines among `names` between two listings. */
function differences(from: readonly PipelineMessage[], to: readonly PipelineMessage[], names: ReadonlySet<string>): string[] {
  const a = new Map(from.map((p) => [p.name, p]));
  const b = new Map(to.map((p) => [p.name, p]));
  const out: string[] = [];
  for (const name of [...names].sort()) {
    const x = a.get(name);
    const y = b.get(name);
    if (!x && y) out.push(`'${name}' appeared (${describeSource(y.source)})`);
    else if (x && !y) out.push(`'${name}' disappeared`);
    else if (x && y && !isDeepStrictEqual(fingerprint(x), fingerprint(y))) out.push(`'${name}' changed`);
  }
  return out;
}

/**
 * The read-back against the pre-send listing plus the plan: every pipeline
 * the plan did not name must be exactly as it was, every planned deletion
 * gone, and the namespace must now match the repository.
 */
function readBackProblems(languages: Languages, plan: TargetPlan, desired: readonly PipelineMessage[], before: readonly PipelineMessage[], after: readonly PipelineMessage[]): string[] {
  const problems: string[] = [];
  const sent = new Set(desired.map((p) => p.name));
  const planned = new Set(plan.delete);
  const afterByName = new Map(after.map((p) => [p.name, p]));
  for (const p of before) {
    if (sent.has(p.name) || planned.has(p.name)) continue;
    const now = afterByName.get(p.name);
    if (!now) problems.push(`'${p.name}' was deleted but the plan did not delete it`);
    else if (!isDeepStrictEqual(fingerprint(p), fingerprint(now))) problems.push(`'${p.name}' was changed but the plan did not change it`);
  }
  const left = planTarget(languages, { namespace: plan.namespace, stack: plan.stack, desired, remote: after });
  problems.push(
    ...left.create.map((n) => `'${n}' is missing`),
    ...left.update.map((u) => `'${u.name}' differs (${u.fields.join(", ")})`),
    ...left.delete.map((n) => `'${n}' is still present`),
    ...left.takeover.map((t) => `'${t.name}' is owned by ${t.source}`),
  );
  return problems;
}
