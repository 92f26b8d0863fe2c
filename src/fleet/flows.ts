/**
 * The plan, sync and import workflows as library functions (issue #17): each
 * takes a loaded project (or config) and a session, returns a result, and
 * reports progress as events. They never print, read `process.env` or set
 * exit codes; the CLI renders the events and maps the result to an exit code,
 * and a script or editor can do the same with its own rendering.
 */
import { resolve } from "node:path";
import type { FileResult } from "../core/diagnostic.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Project } from "../repo/types.js";
import { FleetLoader, type CollectorSource } from "./collector-source.js";
import type { Languages } from "./compare.js";
import { FleetSetupError } from "./errors.js";
import type { GuardOptions } from "./guards.js";
import { planImpact } from "./impact.js";
import { importFiles, writeImport, type ImportFile } from "./import.js";
import { loadLanguages } from "./languages.js";
import { lintGate, type LintGate } from "./lint-gate.js";
import type { PipelineMessage } from "./messages.js";
import { hasChanges, isOwnedBy, type TargetPlan } from "./plan.js";
import { SyncMismatchError, SyncOutcomeUnknownError, applyPlans, guardProject, planProject, type PlannedTarget, type TargetViolations } from "./sender.js";
import type { FleetSession } from "./session.js";

/** Progress of a sync, in the order it happens. */
export type SyncEvent =
  | { type: "lint"; gate: LintGate }
  | { type: "planned"; plans: TargetPlan[] }
  | { type: "refused"; refused: TargetViolations[]; dryRun: boolean }
  | { type: "dry-run" }
  | { type: "sending"; plan: TargetPlan }
  | { type: "applied"; plan: TargetPlan }
  | {
      type: "stopped";
      /** Sent and confirmed. */
      applied: TargetPlan[];
      /** Not sent, or refused by the server as a whole: unchanged on the server. */
      notApplied: TargetPlan[];
      /** Sent, but whether the server applied it is unknown. */
      unknown: TargetPlan[];
      /** Sent and answered, but the read-back does not match the plan. */
      notAsPlanned: TargetPlan[];
      error: unknown;
    }
  | { type: "nothing-to-sync" };

export type SyncStatus = "lint-failed" | "refused" | "dry-run" | "applied" | "nothing-to-sync";

export interface SyncResult {
  status: SyncStatus;
  /** Empty when the lint gate stopped the sync before planning. */
  plans: TargetPlan[];
  refused: TargetViolations[];
  /** Targets sent and confirmed by the read-back. */
  applied: TargetPlan[];
  gate: LintGate;
}

export interface SyncOptions extends GuardOptions {
  cwd: string;
  project: Project;
  session: FleetSession;
  /** Lints the project (the CLI passes the engine, with the online state when `--online`). */
  lint: () => Promise<readonly FileResult[]>;
  dryRun?: boolean;
  languages?: Languages;
  onEvent?: (event: SyncEvent) => void;
}

/**
 * Lint gate → plan → guards → one SyncPipelines per target with changes →
 * read-back. Resolves with the outcome; throws the fleet error that stopped
 * a send (after a `stopped` event naming what was and was not applied).
 */
export async function syncProject(options: SyncOptions): Promise<SyncResult> {
  const emit = options.onEvent ?? (() => {});
  const gate = lintGate(await options.lint(), options.cwd);
  emit({ type: "lint", gate });
  const result: SyncResult = { status: "lint-failed", plans: [], refused: [], applied: [], gate };
  if (gate.errorCount > 0) return result;

  const languages = options.languages ?? (await loadLanguages());
  const planned = await planProject(options.session, languages, options.project);
  result.plans = planned.map((p) => p.plan);
  emit({ type: "planned", plans: result.plans });

  result.refused = guardProject(planned, { allowEmpty: options.allowEmpty, maxDeletes: options.maxDeletes, adopt: options.adopt });
  if (result.refused.length > 0) {
    emit({ type: "refused", refused: result.refused, dryRun: options.dryRun ?? false });
    result.status = "refused";
    return result;
  }
  if (options.dryRun) {
    emit({ type: "dry-run" });
    result.status = "dry-run";
    return result;
  }
  let inFlight: TargetPlan | undefined;
  try {
    await applyPlans(options.session, languages, planned, {
      sending(plan) {
        inFlight = plan;
        emit({ type: "sending", plan });
      },
      applied(plan) {
        inFlight = undefined;
        result.applied.push(plan);
        emit({ type: "applied", plan });
      },
    });
  } catch (error) {
    // Only the target in flight can be in doubt; a refusal or a mismatch is a known outcome.
    const unknown = inFlight && outcomeUnknown(error) ? [inFlight] : [];
    const mismatched = error instanceof SyncMismatchError ? [error.plan] : [];
    const notApplied = result.plans.filter((p) => hasChanges(p) && !result.applied.includes(p) && !unknown.includes(p) && !mismatched.includes(p));
    emit({ type: "stopped", applied: [...result.applied], notApplied, unknown, notAsPlanned: mismatched, error });
    throw error;
  }
  if (!result.plans.some(hasChanges)) {
    emit({ type: "nothing-to-sync" });
    result.status = "nothing-to-sync";
  } else {
    result.status = "applied";
  }
  return result;
}

