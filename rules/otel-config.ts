/**
 * OpenTelemetry Collector pipelines: Fleet Management only checks that the
 * YAML parses, so a pipeline naming a receiver, processor, exporter or
 * connector that is not defined reaches the collectors and fails there. This
 * checks the structure the collector needs: a mapping with
 * `service.pipelines`, and every component a pipeline names defined in its
 * section (connectors may stand in for receivers and exporters).
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap } from "yaml";
import { defineRule, type RuleContext } from "../src/engine/types.js";
import type { TextRange } from "../src/core/source.js";
import type { Pipeline } from "../src/repo/types.js";

type Kind = "receivers" | "processors" | "exporters" | "connectors" | "extensions";

/** Where a pipeline's list may find its names. */
const LOOKUP: Record<"receivers" | "processors" | "exporters", Kind[]> = {
  receivers: ["receivers", "connectors"],
  processors: ["processors"],
  exporters: ["exporters", "connectors"],
};

const SINGULAR: Record<Kind, string> = {
  receivers: "receiver",
  processors: "processor",
  exporters: "exporter",
  connectors: "connector",
  extensions: "extension",
};

function nodeRange(node: Node | null | undefined, fallback: TextRange): TextRange {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

/** Keys of a top-level section, as written (`otlp/2` is its own key). */
function sectionKeys(root: YAMLMap, kind: Kind): Set<string> {
  const section = root.get(kind, true);
  const keys = new Set<string>();
  if (isMap(section)) for (const pair of section.items) if (isScalar(pair.key)) keys.add(String(pair.key.value));
  return keys;
}

/** `${env:NAME}` and friends are resolved by the collector at load time: nothing to check statically. */
function isSubstitution(name: string): boolean {
  return name.includes("${");
}

class OtelChecker {
  private doc: Document | undefined;

  constructor(
    private readonly context: RuleContext,
    private readonly pipeline: Pipeline,
  ) {}

  private report(messageId: string, range: TextRange, data: Record<string, string> = {}): void {
    this.context.report({ messageId, data, loc: this.context.contentsLocation(this.pipeline, range) });
  }

  check(text: string): void {
    const whole = { start: 0, end: text.length };
    const doc: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    this.doc = doc;
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      // yaml may place an error one past the end of the text (an unexpected end of input).
      const start = Math.min(error.pos[0], text.length);
      const end = Math.min(Math.max(start, error.pos[1]), text.length);
      this.report("invalidYaml", { start, end }, { message: error.message.split("\n")[0] });
      return;
    }
    const root = doc.contents;
    if (!isMap(root)) {
      this.report("notMapping", nodeRange(root, whole));
      return;
    }
    const service = root.get("service", true);
    const servicePair = root.items.find((p) => isScalar(p.key) && p.key.value === "service");
    const pipelines = isMap(service) ? service.get("pipelines", true) : undefined;
    if (!isMap(pipelines)) {
      const at = servicePair && isScalar(servicePair.key) ? nodeRange(servicePair.key, whole) : { start: 0, end: 0 };
      this.report("missingPipelines", at);
      return;
    }
    const defined = new Map<Kind, Set<string>>(
      (["receivers", "processors", "exporters", "connectors", "extensions"] as Kind[]).map((k) => [k, sectionKeys(root, k)]),
    );
    if (isMap(service)) this.checkList(service.get("extensions", true), ["extensions"], "extensions", "service", defined, whole);
    for (const pair of pipelines.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : "";
      const keyRange = nodeRange(pair.key as Node, whole);
      const body = this.resolve(pair.value);
      if (!isMap(body)) {
        this.report("invalidPipeline", keyRange, { pipeline: name });
        continue;
      }
      for (const list of ["receivers", "processors", "exporters"] as const) {
        this.checkList(body.get(list, true), LOOKUP[list], list, name, defined, keyRange);
      }
    }
  }

  /** Follows a YAML alias (`*name`) to the node it stands for. */
  private resolve(node: unknown): unknown {
    return isAlias(node) && this.doc ? node.resolve(this.doc) : node;
  }

  private checkList(written: unknown, lookIn: Kind[], list: Kind, pipeline: string, defined: Map<Kind, Set<string>>, fallback: TextRange): void {
    const node = this.resolve(written);
    if (node === undefined || node === null) return;
    if (!isSeq(node)) {
      this.report("notAList", nodeRange(node as Node, fallback), { list, pipeline });
      return;
    }
    for (const written of node.items) {
      const item = this.resolve(written);
      if (!isScalar(item)) {
        this.report("notAList", nodeRange(item as Node, fallback), { list, pipeline });
        continue;
      }
      const name = String(item.value);
      if (isSubstitution(name) || lookIn.some((k) => defined.get(k)!.has(name))) continue;
      this.report("undefinedComponent", nodeRange(item, fallback), {
        kind: SINGULAR[list],
        name,
        pipeline,
        sections: lookIn.join(" or "),
      });
    }
  }
}

export default defineRule({
  meta: {
    id: "otel-config",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "OpenTelemetry Collector pipelines define every component they use" },
    messages: {
      invalidYaml: "Invalid YAML in OpenTelemetry Collector contents: {{message}}",
      notMapping: "Expected the OpenTelemetry Collector contents to be a YAML mapping (receivers, exporters, service, …)",
      missingPipelines: "Expected service.pipelines: an OpenTelemetry Collector configuration without pipelines runs nothing",
      invalidPipeline: 'Expected pipeline "{{pipeline}}" to be a mapping with receivers, processors and exporters lists',
      notAList: 'Expected {{list}} of "{{pipeline}}" to be a list of component names',
      undefinedComponent: 'Unknown {{kind}} "{{name}}" in "{{pipeline}}": it is not defined under {{sections}}',
    },
    schema: [],
  },
  create(context) {
    return {
      pipeline(pipeline) {
        if (pipeline.configType !== "otel" || !pipeline.contents) return;
        new OtelChecker(context, pipeline).check(pipeline.contents.text);
      },
    };
  },
});
