import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  pipelineLocation
} from "./chunk-ZTDGCM4A.js";
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/source-consistency.js
import { relative, sep } from "node:path";
function isUnder(path, dir) {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
function shownRoot(context, target) {
  return relative(context.config.baseDir, target.root).split(sep).join("/") || ".";
}
function targetName(context, target) {
  return `targets[${target.index}] (root '${shownRoot(context, target)}')`;
}
function targetLocation(context, target, key) {
  const entry = context.config.source?.targets[target.index];
  const range = entry?.[key] ?? entry?.range;
  return context.configLocation(range);
}
function describeOwner(remote) {
  switch (remote.sourceType) {
    case "SOURCE_TYPE_GIT":
      return remote.namespace ? `the Git namespace '${remote.namespace}'` : "another Git source";
    case "SOURCE_TYPE_TERRAFORM":
      return "Terraform";
    case "SOURCE_TYPE_GRAFANA":
      return "Grafana";
    default:
      return "the UI or API";
  }
}
function checkTargets(context, targets) {
  targets.forEach((later, j) => {
    for (const earlier of targets.slice(0, j)) {
      if (isUnder(later.root, earlier.root) || isUnder(earlier.root, later.root)) {
        context.report({
          messageId: "overlappingRoots",
          data: { target: targetName(context, later), other: targetName(context, earlier) },
          loc: targetLocation(context, later, "root"),
          related: [{ ...targetLocation(context, earlier, "root"), message: `${targetName(context, earlier)} is defined here` }]
        });
      }
      if (later.stack === earlier.stack && later.namespace !== void 0 && later.namespace === earlier.namespace) {
        context.report({
          messageId: "sharedNamespace",
          data: {
            target: targetName(context, later),
            other: targetName(context, earlier),
            namespace: later.namespace,
            stack: later.stack
          },
          loc: targetLocation(context, later, "namespace"),
          related: [{ ...targetLocation(context, earlier, "namespace"), message: `${targetName(context, earlier)} is defined here` }]
        });
      }
    }
  });
}
function checkDefinitions(context, pipelines, targets) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of pipelines) {
    const path = p.definition.file.path;
    if (seen.has(path))
      continue;
    seen.add(path);
    if (!context.isLinted(path))
      continue;
    const owners = targets.filter((t) => isUnder(path, t.root));
    if (owners.length < 2)
      continue;
    context.report({
      messageId: "multipleTargets",
      data: { name: p.name, targets: owners.map((t) => targetName(context, t)).join(", ") },
      loc: pipelineLocation(p),
      related: owners.map((t) => ({ ...targetLocation(context, t, "root"), message: `${targetName(context, t)} is defined here` }))
    });
  }
}
async function checkRemoteOwners(context, pipelines, targets) {
  const online = context.online;
  if (!online)
    return;
  await Promise.all(targets.filter((t) => t.namespace !== void 0).map(async (target) => {
    const remote = new Map((await online.remotePipelines(target)).map((r) => [r.name, r]));
    const seen = /* @__PURE__ */ new Set();
    for (const p of pipelines) {
      if (p.target.index !== target.index || seen.has(p.definition.file.path))
        continue;
      seen.add(p.definition.file.path);
      if (!context.isLinted(p.definition.file.path))
        continue;
      const owner = remote.get(p.name);
      if (!owner || owner.sourceType === "SOURCE_TYPE_GIT" && owner.namespace === target.namespace)
        continue;
      context.report({
        // No flag takes over a Grafana-managed pipeline: say what sync will do, not what it could.
        messageId: owner.sourceType === "SOURCE_TYPE_GRAFANA" ? "ownedByGrafana" : "ownedElsewhere",
        data: { name: p.name, stack: target.stack, owner: describeOwner(owner) },
        loc: pipelineLocation(p)
      });
    }
  }));
}
var source_consistency_default = defineRule({
  meta: {
    id: "source-consistency",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "Definitions, targets and namespaces map onto Fleet Management sources without overlap" },
    messages: {
      multipleTargets: "Pipeline '{{name}}' belongs to more than one target: {{targets}}",
      overlappingRoots: "Invalid root for {{target}}: it overlaps {{other}}",
      sharedNamespace: "Duplicate namespace '{{namespace}}' in stack '{{stack}}': {{target}} and {{other}} both use it",
      ownedElsewhere: "Pipeline '{{name}}' already exists in stack '{{stack}}', owned by {{owner}}; a sync would take it over",
      ownedByGrafana: "Pipeline '{{name}}' already exists in stack '{{stack}}', managed by Grafana; sync will refuse to overwrite it"
    },
    help: {
      multipleTargets: "Move the file, or change the target roots so that exactly one contains it",
      overlappingRoots: "Give each target its own folder; a sync of one target deletes what the other sends",
      sharedNamespace: "Give each target of a stack its own namespace; each sync deletes the pipelines of its namespace it does not send",
      ownedElsewhere: "Rename the pipeline, or take it over on purpose with `fleetlint sync --adopt`",
      ownedByGrafana: "Rename the pipeline in the repository; no flag lets a sync overwrite a Grafana-managed pipeline"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    return {
      async project(project) {
        checkTargets(context, project.targets);
        checkDefinitions(context, project.pipelines, project.targets);
        await checkRemoteOwners(context, project.pipelines, project.targets);
      }
    };
  }
});
export {
  source_consistency_default as default,
  describeOwner
};
