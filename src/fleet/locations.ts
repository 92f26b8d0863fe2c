/**
 * Where in the repository a sync problem belongs, so every line `sync`
 * prints about it reads `path:line:col: error message` like `check`'s: a
 * pipeline's definition (at its `name` when written), or the target's entry
 * in the config file for problems of the whole target (deletions, an empty
 * set). Paths are relative to the working directory when inside it.
 */
import { isAbsolute, relative } from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import { formatProblemLine } from "../core/problem-line.js";
import { neutralize } from "../core/neutralize.js";
import type { Project } from "../repo/types.js";
import type { GuardViolation } from "./guards.js";
import type { TargetPlan } from "./plan.js";

export interface Place {
  path: string;
  line: number;
  column: number;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return neutralize(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel);
}

/** The definition file of a target's pipeline, at its `name` key when written. */
export function pipelinePlace(project: Project, namespace: string, name: string): Place | undefined {
  const pipeline = project.pipelines.find((p) => p.name === name && p.target.namespace === namespace);
  if (!pipeline) return undefined;
  const { file, keys } = pipeline.definition;
  const at = file.positionAt(keys.get("name")?.value.start ?? 0);
  return { path: shown(file.path, project.cwd), line: at.line, column: at.column };
}

/** The target's entry in the config file (or the config file itself). */
export function targetPlace(project: Project, config: ResolvedConfig, namespace: string): Place | undefined {
  if (!config.path) return undefined;
  const index = project.targets.find((t) => t.namespace === namespace)?.index;
  const source = config.source;
  if (!source || index === undefined || !source.targets[index]) return { path: shown(config.path, project.cwd), line: 1, column: 1 };
  const at = source.file.positionAt(source.targets[index].range.start);
  return { path: shown(config.path, project.cwd), line: at.line, column: at.column };
}

/** A guard's refusal as a problem line at the pipeline it names, else at the target. */
export function violationLine(project: Project, config: ResolvedConfig, plan: TargetPlan, violation: GuardViolation): string {
  const pipelineGuard = violation.guard === "takeover" || violation.guard === "grafana";
  const place = (pipelineGuard && violation.names[0] !== undefined ? pipelinePlace(project, plan.namespace, violation.names[0]) : undefined) ?? targetPlace(project, config, plan.namespace);
  const message = neutralize(violation.message);
  return place ? formatProblemLine({ ...place, severity: "error", message }) : `fleetlint: ${message}`;
}

/** A reason that stopped the sync, at the pipeline the server named when there is one. */
export function stopLine(project: Project, config: ResolvedConfig, reason: string, plan?: TargetPlan, pipeline?: string): string {
  const place = plan ? ((pipeline !== undefined ? pipelinePlace(project, plan.namespace, pipeline) : undefined) ?? targetPlace(project, config, plan.namespace)) : undefined;
  return place ? formatProblemLine({ ...place, severity: "error", message: reason }) : `fleetlint: ${reason}`;
}
