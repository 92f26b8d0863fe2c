/**
 * Fleet Management caps the pipelines of a stack (200 by default), and a sync
 * that would exceed it fails as a whole. Offline, the repository's distinct
 * pipeline names per stack are counted against the smallest `pipelineLimit`
 * of the stack's targets; online, against the Tenant API's limit, adding the
 * server's pipelines that other sources own (the sync will not delete those).
 *
 * Reported once per stack: at the definition that crosses the limit when it
 * is being linted, else on the config file (a hook may pass none of the
 * stack's files, and the problem is the stack's, not one file's).
 */
import type { Pipeline, Target } from "../src/repo/types.js";
import type { Location, RuleContext } from "../src/engine/types.js";
import { defineRule } from "../src/engine/types.js";
import { pipelineLocation } from "../src/engine/locations.js";

interface Stack {
  name: string;
  targets: Target[];
  /** First definition of each distinct name, in load order. */
  pipelines: Pipeline[];
}

function stacksOf(targets: readonly Target[], pipelines: readonly Pipeline[]): Stack[] {
  const stacks = new Map<string, Stack>();
  for (const target of targets) {
    const stack = stacks.get(target.stack) ?? { name: target.stack, targets: [], pipelines: [] };
    stack.targets.push(target);
    stacks.set(target.stack, stack);
  }
  const names = new Map<string, Set<string>>();
  for (const p of pipelines) {
    const stack = stacks.get(p.target.stack);
    if (!stack) continue;
    const seen = names.get(stack.name) ?? new Set<string>();
    names.set(stack.name, seen);
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    stack.pipelines.push(p);
  }
  return [...stacks.values()];
}

/** The server's pipelines in the stack that no target of it owns (and so stay after a sync). */
async function otherSources(context: RuleContext, stack: Stack): Promise<number> {
  if (!context.online) return 0;
  const own = new Set(stack.targets.flatMap((t) => (t.namespace !== undefined ? [t.namespace] : [])));
  const local = new Set(stack.pipelines.map((p) => p.name));
  const remote = await context.online.remotePipelines(stack.targets[0]);
  return remote.filter((r) => !local.has(r.name) && !(r.sourceType === "SOURCE_TYPE_GIT" && r.namespace !== undefined && own.has(r.namespace)))
    .length;
}

function summaryLocation(context: RuleContext, stack: Stack): Location {
  const entry = context.config.source?.targets[stack.targets[0].index];
  return context.configLocation(entry?.stack ?? entry?.range);
}

export default defineRule({
  meta: {
    id: "pipeline-limit",
    type: "problem",
    category: "fast",
    scope: "project",
    defaultSeverity: "error",
    docs: { description: "A stack holds no more pipelines than its limit (default 200)" },
    messages: {
      tooMany: "Too many pipelines in stack '{{stack}}': {{count}} exceeds the limit of {{limit}}",
      tooManyOnline:
        "Too many pipelines in stack '{{stack}}': {{count}} ({{local}} from this repository, {{others}} from other sources) exceeds the limit of {{limit}}",
    },
    help: {
      tooMany: "Remove or merge pipelines, move some to another stack, or raise `pipelineLimit` if the stack's limit is higher",
      tooManyOnline: "Remove or merge pipelines, or move some to another stack; the server rejects a sync over the limit",
    },
    fixable: false,
    schema: [],
  },
  create(context) {
    return {
      async project(project) {
        for (const stack of stacksOf(project.targets, project.pipelines)) {
          const configured = Math.min(...stack.targets.map((t) => t.pipelineLimit));
          const remoteLimit = context.online ? await context.online.pipelineLimit(stack.targets[0]) : undefined;
          const limit = remoteLimit ?? configured;
          const others = await otherSources(context, stack);
          const local = stack.pipelines.length;
          const count = local + others;
          if (count <= limit) continue;
          // The local definition that takes the stack past the limit.
          const crossing = stack.pipelines[Math.max(0, limit - others)];
          const loc =
            crossing && context.isLinted(crossing.definition.file.path)
              ? pipelineLocation(crossing)
              : summaryLocation(context, stack);
          context.report(
            context.online
              ? { messageId: "tooManyOnline", data: { stack: stack.name, count, local, others, limit }, loc }
              : { messageId: "tooMany", data: { stack: stack.name, count, limit }, loc },
          );
        }
      },
    };
  },
});
