import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-DBJ25EAL.js";
import {
  require_dist
} from "./chunk-JMF2JWRJ.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/rules/otel-config.js
var import_yaml = __toESM(require_dist(), 1);
var LOOKUP = {
  receivers: ["receivers", "connectors"],
  processors: ["processors"],
  exporters: ["exporters", "connectors"]
};
var SINGULAR = {
  receivers: "receiver",
  processors: "processor",
  exporters: "exporter",
  connectors: "connector",
  extensions: "extension"
};
function nodeRange(node, fallback) {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}
function sectionKeys(root, kind) {
  const section = root.get(kind, true);
  const keys = /* @__PURE__ */ new Set();
  if ((0, import_yaml.isMap)(section)) {
    for (const pair of section.items)
      if ((0, import_yaml.isScalar)(pair.key))
        keys.add(String(pair.key.value));
  }
  return keys;
}
function isSubstitution(name) {
  return name.includes("${");
}
var OtelChecker = class {
  context;
  pipeline;
  doc;
  constructor(context, pipeline) {
    this.context = context;
    this.pipeline = pipeline;
  }
  report(messageId, range, data = {}) {
    this.context.report({ messageId, data, loc: this.context.contentsLocation(this.pipeline, range) });
  }
  check(text) {
    const whole = { start: 0, end: text.length };
    const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
    this.doc = doc;
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const start = Math.min(error.pos[0], text.length);
      const end = Math.min(Math.max(start, error.pos[1]), text.length);
      this.report("invalidYaml", { start, end }, { message: error.message.split("\n")[0] });
      return;
    }
    const root = doc.contents;
    if (!(0, import_yaml.isMap)(root)) {
      this.report("notMapping", nodeRange(root, whole));
      return;
    }
    const service = root.get("service", true);
    const servicePair = root.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "service");
    const pipelines = (0, import_yaml.isMap)(service) ? service.get("pipelines", true) : void 0;
    if (!(0, import_yaml.isMap)(pipelines)) {
      const at = servicePair && (0, import_yaml.isScalar)(servicePair.key) ? nodeRange(servicePair.key, whole) : { start: 0, end: 0 };
      this.report("missingPipelines", at);
      return;
    }
    const defined = new Map(["receivers", "processors", "exporters", "connectors", "extensions"].map((k) => [k, sectionKeys(root, k)]));
    if ((0, import_yaml.isMap)(service))
      this.checkList(service.get("extensions", true), ["extensions"], "extensions", "service", defined, whole);
    for (const pair of pipelines.items) {
      const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      const keyRange = nodeRange(pair.key, whole);
      const body = this.resolve(pair.value);
      if (!(0, import_yaml.isMap)(body)) {
        this.report("invalidPipeline", keyRange, { pipeline: name });
        continue;
      }
      for (const list of ["receivers", "processors", "exporters"]) {
        this.checkList(body.get(list, true), LOOKUP[list], list, name, defined, keyRange);
      }
    }
  }
  /** Follows a YAML alias (`*name`) to the node it stands for. */
  resolve(node) {
    return (0, import_yaml.isAlias)(node) && this.doc ? node.resolve(this.doc) : node;
  }
  checkList(written, lookIn, list, pipeline, defined, fallback) {
    const node = this.resolve(written);
    if (node === void 0 || node === null)
      return;
    if (!(0, import_yaml.isSeq)(node)) {
      this.report("notAList", nodeRange(node, fallback), { list, pipeline });
      return;
    }
    for (const written2 of node.items) {
      const item = this.resolve(written2);
      if (!(0, import_yaml.isScalar)(item)) {
        this.report("notAList", nodeRange(item, fallback), { list, pipeline });
        continue;
      }
      const name = String(item.value);
      if (isSubstitution(name) || lookIn.some((k) => defined.get(k).has(name)))
        continue;
      this.report("undefinedComponent", nodeRange(item, fallback), {
        kind: SINGULAR[list],
        name,
        pipeline,
        sections: lookIn.join(" or ")
      });
    }
  }
};
var otel_config_default = defineRule({
  meta: {
    id: "otel-config",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "OpenTelemetry Collector pipelines define every component they use" },
    messages: {
      invalidYaml: "Invalid YAML in OpenTelemetry Collector contents: {{message}}",
      notMapping: "Expected the OpenTelemetry Collector contents to be a YAML mapping (receivers, exporters, service, \u2026)",
      missingPipelines: "Expected service.pipelines: an OpenTelemetry Collector configuration without pipelines runs nothing",
      invalidPipeline: 'Expected pipeline "{{pipeline}}" to be a mapping with receivers, processors and exporters lists',
      notAList: 'Expected {{list}} of "{{pipeline}}" to be a list of component names',
      undefinedComponent: 'Unknown {{kind}} "{{name}}" in "{{pipeline}}": it is not defined under {{sections}}'
    },
    schema: []
  },
  create(context) {
    return {
      pipeline(pipeline) {
        if (pipeline.configType !== "otel" || !pipeline.contents)
          return;
        new OtelChecker(context, pipeline).check(pipeline.contents.text);
      }
    };
  }
});
export {
  otel_config_default as default
};