/** A failure after the send left that leaves the server's state in doubt. */
function outcomeUnknown(error: unknown): boolean {
  return error instanceof SyncOutcomeUnknownError;
}

export interface PlanOptions {
  project: Project;
  session: FleetSession;
  languages?: Languages;
  /** Where the blast radius comes from; default none. */
  collectors?: CollectorSource;
}

/**
 * What a sync would do to every target, read from the server; sends nothing.
 * With a collector source, each target's plan carries its blast radius.
 */
export async function planTargets(options: PlanOptions): Promise<PlannedTarget[]> {
  const loader = new FleetLoader(options.collectors ?? { kind: "none" });
  // The inventory is listed while the pipelines are compared; a failure surfaces below, in order.
  const fleets = options.project.targets.map((target) => loader.fleet(target));
  for (const pending of fleets) pending.catch(() => undefined);
  const planned = await planProject(options.session, options.languages ?? (await loadLanguages()), options.project);
  for (const { target, desired, plan, remote } of planned) {
    const fleet = await loader.fleet(target);
    if (!fleet) continue;
    if (!fleet.ok) {
      plan.impactUnavailable = fleet.reason;
      continue;
    }
    plan.impact = planImpact(plan, desired.pipelines, remote, fleet.reach);
  }
  return planned;
}

export interface ImportOptions {
  cwd: string;
  config: ResolvedConfig;
  session: FleetSession;
  /** Import this Git namespace's pipelines (default: the config's only namespace). */
  namespace?: string;
  /** Import every pipeline of the stack, whatever its source. */
  all?: boolean;
  /** Folder to write into (default: the target's root). */
  into?: string;
  /** Overwrite files that already exist. */
  force?: boolean;
  languages?: Languages;
}

export interface ImportResult {
  /** The namespace imported, or undefined with `all`. */
  namespace: string | undefined;
  into: string;
  pipelines: PipelineMessage[];
  files: ImportFile[];
}

/** Writes the server's pipelines (one namespace, or all) as definition files. */
export async function importPipelines(options: ImportOptions): Promise<ImportResult> {
  if (options.all && options.namespace !== undefined) throw new ImportUsageError("Use either --namespace or --all, not both");
  const { config } = options;
  // The target that owns the namespace (or the only one) gives the root, stack, URL and global matchers.
  const namespace = options.all ? undefined : (options.namespace ?? soleNamespace(config.targets));
  const target =
    config.targets.find((t) => namespace !== undefined && t.namespace === namespace) ?? (config.targets.length === 1 ? config.targets[0] : undefined);
  if (!target && options.into === undefined) {
    throw new ImportUsageError("Missing --into: no single target of the config matches; say where to write the files");
  }
  const into = options.into !== undefined ? resolve(options.cwd, options.into) : (target?.root as string);
  const location = target ?? { stack: "default" };
  const remote = await options.session.remotePipelines(location);
  const chosen = namespace === undefined ? remote : remote.filter((p) => isOwnedBy(p, namespace));
  const languages = options.languages ?? (await loadLanguages());
  const files = importFiles(languages, chosen, { into, globalMatchers: target?.globalMatchers ?? [] });
  writeImport(files, options.force ?? false);
  return { namespace, into, pipelines: chosen, files };
}

/** A wrong combination of import options (the CLI reports it as a usage error). */
export class ImportUsageError extends FleetSetupError {
  constructor(message: string) {
    super(message);
    this.name = "ImportUsageError";
  }
}

function soleNamespace(targets: readonly { namespace?: string }[]): string {
  const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n): n is string => !!n))];
  if (namespaces.length !== 1) {
    throw new ImportUsageError(
      namespaces.length === 0 ? "Missing --namespace (or --all): the config names no namespace" : `Missing --namespace (or --all): the config has several (${namespaces.join(", ")})`,
    );
  }
  return namespaces[0];
}
