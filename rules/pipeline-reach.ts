/**
 * A pipeline that no collector receives today: its matchers (with the
 * target's global matchers) select none of the enabled collectors of its
 * config type in the stack's inventory. Usually a matcher typo or an
 * attribute the fleet does not set; sometimes a pipeline staged ahead of its
 * collectors. Network rule: needs the live inventory (ListCollectors).
 */
import { defineRule } from "../src/engine/types.js";
import { parseMatcher } from "../grammar/matchers/index.js";
import { count, fleetReach } from "../src/match/reach.js";
import type { Pipeline } from "../src/repo/types.js";

const KIND = { alloy: "Alloy", otel: "OTel" } as const;

export default defineRule({
  meta: {
    id: "pipeline-reach",
    type: "suggestion",
    category: "network",
    scope: "project",
    // Info: staging a pipeline ahead of its collectors is legitimate, so this is news, not a defect.
    defaultSeverity: "info",
    docs: { description: "Every enabled pipeline reaches at least one collector of the stack's inventory" },
    messages: {
      reachesNone: "Pipeline '{{name}}' reaches no collector today: none of the {{total}} enabled {{kind}} collectors of stack '{{stack}}' match its matchers",
    },
    fixable: false,
    schema: [],
  },
  create(context) {
    const linted = (p: Pipeline): boolean => context.isLinted(p.definition.file.path) || (p.contents !== null && context.isLinted(p.contents.file.path));
    return {
      async project(project) {
        const online = context.online;
        if (!online?.collectors) return;
        for (const pipeline of project.pipelines) {
          // A disabled pipeline reaching nobody is what disabled means.
          if (pipeline.enabled !== true || !linted(pipeline)) continue;
          const collectors = await online.collectors(pipeline.target);
          if (!collectors) return;
          const fleet = fleetReach(collectors);
          const matchers = [...pipeline.matchers.map((m) => m.text), ...pipeline.target.globalMatchers];
          // Matchers that do not parse are matcher-valid's to report.
          if (matchers.some((text) => !parseMatcher(text).matcher)) continue;
          const total = count(fleet.ofType(pipeline.configType));
          // A stack without collectors of the type (a new stack, an emulator) says nothing about the matchers.
          if (total === 0) continue;
          if (count(fleet.reach({ enabled: true, matchers, configType: pipeline.configType })) > 0) continue;
          const definition = pipeline.definition;
          const key = definition.keys.get("matchers") ?? definition.keys.get("name");
          context.report({
            messageId: "reachesNone",
            data: { name: pipeline.name, total: String(total), kind: KIND[pipeline.configType], stack: pipeline.target.stack },
            loc: { file: definition.file, range: key ? key.key : definition.range },
          });
        }
      },
    };
  },
});
