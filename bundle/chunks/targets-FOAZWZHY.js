import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FleetSetupError
} from "./chunk-LIZFXGBB.js";
import "./chunk-HTDSFYMP.js";

// dist/src/fleet/targets.js
import { relative } from "node:path";
function targetName(target, baseDir) {
  if (target.name)
    return target.name;
  if (target.namespace)
    return target.namespace;
  const rel = baseDir === void 0 ? target.root : relative(baseDir, target.root);
  return rel === "" ? "." : rel;
}
var UnknownTargetError = class extends FleetSetupError {
  constructor(message) {
    super(message);
    this.name = "UnknownTargetError";
  }
};
function pickTargets(targets, names, baseDir) {
  if (!names || names.length === 0)
    return [...targets];
  const known = targets.map((t) => targetName(t, baseDir));
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new UnknownTargetError(`Unknown target${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `'${n}'`).join(", ")} (--target): the config has ${[...new Set(known)].map((n) => `'${n}'`).join(", ")}`);
  }
  return targets.filter((t, i) => names.includes(known[i]));
}
function selectTargets(project, names, baseDir = project.cwd) {
  const targets = pickTargets(project.targets, names, baseDir);
  const chosen = new Set(targets.map((t) => t.index));
  const owner = /* @__PURE__ */ new Map();
  for (const p of project.pipelines) {
    owner.set(p.definition.file.path, p.target.index);
    if (p.contents)
      owner.set(p.contents.file.path, p.target.index);
  }
  const concerns = (filePath) => {
    const index = owner.get(filePath);
    if (index !== void 0)
      return chosen.has(index);
    const under = project.targets.filter((t) => !relative(t.root, filePath).startsWith(".."));
    return under.length === 0 || under.some((t) => chosen.has(t.index));
  };
  const results = (all) => all.filter((r) => concerns(r.filePath));
  return {
    project: { ...project, targets, pipelines: project.pipelines.filter((p) => chosen.has(p.target.index)) },
    targets,
    concerns,
    results,
    lintCounts(all) {
      const mine = results(all);
      return { errors: mine.reduce((n, r) => n + r.errorCount, 0), warnings: mine.reduce((n, r) => n + r.warningCount, 0) };
    }
  };
}
export {
  UnknownTargetError,
  pickTargets,
  selectTargets,
  targetName
};
