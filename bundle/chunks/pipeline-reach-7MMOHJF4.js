import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import {
  count,
  fleetReach
} from "./chunk-4W7P2XDW.js";
import "./chunk-XXFPFKBW.js";
import {
  parseMatcher
} from "./chunk-JKUQAI7V.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";

// dist/rules/pipeline-reach.js
var KIND = { alloy: "Alloy", otel: "OTel" };
var pipeline_reach_default = defineRule({
  meta: {
    id: "pipeline-reach",
    type: "suggestion",
    category: "network",
    scope: "project",
    // Info: staging a pipeline ahead of its collectors is legitimate, so this is news, not a defect.
    defaultSeverity: "info",
    docs: { description: "Every enabled pipeline reaches at least one collector of the stack's inventory" },
    messages: {
      reachesNone: "Pipeline '{{name}}' reaches no collector today: none of the {{total}} enabled {{kind}} collectors of stack '{{stack}}' match its matchers"
    },
    fixable: false,
    schema: []
  },
  create(context) {
    const linted = (p) => context.isLinted(p.definition.file.path) || p.contents !== null && context.isLinted(p.contents.file.path);
    return {
      async project(project) {
        const online = context.online;
        if (!online?.collectors)
          return;
        for (const pipeline of project.pipelines) {
          if (pipeline.enabled !== true || !linted(pipeline))
            continue;
          const collectors = await online.collectors(pipeline.target);
          if (!collectors)
            return;
          const fleet = fleetReach(collectors);
          const matchers = [...pipeline.matchers.map((m) => m.text), ...pipeline.target.globalMatchers];
          if (matchers.some((text) => !parseMatcher(text).matcher))
            continue;
          const total = count(fleet.ofType(pipeline.configType));
          if (total === 0)
            continue;
          if (count(fleet.reach({ enabled: true, matchers, configType: pipeline.configType })) > 0)
            continue;
          const definition = pipeline.definition;
          const key = definition.keys.get("matchers") ?? definition.keys.get("name");
          context.report({
            messageId: "reachesNone",
            data: { name: pipeline.name, total: String(total), kind: KIND[pipeline.configType], stack: pipeline.target.stack },
            loc: { file: definition.file, range: key ? key.key : definition.range }
          });
        }
      }
    };
  }
});
export {
  pipeline_reach_default as default
};
