/**
 * `--target NAME` (plan, sync, import, check --online): which targets of the
 * config a run works on. A target is named by its `name`, else its
 * namespace, else its root relative to the config folder. Everything else of
 * the project stays loaded, so cross-target rules still see the whole
 * repository; only the plans, the sends and the lint gate are narrowed.
 */
import { relative } from "node:path";
import type { FileResult } from "../core/diagnostic.js";
import type { TargetConfig } from "../config/types.js";
import type { Project, Target } from "../repo/types.js";
import { FleetSetupError } from "./errors.js";

/** The name `--target` matches and messages use. */
export function targetName(target: Pick<TargetConfig, "name" | "namespace" | "root">, baseDir?: string): string {
  if (target.name) return target.name;
  if (target.namespace) return target.namespace;
  const rel = baseDir === undefined ? target.root : relative(baseDir, target.root);
  return rel === "" ? "." : rel;
}

/** A `--target` value the config does not have. */
export class UnknownTargetError extends FleetSetupError {
  constructor(message: string) {
    super(message);
    this.name = "UnknownTargetError";
  }
}

/** Every target matching one of the names (all of them when none are given); unknown names fail. */
export function pickTargets<T extends Pick<TargetConfig, "name" | "namespace" | "root">>(targets: readonly T[], names: readonly string[] | undefined, baseDir?: string): T[] {
  if (!names || names.length === 0) return [...targets];
  const known = targets.map((t) => targetName(t, baseDir));
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UnknownTargetError(
      `Unknown target${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `'${n}'`).join(", ")} (--target): the config has ${[...new Set(known)].map((n) => `'${n}'`).join(", ")}`,
    );
  }
  return targets.filter((t, i) => names.includes(known[i]));
}

export interface TargetSelection {
  /** The project narrowed to the chosen targets and their pipelines. */
  project: Project;
  targets: Target[];
  /** Whether a file's problems count for the chosen targets (files outside every target, like the config, always do). */
  concerns(filePath: string): boolean;
  /** Lint results of the chosen targets only. */
  results(results: readonly FileResult[]): FileResult[];
  lintCounts(results: readonly FileResult[]): { errors: number; warnings: number };
}

export function selectTargets(project: Project, names: readonly string[] | undefined, baseDir = project.cwd): TargetSelection {
  const targets = pickTargets(project.targets, names, baseDir);
  const chosen = new Set(targets.map((t) => t.index));
  const owner = new Map<string, number>();
  for (const p of project.pipelines) {
    owner.set(p.definition.file.path, p.target.index);
    if (p.contents) owner.set(p.contents.file.path, p.target.index);
  }
  const concerns = (filePath: string): boolean => {
    const index = owner.get(filePath);
    if (index !== undefined) return chosen.has(index);
    // Not a pipeline's file: a standalone .alloy file under a root belongs to that target; anything else (the config) to all.
    const under = project.targets.filter((t) => !relative(t.root, filePath).startsWith(".."));
    return under.length === 0 || under.some((t) => chosen.has(t.index));
  };
  const results = (all: readonly FileResult[]): FileResult[] => all.filter((r) => concerns(r.filePath));
  return {
    project: { ...project, targets, pipelines: project.pipelines.filter((p) => chosen.has(p.target.index)) },
    targets,
    concerns,
    results,
    lintCounts(all) {
      const mine = results(all);
      return { errors: mine.reduce((n, r) => n + r.errorCount, 0), warnings: mine.reduce((n, r) => n + r.warningCount, 0) };
    },
  };
}
