import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  nearestName
} from "./chunk-2YBLRLLR.js";

// dist/src/alloy-semantics/schema-catalog.js
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var DATA_DIR = "data/alloy-component-schemas";
function findDataDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, DATA_DIR);
    if (existsSync(join(candidate, "index.json")))
      return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`component schema data not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
var Chunk = class {
  bodies = /* @__PURE__ */ new Map();
  schemas = /* @__PURE__ */ new Map();
  stored;
  constructor(stored) {
    this.stored = stored;
  }
  component(name) {
    const cached = this.schemas.get(name);
    if (cached)
      return cached;
    const c = this.stored.components[name];
    if (!c)
      return void 0;
    const schema = {
      name,
      kind: c.kind,
      labeled: c.labeled,
      arguments: this.body(c.arguments),
      exports: new Map((c.exports ?? []).map((a) => [a.name, this.attribute(a)])),
      ...c.goPackage && { goPackage: c.goPackage },
      ...c.docsUrl && { docsUrl: c.docsUrl },
      ...c.summary && { summary: c.summary }
    };
    this.schemas.set(name, schema);
    return schema;
  }
  /** Resolves a stored body by key; memoised, so recursive Go types become cyclic object graphs. */
  body(key) {
    const cached = this.bodies.get(key);
    if (cached)
      return cached;
    const stored = this.stored.types[key];
    const attributes = /* @__PURE__ */ new Map();
    const blocks = /* @__PURE__ */ new Map();
    const body = { goType: key, attributes, blocks };
    this.bodies.set(key, body);
    if (!stored || stored.opaque) {
      body.opaque = true;
      return body;
    }
    for (const a of stored.attributes ?? [])
      attributes.set(a.name, this.attribute(a));
    for (const b of stored.blocks ?? [])
      blocks.set(b.name, this.block(b));
    if (stored.open !== void 0)
      body.open = { element: this.type(stored.open) };
    if (stored.requiredOrder)
      body.requiredOrder = stored.requiredOrder;
    return body;
  }
  attribute(a) {
    return {
      name: a.name,
      type: this.type(a.type),
      required: a.required === true,
      ...a.default !== void 0 && { default: a.default },
      ...a.description && { description: a.description }
    };
  }
  block(b) {
    const chunk = this;
    return {
      name: b.name,
      required: b.required === true,
      repeatable: b.repeatable === true,
      ...b.count !== void 0 && { count: b.count },
      ...b.enumGroup && { enumGroup: b.enumGroup },
      ...b.label && { label: "required" },
      ...b.description && { description: b.description },
      get body() {
        return chunk.body(b.body);
      }
    };
  }
  type(t) {
    if (typeof t === "string") {
      const colon = t.indexOf(":");
      if (colon === -1) {
        if (t === "string" || t === "number" || t === "bool" || t === "any")
          return { kind: t };
        return { kind: "opaque", goType: t };
      }
      const kind = t.slice(0, colon);
      const goType = t.slice(colon + 1);
      if (kind === "text" || kind === "secret" || kind === "capsule")
        return { kind, goType };
      return { kind: "opaque", goType };
    }
    if ("text" in t)
      return { kind: "text", goType: t.text, enum: { values: t.values, caseInsensitive: t.lowercase === true, error: t.error } };
    if ("list" in t)
      return { kind: "list", element: this.type(t.list) };
    if ("map" in t)
      return { kind: "map", element: this.type(t.map) };
    const chunk = this;
    const key = t.object;
    return {
      kind: "object",
      get body() {
        return chunk.body(key);
      }
    };
  }
};
function buildCatalog(dataDir) {
  const index = JSON.parse(readFileSync(join(dataDir, "index.json"), "utf8"));
  const chunks = /* @__PURE__ */ new Map();
  const builtins = new Set(index.builtins);
  const componentNames = Object.keys(index.components).filter((n) => !builtins.has(n)).sort();
  const builtinNames = [...builtins].sort();
  const chunkOf = (name) => {
    const file = index.components[name];
    if (!file)
      return void 0;
    let chunk = chunks.get(file);
    if (!chunk) {
      chunk = new Chunk(JSON.parse(readFileSync(join(dataDir, `${file}.json`), "utf8")));
      chunks.set(file, chunk);
    }
    return chunk;
  };
  const component = (name) => chunkOf(name)?.component(name);
  return {
    alloyRef: index.alloy.ref,
    componentNames: () => componentNames,
    builtinNames: () => builtinNames,
    component,
    nestedBody(name, path) {
      let body = component(name)?.arguments;
      for (const segment of path)
        body = body?.blocks.get(segment)?.body;
      return body;
    },
    suggest: (name, candidates) => nearestName(name, [...candidates])
  };
}
var catalog;
function schemaCatalog() {
  catalog ??= buildCatalog(findDataDir());
  return catalog;
}

// dist/data/alloy-components.json
var alloy_components_default = {
  $comment: "Generated; refresh with `node scripts/refresh-component-catalog.mjs <grafana/alloy checkout>` (see docs/alloy-semantics.md).",
  alloy: {
    ref: "66ebea856dffb242f921775e9552a133f60dc5c1",
    date: "2026-08-21",
    source: "docs/sources/reference/components (page front matter; removals: pages deleted in the history, first release tag containing the deletion)"
  },
  notes: {
    "otelcol.receiver.nginx": "docs page says experimental; the code registration says public-preview; the code is followed",
    "otelcol.receiver.opencensus": "page still present, component removed in v1.13.0 (commit f1f457fa11)",
    "module.file": "the module.* components became the import.* config blocks",
    "module.git": "the module.* components became the import.* config blocks",
    "module.http": "the module.* components became the import.* config blocks",
    "module.string": "the module.* components became the import.* config blocks"
  },
  components: [
    {
      name: "beyla.ebpf",
      stability: "generally-available"
    },
    {
      name: "database_observability.mysql",
      stability: "generally-available"
    },
    {
      name: "database_observability.postgres",
      stability: "generally-available"
    },
    {
      name: "database_observability.sql_server",
      stability: "experimental"
    },
    {
      name: "discovery.aws",
      stability: "generally-available"
    },
    {
      name: "discovery.azure",
      stability: "generally-available"
    },
    {
      name: "discovery.consul",
      stability: "generally-available"
    },
    {
      name: "discovery.consulagent",
      stability: "generally-available"
    },
    {
      name: "discovery.digitalocean",
      stability: "generally-available"
    },
    {
      name: "discovery.dns",
      stability: "generally-available"
    },
    {
      name: "discovery.docker",
      stability: "generally-available"
    },
    {
      name: "discovery.dockerswarm",
      stability: "generally-available"
    },
    {
      name: "discovery.ec2",
      stability: "generally-available"
    },
    {
      name: "discovery.eureka",
      stability: "generally-available"
    },
    {
      name: "discovery.file",
      stability: "generally-available"
    },
    {
      name: "discovery.gce",
      stability: "generally-available"
    },
    {
      name: "discovery.hetzner",
      stability: "generally-available"
    },
    {
      name: "discovery.http",
      stability: "generally-available"
    },
    {
      name: "discovery.ionos",
      stability: "generally-available"
    },
    {
      name: "discovery.kubelet",
      stability: "generally-available"
    },
    {
      name: "discovery.kubernetes",
      stability: "generally-available"
    },
    {
      name: "discovery.kuma",
      stability: "generally-available"
    },
    {
      name: "discovery.lightsail",
      stability: "generally-available"
    },
    {
      name: "discovery.linode",
      stability: "generally-available"
    },
    {
      name: "discovery.marathon",
      stability: "generally-available"
    },
    {
      name: "discovery.nerve",
      stability: "generally-available"
    },
    {
      name: "discovery.nomad",
      stability: "generally-available"
    },
    {
      name: "discovery.openstack",
      stability: "generally-available"
    },
    {
      name: "discovery.ovhcloud",
      stability: "generally-available"
    },
    {
      name: "discovery.process",
      stability: "generally-available"
    },
    {
      name: "discovery.puppetdb",
      stability: "generally-available"
    },
    {
      name: "discovery.relabel",
      stability: "generally-available"
    },
    {
      name: "discovery.scaleway",
      stability: "generally-available"
    },
    {
      name: "discovery.serverset",
      stability: "generally-available"
    },
    {
      name: "discovery.triton",
      stability: "generally-available"
    },
    {
      name: "discovery.uyuni",
      stability: "generally-available"
    },
    {
      name: "faro.receiver",
      stability: "generally-available"
    },
    {
      name: "local.file",
      stability: "generally-available"
    },
    {
      name: "local.file_match",
      stability: "generally-available"
    },
    {
      name: "loki.echo",
      stability: "generally-available"
    },
    {
      name: "loki.enrich",
      stability: "experimental"
    },
    {
      name: "loki.process",
      stability: "generally-available"
    },
    {
      name: "loki.relabel",
      stability: "generally-available"
    },
    {
      name: "loki.rules.kubernetes",
      stability: "generally-available"
    },
    {
      name: "loki.secretfilter",
      stability: "public-preview"
    },
    {
      name: "loki.source.api",
      stability: "generally-available"
    },
    {
      name: "loki.source.awsfirehose",
      stability: "generally-available"
    },
    {
      name: "loki.source.azure_event_hubs",
      stability: "generally-available"
    },
    {
      name: "loki.source.cloudflare",
      stability: "generally-available"
    },
    {
      name: "loki.source.docker",
      stability: "generally-available"
    },
    {
      name: "loki.source.file",
      stability: "generally-available"
    },
    {
      name: "loki.source.gcplog",
      stability: "generally-available"
    },
    {
      name: "loki.source.gelf",
      stability: "generally-available"
    },
    {
      name: "loki.source.heroku",
      stability: "generally-available"
    },
    {
      name: "loki.source.journal",
      stability: "generally-available"
    },
    {
      name: "loki.source.kafka",
      stability: "generally-available"
    },
    {
      name: "loki.source.kubernetes",
      stability: "generally-available"
    },
    {
      name: "loki.source.kubernetes_events",
      stability: "generally-available"
    },
    {
      name: "loki.source.podlogs",
      stability: "generally-available"
    },
    {
      name: "loki.source.syslog",
      stability: "generally-available"
    },
    {
      name: "loki.source.windowsevent",
      stability: "generally-available"
    },
    {
      name: "loki.write",
      stability: "generally-available"
    },
    {
      name: "mimir.alerts.kubernetes",
      stability: "experimental"
    },
    {
      name: "mimir.rules.kubernetes",
      stability: "generally-available"
    },
    {
      name: "module.file",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.0.0",
      replacement: "import.file"
    },
    {
      name: "module.git",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.0.0",
      replacement: "import.git"
    },
    {
      name: "module.http",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.0.0",
      replacement: "import.http"
    },
    {
      name: "module.string",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.0.0",
      replacement: "import.string"
    },
    {
      name: "otelcol.auth.basic",
      stability: "generally-available"
    },
    {
      name: "otelcol.auth.bearer",
      stability: "generally-available"
    },
    {
      name: "otelcol.auth.google",
      stability: "public-preview"
    },
    {
      name: "otelcol.auth.headers",
      stability: "generally-available"
    },
    {
      name: "otelcol.auth.oauth2",
      stability: "generally-available"
    },
    {
      name: "otelcol.auth.sigv4",
      stability: "generally-available"
    },
    {
      name: "otelcol.connector.count",
      stability: "experimental"
    },
    {
      name: "otelcol.connector.host_info",
      stability: "generally-available"
    },
    {
      name: "otelcol.connector.servicegraph",
      stability: "generally-available"
    },
    {
      name: "otelcol.connector.signaltometrics",
      stability: "experimental"
    },
    {
      name: "otelcol.connector.spanlogs",
      stability: "generally-available"
    },
    {
      name: "otelcol.connector.spanmetrics",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.awss3",
      stability: "experimental"
    },
    {
      name: "otelcol.exporter.datadog",
      stability: "generally-available",
      community: true
    },
    {
      name: "otelcol.exporter.debug",
      stability: "experimental"
    },
    {
      name: "otelcol.exporter.faro",
      stability: "experimental"
    },
    {
      name: "otelcol.exporter.file",
      stability: "public-preview"
    },
    {
      name: "otelcol.exporter.googlecloud",
      stability: "generally-available",
      community: true
    },
    {
      name: "otelcol.exporter.googlecloudpubsub",
      stability: "generally-available",
      community: true
    },
    {
      name: "otelcol.exporter.kafka",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.loadbalancing",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.logging",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.5.0",
      replacement: "otelcol.exporter.debug"
    },
    {
      name: "otelcol.exporter.loki",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.otlp",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.otlphttp",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.prometheus",
      stability: "generally-available"
    },
    {
      name: "otelcol.exporter.splunkhec",
      stability: "generally-available",
      community: true
    },
    {
      name: "otelcol.exporter.syslog",
      stability: "public-preview"
    },
    {
      name: "otelcol.extension.jaeger_remote_sampling",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.attributes",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.batch",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.cumulativetodelta",
      stability: "public-preview"
    },
    {
      name: "otelcol.processor.deltatocumulative",
      stability: "experimental"
    },
    {
      name: "otelcol.processor.discovery",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.filter",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.groupbyattrs",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.interval",
      stability: "experimental"
    },
    {
      name: "otelcol.processor.k8sattributes",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.memory_limiter",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.metric_start_time",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.probabilistic_sampler",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.redaction",
      stability: "experimental"
    },
    {
      name: "otelcol.processor.resourcedetection",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.span",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.tail_sampling",
      stability: "generally-available"
    },
    {
      name: "otelcol.processor.transform",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.awscloudwatch",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.awsecscontainermetrics",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.awss3",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.cloudflare",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.datadog",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.faro",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.file_stats",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.filelog",
      stability: "public-preview"
    },
    {
      name: "otelcol.receiver.fluentforward",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.googlecloudpubsub",
      stability: "generally-available",
      community: true
    },
    {
      name: "otelcol.receiver.influxdb",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.jaeger",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.kafka",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.loki",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.nginx",
      stability: "public-preview"
    },
    {
      name: "otelcol.receiver.opencensus",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.13.0",
      replacement: "otelcol.receiver.otlp"
    },
    {
      name: "otelcol.receiver.otlp",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.prometheus",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.solace",
      stability: "generally-available"
    },
    {
      name: "otelcol.receiver.splunkhec",
      stability: "public-preview"
    },
    {
      name: "otelcol.receiver.syslog",
      stability: "public-preview"
    },
    {
      name: "otelcol.receiver.tcplog",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.vcenter",
      stability: "experimental"
    },
    {
      name: "otelcol.receiver.zipkin",
      stability: "generally-available"
    },
    {
      name: "otelcol.storage.file",
      stability: "public-preview"
    },
    {
      name: "prometheus.echo",
      stability: "generally-available"
    },
    {
      name: "prometheus.enrich",
      stability: "experimental"
    },
    {
      name: "prometheus.exporter.apache",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.azure",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.blackbox",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.cadvisor",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.catchpoint",
      stability: "experimental"
    },
    {
      name: "prometheus.exporter.cloudwatch",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.consul",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.databricks",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.dnsmasq",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.elasticsearch",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.gcp",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.github",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.kafka",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.memcached",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.mongodb",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.mssql",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.mysql",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.oracledb",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.postgres",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.process",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.redis",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.self",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.snmp",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.snowflake",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.squid",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.static",
      stability: "experimental"
    },
    {
      name: "prometheus.exporter.statsd",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.unix",
      stability: "generally-available"
    },
    {
      name: "prometheus.exporter.vsphere",
      stability: "generally-available",
      removed: true,
      removedIn: "v1.0.0",
      replacement: "otelcol.receiver.vcenter"
    },
    {
      name: "prometheus.exporter.windows",
      stability: "generally-available"
    },
    {
      name: "prometheus.operator.podmonitors",
      stability: "generally-available"
    },
    {
      name: "prometheus.operator.probes",
      stability: "generally-available"
    },
    {
      name: "prometheus.operator.scrapeconfigs",
      stability: "experimental"
    },
    {
      name: "prometheus.operator.servicemonitors",
      stability: "generally-available"
    },
    {
      name: "prometheus.receive_http",
      stability: "generally-available"
    },
    {
      name: "prometheus.relabel",
      stability: "generally-available"
    },
    {
      name: "prometheus.remote_write",
      stability: "generally-available"
    },
    {
      name: "prometheus.scrape",
      stability: "generally-available"
    },
    {
      name: "prometheus.write.queue",
      stability: "experimental",
      removed: true,
      removedIn: "v1.19.0",
      replacement: "prometheus.remote_write"
    },
    {
      name: "pyroscope.ebpf",
      stability: "generally-available"
    },
    {
      name: "pyroscope.enrich",
      stability: "experimental"
    },
    {
      name: "pyroscope.java",
      stability: "generally-available"
    },
    {
      name: "pyroscope.receive_http",
      stability: "generally-available"
    },
    {
      name: "pyroscope.relabel",
      stability: "generally-available"
    },
    {
      name: "pyroscope.scrape",
      stability: "generally-available"
    },
    {
      name: "pyroscope.write",
      stability: "generally-available"
    },
    {
      name: "remote.http",
      stability: "generally-available"
    },
    {
      name: "remote.kubernetes.configmap",
      stability: "generally-available"
    },
    {
      name: "remote.kubernetes.secret",
      stability: "generally-available"
    },
    {
      name: "remote.s3",
      stability: "generally-available"
    },
    {
      name: "remote.vault",
      stability: "generally-available"
    }
  ]
};

// dist/src/alloy-semantics/catalog.js
function buildCatalog2() {
  const components = alloy_components_default.components;
  const byName = new Map(components.map((c) => [c.name, c]));
  const live = components.filter((c) => !c.removed).map((c) => c.name);
  return {
    alloyRef: alloy_components_default.alloy.ref,
    get: (name) => byName.get(name),
    suggest: (name) => nearestName(name, live)
  };
}
var catalog2;
function componentCatalog() {
  catalog2 ??= buildCatalog2();
  return catalog2;
}

// dist/src/alloy-semantics/stdlib.js
var CURRENT = ["array", "coalesce", "constants", "convert", "encoding", "file", "json_path", "string", "sys"];
var DEPRECATED_STDLIB = /* @__PURE__ */ new Map([
  ["env", "sys.env"],
  ["nonsensitive", "convert.nonsensitive"],
  ["concat", "array.concat"],
  ["json_decode", "encoding.from_json"],
  ["yaml_decode", "encoding.from_yaml"],
  ["base64_decode", "encoding.from_base64"],
  ["format", "string.format"],
  ["join", "string.join"],
  ["replace", "string.replace"],
  ["split", "string.split"],
  ["to_lower", "string.to_lower"],
  ["to_upper", "string.to_upper"],
  ["trim", "string.trim"],
  ["trim_prefix", "string.trim_prefix"],
  ["trim_suffix", "string.trim_suffix"],
  ["trim_space", "string.trim_space"]
]);
var IDENTIFIERS = /* @__PURE__ */ new Set([...CURRENT, ...DEPRECATED_STDLIB.keys()]);
var STDLIB_STABILITY = /* @__PURE__ */ new Map([
  ["array.combine_maps", "experimental"],
  ["array.group_by", "experimental"]
]);
var SCOPE_GLOBALS = ["module_path"];
function isStdlibIdentifier(name) {
  return IDENTIFIERS.has(name);
}

// dist/src/alloy-semantics/traversals.js
function traversalName(t, length = t.length) {
  return t.slice(0, length).map((p) => p.name).join(".");
}
function traversalRange(t) {
  return { start: t[0].range.start, end: t[t.length - 1].range.end };
}
var TraversalCollector = class {
  traversals = [];
  current = [];
  building = false;
  flush() {
    if (this.building && this.current.length > 0)
      this.traversals.push(this.current);
    this.building = false;
    this.current = [];
  }
  body(statements) {
    for (const stmt of statements) {
      if (stmt.type === "Attribute")
        this.expr(stmt.value);
      else
        this.body(stmt.body);
    }
  }
  expr(e) {
    switch (e.type) {
      case "Identifier":
        this.flush();
        this.building = true;
        this.current.push({ name: e.name, range: { start: e.start.offset, end: e.end.offset } });
        return;
      case "Access":
        this.expr(e.value);
        if (this.building) {
          const start = e.nameStart.offset;
          this.current.push({ name: e.name, range: { start, end: start + e.name.length } });
        }
        return;
      case "Index":
        this.expr(e.value);
        this.flush();
        this.expr(e.index);
        return;
      case "Call":
        this.expr(e.value);
        this.flush();
        for (const arg of e.args)
          this.expr(arg);
        return;
      case "Array":
        for (const el of e.elements)
          this.expr(el);
        return;
      case "Object":
        for (const field of e.fields)
          this.expr(field.value);
        return;
      case "Unary":
        this.expr(e.value);
        return;
      case "Binary":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "Paren":
        this.expr(e.inner);
        return;
      case "Literal":
        return;
    }
  }
};
function traversalsOfBody(statements) {
  const c = new TraversalCollector();
  c.body(statements);
  c.flush();
  return c.traversals;
}
function traversalsOfExpression(e) {
  const c = new TraversalCollector();
  c.expr(e);
  c.flush();
  return c.traversals;
}

export {
  schemaCatalog,
  componentCatalog,
  DEPRECATED_STDLIB,
  STDLIB_STABILITY,
  SCOPE_GLOBALS,
  isStdlibIdentifier,
  traversalName,
  traversalRange,
  traversalsOfBody,
  traversalsOfExpression
};
