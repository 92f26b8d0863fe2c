/**
 * The plan: what one SyncPipelines call for a target would do to the stack
 * (SyncPipelines semantics, fleet-api.md §3). Names are unique across the
 * whole stack, so a name the server holds under another source is a takeover;
 * only pipelines of (SOURCE_TYPE_GIT, namespace) can be deleted.
 */
import { createTwoFilesPatch } from "diff";
import { changedFields, type Languages, type PlanField } from "./compare.js";
import type { ImpactWarning, PipelineImpact, TargetImpact } from "./impact.js";
import { describeSource, type PipelineMessage, type SourceTypeName } from "./messages.js";

export interface PlanUpdate {
  name: string;
  fields: PlanField[];
  /** Unified diff of the contents (server → repository) when they changed. */
  diff?: string;
}

export interface PlanTakeover {
  name: string;
  /** `SOURCE_TYPE_…[:namespace]` of the current owner. */
  source: string;
  sourceType: SourceTypeName;
  /** Fields that would change besides the owner. */
  fields: PlanField[];
}

export interface TargetPlan {
  namespace: string;
  stack: string;
  create: string[];
  update: PlanUpdate[];
  delete: string[];
  unchanged: string[];
  takeover: PlanTakeover[];
  /** Pipelines the server holds under this target's source before the sync. */
  namespaceSize: number;
  /** Pipelines the target would send. */
  desiredCount: number;
  /** The blast radius, when the plan was made with a collector inventory. */
  impact?: TargetImpact;
  /** Why the plan has no blast radius although one was asked for. */
  impactUnavailable?: string;
}

export interface PlanInput {
  namespace: string;
  stack: string;
  /** The pipelines the target sends (global matchers applied). */
  desired: readonly PipelineMessage[];
  /** Every pipeline in the stack. */
  remote: readonly PipelineMessage[];
}

export function isOwnedBy(pipeline: PipelineMessage, namespace: string): boolean {
  return pipeline.source?.type === "SOURCE_TYPE_GIT" && pipeline.source.namespace === namespace;
}

export function planTarget(languages: Languages, input: PlanInput): TargetPlan {
  const remoteByName = new Map(input.remote.map((p) => [p.name, p]));
  const plan: TargetPlan = {
    namespace: input.namespace,
    stack: input.stack,
    create: [],
    update: [],
    delete: [],
    unchanged: [],
    takeover: [],
    namespaceSize: input.remote.filter((p) => isOwnedBy(p, input.namespace)).length,
    desiredCount: input.desired.length,
  };
  const desiredNames = new Set<string>();
  for (const desired of input.desired) {
    desiredNames.add(desired.name);
    const remote = remoteByName.get(desired.name);
    if (!remote) {
      plan.create.push(desired.name);
      continue;
    }
    const fields = changedFields(languages, desired, remote);
    if (!isOwnedBy(remote, input.namespace)) {
      plan.takeover.push({ name: desired.name, source: describeSource(remote.source), sourceType: remote.source?.type ?? "SOURCE_TYPE_UNSPECIFIED", fields });
    } else if (fields.length === 0) {
      plan.unchanged.push(desired.name);
    } else {
      const update: PlanUpdate = { name: desired.name, fields };
      if (fields.includes("contents")) {
        update.diff = createTwoFilesPatch(`server/${desired.name}`, `repository/${desired.name}`, remote.contents, desired.contents, undefined, undefined, { context: 3 });
      }
      plan.update.push(update);
    }
  }
  for (const remote of input.remote) {
    if (isOwnedBy(remote, input.namespace) && !desiredNames.has(remote.name)) plan.delete.push(remote.name);
  }
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  plan.create.sort(byName);
  plan.delete.sort(byName);
  plan.unchanged.sort(byName);
  plan.update.sort((a, b) => byName(a.name, b.name));
  plan.takeover.sort((a, b) => byName(a.name, b.name));
  return plan;
}

export function hasChanges(plan: TargetPlan): boolean {
  return plan.create.length + plan.update.length + plan.delete.length + plan.takeover.length > 0;
}

/** The JSON contract of `plan --format json` (SPEC §2.1), nothing more. */
export interface PlanJson {
  targets: {
    namespace: string;
    stack: string;
    create: string[];
    update: { name: string; fields: PlanField[] }[];
    delete: string[];
    unchanged: string[];
    takeover: { name: string; source: string }[];
    /** With a collector inventory: one entry per create, update, delete and takeover. */
    impact?: PipelineImpact[];
    /** Distinct collectors whose configuration the sync changes. */
    collectorsChanged?: number;
    impactWarnings?: ImpactWarning[];
    impactUnavailable?: string;
  }[];
}

export function planJson(plans: readonly TargetPlan[]): PlanJson {
  return {
    targets: plans.map((p) => {
      const target: PlanJson["targets"][number] = {
        namespace: p.namespace,
        stack: p.stack,
        create: [...p.create],
        update: p.update.map((u) => ({ name: u.name, fields: [...u.fields] })),
        delete: [...p.delete],
        unchanged: [...p.unchanged],
        takeover: p.takeover.map((t) => ({ name: t.name, source: t.source })),
      };
      if (p.impact) {
        target.impact = p.impact.pipelines.map((i) => ({ ...i, gained: [...i.gained], lost: [...i.lost] }));
        target.collectorsChanged = p.impact.collectorsChanged;
        target.impactWarnings = p.impact.warnings.map((w) => ({ ...w }));
      }
      if (p.impactUnavailable) target.impactUnavailable = p.impactUnavailable;
      return target;
    }),
  };
}
