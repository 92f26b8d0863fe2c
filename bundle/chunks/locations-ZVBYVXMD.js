import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  formatProblemLine
} from "./chunk-5V27NH3C.js";
import {
  neutralize
} from "./chunk-MUIKWUQD.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/locations.js
import { isAbsolute, relative } from "node:path";
function shown(path, cwd) {
  const rel = relative(cwd, path);
  return neutralize(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel);
}
function pipelinePlace(project, namespace, name) {
  const pipeline = project.pipelines.find((p) => p.name === name && p.target.namespace === namespace);
  if (!pipeline)
    return void 0;
  const { file, keys } = pipeline.definition;
  const at = file.positionAt(keys.get("name")?.value.start ?? 0);
  return { path: shown(file.path, project.cwd), line: at.line, column: at.column };
}
function targetPlace(project, config, namespace) {
  if (!config.path)
    return void 0;
  const index = project.targets.find((t) => t.namespace === namespace)?.index;
  const source = config.source;
  if (!source || index === void 0 || !source.targets[index])
    return { path: shown(config.path, project.cwd), line: 1, column: 1 };
  const at = source.file.positionAt(source.targets[index].range.start);
  return { path: shown(config.path, project.cwd), line: at.line, column: at.column };
}
function violationLine(project, config, plan, violation) {
  const pipelineGuard = violation.guard === "takeover" || violation.guard === "grafana";
  const place = (pipelineGuard && violation.names[0] !== void 0 ? pipelinePlace(project, plan.namespace, violation.names[0]) : void 0) ?? targetPlace(project, config, plan.namespace);
  const message = neutralize(violation.message);
  return place ? formatProblemLine({ ...place, severity: "error", message }) : `fleetlint: ${message}`;
}
function stopLine(project, config, reason, plan, pipeline) {
  const place = plan ? (pipeline !== void 0 ? pipelinePlace(project, plan.namespace, pipeline) : void 0) ?? targetPlace(project, config, plan.namespace) : void 0;
  return place ? formatProblemLine({ ...place, severity: "error", message: reason }) : `fleetlint: ${reason}`;
}
export {
  pipelinePlace,
  stopLine,
  targetPlace,
  violationLine
};
