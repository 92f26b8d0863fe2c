/**
 * The plan: what one SyncPipelines call for a target would do to the stack
 * (SyncPipelines semantics, fleet-api.md §3). Names are unique across the
 * whole stack, so a name the server holds under another source is a takeover;
 * only pipelines of (SOURCE_TYPE_GIT, namespace) can be deleted.
 */
import { createTwoFilesPatch } from "diff";
import { changedFields, effectiveConfigType, type Languages, type PlanField } from "./compare.js";
import type { ImpactWarning, PipelineImpact, TargetImpact } from "./impact.js";
import { describeSource, type ConfigTypeName, type PipelineMessage, type SourceTypeName } from "./messages.js";

/** A field's value on the server (before the sync) and in the repository (after it). */
export interface FieldChange<T> {
  before: T;
  after: T;
}

export interface PlanUpdate {
  name: string;
  fields: PlanField[];
  /** Unified diff of the contents (server → repository) when they changed. */
  diff?: string;
  /** Set when the matchers changed: the lists as the server has them and as they would be sent. */
  matchers?: FieldChange<string[]>;
  /**
   * The same change as diff lines (`- ` server only, `+ ` repository only,
   * `  ` both), compared by meaning so a re-quoted matcher is not a change.
   */
  matcherDiff?: string[];
  /** Set when `enabled` changed. */
  enabled?: FieldChange<boolean>;
  /** Set when the config type changed. */
  configType?: FieldChange<ConfigTypeName>;
}

export interface PlanTakeover {
  name: string;
  /** `SOURCE_TYPE_…[:namespace]` of the current owner. */
  source: string;
  sourceType: SourceTypeName;
  /** Fields that would change besides the owner. */
  fields: PlanField[];
  /** True when no flag lets a sync take the pipeline over (Grafana-managed); `reason` says why. */
  blocked: boolean;
  reason?: string;
}

/** Why a takeover is impossible whatever the flags, or undefined when `--adopt` allows it. */
export function blockedReason(sourceType: SourceTypeName): string | undefined {
  return sourceType === "SOURCE_TYPE_GRAFANA" ? "managed by Grafana: no flag lets a sync overwrite it; rename the pipeline in the repository" : undefined;
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
  /**
   * Why `sync` would refuse this target (lint errors, guards, blocked
   * takeovers); set by `assessPlans`, empty when it would sync.
   */
  refusals?: string[];
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
      const sourceType = remote.source?.type ?? "SOURCE_TYPE_UNSPECIFIED";
      const reason = blockedReason(sourceType);
      plan.takeover.push({ name: desired.name, source: describeSource(remote.source), sourceType, fields, blocked: reason !== undefined, ...(reason ? { reason } : {}) });
    } else if (fields.length === 0) {
      plan.unchanged.push(desired.name);
    } else {
      const update: PlanUpdate = { name: desired.name, fields };
      if (fields.includes("matchers")) {
        update.matchers = { before: [...remote.matchers], after: [...desired.matchers] };
        update.matcherDiff = matcherDiff(languages, remote.matchers, desired.matchers);
      }
      if (fields.includes("enabled")) update.enabled = { before: remote.enabled ?? false, after: desired.enabled ?? false };
      if (fields.includes("config_type")) update.configType = { before: effectiveConfigType(remote.configType), after: effectiveConfigType(desired.configType) };
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

function matcherDiff(languages: Languages, before: readonly string[], after: readonly string[]): string[] {
  const canonical = (text: string): string => {
    const parsed = languages.parseMatcher(text);
    return "canonical" in parsed ? parsed.canonical : text.trim();
  };
  const had = new Set(before.map(canonical));
  const has = new Set(after.map(canonical));
  const removed = before.filter((m) => !has.has(canonical(m))).map((m) => `- ${m.trim()}`);
  const kept = after.map((m) => `${had.has(canonical(m)) ? " " : "+"} ${m.trim()}`);
  return [...removed, ...kept];
}

export function hasChanges(plan: TargetPlan): boolean {
  return plan.create.length + plan.update.length + plan.delete.length + plan.takeover.length > 0;
}

/** Lint counts of the run, shown with the plan because `sync` refuses to send while there are errors. */
export interface LintCounts {
  errors: number;
  warnings: number;
}

type UpdateJson = { name: string; fields: PlanField[] } & Pick<PlanUpdate, "matchers" | "enabled" | "configType">;

/**
 * The JSON contract of `plan --format json` (SPEC §2.1). Additive: every
 * field of the first version keeps its name and meaning; the later ones
 * (before/after values, `blocked`, `lint`, `wouldSync`) are added beside them.
 */
export interface PlanJson {
  /** Present when the plan was checked against the lint gate. */
  lint?: LintCounts;
  targets: {
    namespace: string;
    stack: string;
    create: string[];
    update: UpdateJson[];
    delete: string[];
    unchanged: string[];
    takeover: { name: string; source: string; blocked: boolean; reason?: string }[];
    /** With a collector inventory: one entry per create, update, delete and takeover. */
    impact?: PipelineImpact[];
    /** Distinct collectors whose configuration the sync changes. */
    collectorsChanged?: number;
    impactWarnings?: ImpactWarning[];
    impactUnavailable?: string;
    /** Whether `sync` (with the same flags) would send this target; present once assessed. */
    wouldSync?: boolean;
    /** Why not, when `wouldSync` is false. */
    reasons?: string[];
  }[];
}

export function planJson(plans: readonly TargetPlan[], lint?: LintCounts): PlanJson {
  const json: PlanJson = {
    targets: plans.map((p) => {
      const target: PlanJson["targets"][number] = {
        namespace: p.namespace,
        stack: p.stack,
        create: [...p.create],
        update: p.update.map((u) => {
          const update: UpdateJson = { name: u.name, fields: [...u.fields] };
          if (u.matchers) update.matchers = { before: [...u.matchers.before], after: [...u.matchers.after] };
          if (u.enabled) update.enabled = { ...u.enabled };
          if (u.configType) update.configType = { ...u.configType };
          return update;
        }),
        delete: [...p.delete],
        unchanged: [...p.unchanged],
        takeover: p.takeover.map((t) => ({ name: t.name, source: t.source, blocked: t.blocked, ...(t.reason ? { reason: t.reason } : {}) })),
      };
      if (p.impact) {
        target.impact = p.impact.pipelines.map((i) => ({ ...i, gained: [...i.gained], lost: [...i.lost] }));
        target.collectorsChanged = p.impact.collectorsChanged;
        target.impactWarnings = p.impact.warnings.map((w) => ({ ...w }));
      }
      if (p.impactUnavailable) target.impactUnavailable = p.impactUnavailable;
      if (p.refusals !== undefined) {
        target.wouldSync = p.refusals.length === 0;
        if (p.refusals.length > 0) target.reasons = [...p.refusals];
      }
      return target;
    }),
  };
  return lint ? { lint: { ...lint }, ...json } : json;
}
