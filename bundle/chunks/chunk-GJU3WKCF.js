import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  CONFIG_BLOCK_SCHEMAS,
  IMPORT_BLOCKS,
  SERVICES,
  blockId,
  blockKind,
  blockName,
  hasLabel,
  headerRange,
  nameRange,
  openingRange,
  wholeRange
} from "./chunk-2ZF6YOPX.js";
import {
  fillTemplate
} from "./chunk-MMEZPQX6.js";
import {
  require_mod
} from "./chunk-EDOWYMCE.js";
import {
  __toESM
} from "./chunk-HTDSFYMP.js";

// dist/src/alloy-semantics/findings.js
var FINDING_MESSAGES = {
  // alloy-references
  "missing-reference": 'component "{{name}}" does not exist or is out of scope',
  "duplicate-block": "block {{id}} already declared at {{line}}:{{column}}",
  "self-reference": "cannot reference self",
  cycle: "cycle detected: {{ids}}",
  "component-label": 'component "{{name}}" must have a label',
  "block-label": "{{name}} block must have a label",
  "stdlib-shadowed": "a component is shadowing an existing stdlib name",
  "unknown-argument": 'unrecognized attribute name "{{name}}"',
  "unknown-argument-block": 'unrecognized block name "{{name}}"',
  "missing-argument": 'missing required attribute "{{name}}"',
  // alloy-module-constraints
  "not-allowed": "{{id}} not allowed in {{where}}",
  "only-in-module": "{{name}} blocks only allowed inside a module",
  "service-not-configurable": 'service "{{name}}" does not support being configured',
  "top-level-attribute": "unrecognized attribute {{name}}",
  "unrecognized-attribute": 'unrecognized attribute name "{{name}}"',
  "missing-attribute": 'missing required attribute "{{name}}"',
  "missing-block": 'missing required block "{{name}}"',
  // alloy-unknown-component
  "unknown-component": 'cannot find the definition of component name "{{name}}"',
  "below-stability": '{{what}} is at stability level "{{level}}", which is below the minimum allowed stability level "{{minimum}}". Use --stability.level command-line flag to enable "{{level}}" features',
  "community-component": 'component "{{name}}" is a community component. Use --feature.community-components.enabled command-line flag to enable community components',
  // alloy-deprecated
  "deprecated-stdlib": "this stdlib function is deprecated; please refer to the documentation for updated usage and alternatives",
  "removed-component": 'component "{{name}}" has been removed from Alloy'
};
function finding(code, range, data = {}) {
  return { code, message: fillTemplate(FINDING_MESSAGES[code], data), data, range };
}

// dist/src/alloy-semantics/catalog.js
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// dist/data/alloy-components.json
var alloy_components_default = {
  $comment: "Generated; refresh with `node scripts/refresh-component-catalog.mjs <grafana/alloy checkout>` (see docs/alloy-semantics.md).",
  alloy: {
    ref: "66ebea856dffb242f921775e9552a133f60dc5c1",
    date: "2026-08-21",
    source: "docs/sources/reference/components (page front matter labels.stage)"
  },
  notes: {
    "otelcol.receiver.nginx": "docs page says experimental; the code registration says public-preview; the code is followed",
    "otelcol.receiver.opencensus": "page still present, component removed",
    "otelcol.exporter.logging": "removed from Alloy (replaced by otelcol.exporter.debug); kept so configs that still use it get a precise message"
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
      removed: true
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
      removed: true
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
function buildCatalog() {
  const components = alloy_components_default.components;
  const byName = new Map(components.map((c) => [c.name, c]));
  const live = components.filter((c) => !c.removed).map((c) => c.name);
  return {
    alloyRef: alloy_components_default.alloy.ref,
    get: (name) => byName.get(name),
    suggest(name) {
      if (live.length === 0)
        return void 0;
      const best = (0, import_fastest_levenshtein.closest)(name, live);
      return (0, import_fastest_levenshtein.distance)(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
    }
  };
}
var catalog;
function componentCatalog() {
  catalog ??= buildCatalog();
  return catalog;
}

// dist/src/alloy-semantics/graph.js
function stronglyConnected(nodes, edges) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const result = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root))
      continue;
    const work = [];
    const enter = (node) => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: (edges.get(node) ?? /* @__PURE__ */ new Set()).values() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const step = frame.targets.next();
      if (!step.done) {
        const target = step.value;
        if (!index.has(target))
          enter(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}

// dist/src/alloy-semantics/stability.js
var RANK = {
  "generally-available": 2,
  "public-preview": 1,
  experimental: 0
};
function stabilityAllowed(level, minimum) {
  return RANK[level] >= RANK[minimum];
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

// dist/src/alloy-semantics/analyze.js
var FLEET_INJECTED_ARGUMENTS = ["attributes", "pipeline_exports"];
var ModuleScope = class {
  isRoot;
  inForeach;
  lookupParent;
  registryParent;
  variables;
  nodes = /* @__PURE__ */ new Map();
  order = [];
  /** Import labels: `<label>.<name>` is a component of the imported module. */
  imports = /* @__PURE__ */ new Set();
  /** Attributes written directly in the body. */
  findings = [];
  injected = /* @__PURE__ */ new Set();
  /** Custom components declared in this body, with their arguments: name → optional. */
  declares = /* @__PURE__ */ new Map();
  /** This body's labelled, non-duplicate `argument` blocks, in order. */
  argumentBlocks = [];
  constructor(isRoot, inForeach, lookupParent, registryParent, variables) {
    this.isRoot = isRoot;
    this.inForeach = inForeach;
    this.lookupParent = lookupParent;
    this.registryParent = registryParent;
    this.variables = variables;
  }
  add(node) {
    if (this.nodes.has(node.id))
      node.id = `${node.id}-${this.order.length}`;
    this.nodes.set(node.id, node);
    this.order.push(node);
  }
  lookup(id) {
    if (this.injected.has(id))
      return "injected";
    return this.nodes.get(id) ?? this.lookupParent?.lookup(id);
  }
  /**
   * Whether a component name is a custom component visible here: a declare of
   * this body or an enclosing one, or `<import label>.<name>` (the imported
   * module's contents are unknown, so any name under the label is accepted).
   */
  isCustomComponent(name) {
    const parts = name.split(".");
    if (this.declares.has(name) || parts.length > 1 && this.imports.has(parts[0]))
      return true;
    return this.registryParent?.isCustomComponent(name) ?? false;
  }
  /** The arguments of the nearest declare of that name, when the name is a declare. */
  declareArguments(name) {
    return this.declares.get(name) ?? this.registryParent?.declareArguments(name);
  }
  customNames() {
    return [...this.declares.keys(), ...this.registryParent?.customNames() ?? []];
  }
};
function newNode(block, isComponent = false) {
  return { id: blockId(block), block, refBody: block.body, isComponent, findings: [] };
}
function checkDuplicate(seen, node) {
  const id = blockId(node.block);
  const first = seen.get(id);
  if (!first) {
    seen.set(id, node.block);
    return false;
  }
  const f = finding("duplicate-block", headerRange(node.block), {
    id,
    line: String(first.start.line),
    column: String(first.start.column)
  });
  f.related = { range: headerRange(first), message: `${id} first declared here` };
  node.findings.push(f);
  return true;
}
function checkLabel(node) {
  if (hasLabel(node.block))
    return true;
  node.findings.push(finding("block-label", nameRange(node.block), { name: blockName(node.block) }));
  return false;
}
function checkPlacement(scope, node) {
  const where = !scope.isRoot ? "module" : scope.inForeach ? "foreach" : void 0;
  if (where)
    node.findings.push(finding("not-allowed", headerRange(node.block), { id: blockId(node.block), where }));
}
function checkSchema(node, body) {
  const schema = CONFIG_BLOCK_SCHEMAS.get(blockName(node.block));
  if (!schema)
    return;
  const present = /* @__PURE__ */ new Set();
  for (const stmt of body) {
    if (stmt.type !== "Attribute")
      continue;
    present.add(stmt.name.name);
    if (!schema.attributes.has(stmt.name.name)) {
      node.findings.push(finding("unrecognized-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
    }
  }
  for (const [name, required] of schema.attributes) {
    if (required && !present.has(name))
      node.findings.push(finding("missing-attribute", wholeRange(node.block), { name }));
  }
}
function literalAttribute(body, name) {
  const attr = body.find((s) => s.type === "Attribute" && s.name.name === name);
  return attr?.value.type === "Literal" ? attr.value : void 0;
}
function stringAttribute(body, name) {
  const literal = literalAttribute(body, name);
  if (literal?.kind !== "STRING")
    return void 0;
  if (literal.raw.startsWith("`"))
    return literal.raw.slice(1, -1);
  try {
    return JSON.parse(literal.raw);
  } catch {
    return void 0;
  }
}
function booleanAttribute(body, name) {
  const literal = literalAttribute(body, name);
  return literal?.kind === "BOOL" && literal.raw === "true";
}
function checkCustomArguments(block, args, out) {
  const present = /* @__PURE__ */ new Set();
  for (const stmt of block.body) {
    const range = { start: stmt.start.offset, end: stmt.end.offset };
    if (stmt.type === "Block")
      out.push(finding("unknown-argument-block", range, { name: blockName(stmt) }));
    else if (!args.has(stmt.name.name))
      out.push(finding("unknown-argument", range, { name: stmt.name.name }));
    else
      present.add(stmt.name.name);
  }
  for (const [name, optional] of args) {
    if (!optional && !present.has(name))
      out.push(finding("missing-argument", wholeRange(block), { name }));
  }
}
var Analyzer = class {
  options;
  catalog = componentCatalog();
  constructor(options) {
    this.options = options;
  }
  run(file) {
    const isModule = this.options.context === "module";
    const root = new ModuleScope(!isModule, false, void 0, void 0, new Set(SCOPE_GLOBALS));
    if (isModule)
      for (const arg of this.options.injectedArguments ?? [])
        root.injected.add(`argument.${arg}`);
    this.build(root, file.body);
    return this.check(root);
  }
  build(scope, body) {
    const declares = [];
    const configs = [];
    const components = [];
    const services = [];
    for (const stmt of body) {
      if (stmt.type === "Attribute") {
        scope.findings.push(finding("top-level-attribute", { start: stmt.start.offset, end: stmt.end.offset }, { name: stmt.name.name }));
        continue;
      }
      const kind = blockKind(stmt);
      if (kind === "declare")
        declares.push(stmt);
      else if (kind === "config")
        configs.push(stmt);
      else if (kind === "service")
        services.push(stmt);
      else
        components.push(stmt);
    }
    this.buildDeclares(scope, declares);
    this.buildConfigs(scope, configs);
    this.buildComponents(scope, components);
    this.buildServices(scope, services);
  }
  buildDeclares(scope, declares) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of declares) {
      const node = newNode(block);
      checkLabel(node);
      checkDuplicate(seen, node);
      const module = new ModuleScope(false, false, void 0, scope, new Set(scope.variables));
      this.build(module, block.body);
      node.child = module;
      node.refBody = [];
      scope.add(node);
      if (hasLabel(block)) {
        const args = new Map(module.argumentBlocks.map((a) => [a.label.value, booleanAttribute(a.body, "optional")]));
        scope.declares.set(block.label.value, args);
      }
    }
  }
  buildConfigs(scope, configs) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of configs) {
      const node = newNode(block);
      const duplicate = checkDuplicate(seen, node);
      const name = blockName(block);
      if (name === "logging" || name === "tracing") {
        checkPlacement(scope, node);
        checkSchema(node, block.body);
      } else if (name === "foreach") {
        this.buildForeach(scope, node);
      } else if (name === "argument" || name === "export") {
        if (scope.isRoot)
          node.findings.push(finding("only-in-module", wholeRange(block), { name }));
        if (checkLabel(node) && !duplicate && name === "argument")
          scope.argumentBlocks.push(block);
        checkSchema(node, block.body);
      } else if (IMPORT_BLOCKS.has(name)) {
        const labelled = checkLabel(node);
        checkSchema(node, block.body);
        if (labelled && !duplicate)
          scope.imports.add(block.label.value);
      }
      scope.add(node);
    }
  }
  buildForeach(scope, node) {
    const block = node.block;
    const min = this.options.minStability;
    if (!stabilityAllowed("experimental", min)) {
      node.findings.push(finding("below-stability", nameRange(block), { what: `foreach block "${blockName(block)}"`, level: "experimental", minimum: min }));
    }
    checkLabel(node);
    const template = block.body.find((s) => s.type === "Block" && blockName(s) === "template");
    const rest = block.body.filter((s) => s !== template);
    node.refBody = rest;
    if (!template)
      node.findings.push(finding("missing-block", wholeRange(block), { name: "template" }));
    checkSchema(node, rest);
    if (!template)
      return;
    const variables = new Set(scope.variables);
    const each = stringAttribute(rest, "var");
    if (each !== void 0)
      variables.add(each);
    const inner = new ModuleScope(scope.isRoot, true, scope, scope, variables);
    this.build(inner, template.body);
    node.child = inner;
  }
  buildComponents(scope, components) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of components) {
      const node = newNode(block, true);
      if (!hasLabel(block))
        node.findings.push(finding("component-label", nameRange(block), { name: blockName(block) }));
      checkDuplicate(seen, node);
      scope.add(node);
    }
  }
  buildServices(scope, services) {
    const seen = /* @__PURE__ */ new Map();
    for (const block of services) {
      const node = newNode(block);
      checkDuplicate(seen, node);
      const before = node.findings.length;
      checkPlacement(scope, node);
      const placed = node.findings.length === before;
      if (!SERVICES.get(blockId(block))) {
        if (placed)
          node.findings.push(finding("service-not-configurable", wholeRange(block), { name: blockId(block) }));
      } else {
        checkSchema(node, block.body);
      }
      scope.add(node);
    }
  }
  check(scope) {
    const out = [...scope.findings];
    const edges = /* @__PURE__ */ new Map();
    for (const node of scope.order) {
      out.push(...node.findings);
      if (node.isComponent)
        this.checkComponent(scope, node, out);
      if (node.child)
        out.push(...this.check(node.child));
      for (const t of traversalsOfBody(node.refBody)) {
        const target = this.resolve(scope, t, out);
        if (target && target !== "injected" && scope.nodes.get(target.id) === target) {
          let targets = edges.get(node);
          if (!targets)
            edges.set(node, targets = /* @__PURE__ */ new Set());
          targets.add(target);
        }
      }
    }
    for (const cycle of stronglyConnected(scope.order, edges)) {
      if (cycle.length < 2)
        continue;
      const sorted = [...cycle].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const ids = sorted.map((n) => n.id).join(", ");
      for (const node of sorted)
        out.push(finding("cycle", openingRange(node.block), { ids }));
    }
    for (const node of scope.order) {
      if (edges.get(node)?.has(node))
        out.push(finding("self-reference", openingRange(node.block)));
    }
    return out;
  }
  checkComponent(scope, node, out) {
    const name = blockName(node.block);
    if (scope.isCustomComponent(name)) {
      const args = scope.declareArguments(name);
      if (args)
        checkCustomArguments(node.block, args, out);
      return;
    }
    const range = nameRange(node.block);
    const info = this.catalog.get(name);
    if (!info) {
      const data = { name };
      const suggestion = this.suggest(scope, name);
      if (suggestion)
        data.suggestion = suggestion;
      out.push(finding("unknown-component", range, data));
    } else if (info.removed) {
      out.push(finding("removed-component", range, { name }));
    } else if (info.community) {
      out.push(finding("community-component", range, { name }));
    } else if (!stabilityAllowed(info.stability, this.options.minStability)) {
      out.push(finding("below-stability", range, { what: `component "${name}"`, level: info.stability, minimum: this.options.minStability }));
    }
  }
  suggest(scope, name) {
    const custom = scope.customNames().find((c) => c.toLowerCase() === name.toLowerCase());
    return custom ?? this.catalog.suggest(name);
  }
  /** Resolves a traversal by ever-longer prefixes; reports what Alloy reports about it. */
  resolve(scope, t, out) {
    let target;
    for (let n = 1; n <= t.length && !target; n++)
      target = scope.lookup(traversalName(t, n));
    const first = t[0].name;
    const isVariable = scope.variables.has(first);
    if (target) {
      if (isStdlibIdentifier(first))
        out.push(finding("stdlib-shadowed", t[0].range));
      return target;
    }
    if (isVariable)
      return void 0;
    if (!isStdlibIdentifier(first)) {
      out.push(finding("missing-reference", traversalRange(t), { name: traversalName(t) }));
      return void 0;
    }
    const replacement = DEPRECATED_STDLIB.get(first);
    if (replacement) {
      out.push(finding("deprecated-stdlib", t[0].range, { name: first, replacement }));
      return void 0;
    }
    const fn = traversalName(t);
    const level = STDLIB_STABILITY.get(fn);
    if (level && !stabilityAllowed(level, this.options.minStability)) {
      out.push(finding("below-stability", traversalRange(t), { what: fn, level, minimum: this.options.minStability }));
    }
    return void 0;
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function analyzeAlloy(file, options) {
  const key = `${options.context}|${options.minStability}|${(options.injectedArguments ?? []).join(",")}`;
  let perFile = cache.get(file);
  if (!perFile)
    cache.set(file, perFile = /* @__PURE__ */ new Map());
  let findings = perFile.get(key);
  if (!findings)
    perFile.set(key, findings = new Analyzer(options).run(file));
  return findings;
}

// dist/src/alloy-semantics/rule-support.js
function minStabilityOf(doc) {
  return doc.pipeline?.target.stabilityLevel ?? doc.target?.stabilityLevel ?? "generally-available";
}
function documentFindings(doc) {
  const { ast } = doc.parse();
  if (!ast)
    return null;
  return analyzeAlloy(ast, { context: "module", minStability: minStabilityOf(doc), injectedArguments: FLEET_INJECTED_ARGUMENTS });
}
function reportFinding(context, doc, f, messageId, maxSeverity) {
  const loc = context.contentsLocation(doc, f.range);
  context.report({
    messageId,
    data: f.data,
    loc,
    ...maxSeverity ? { maxSeverity } : {},
    ...f.related ? { related: [{ ...context.contentsLocation(doc, f.related.range), message: f.related.message }] } : {}
  });
}
function findingMessages(ids) {
  return Object.fromEntries(Object.entries(ids).map(([messageId, code]) => [messageId, FINDING_MESSAGES[code]]));
}
function reportFindings(context, doc, ids) {
  const messageIdOf = new Map(Object.entries(ids).map(([messageId, code]) => [code, messageId]));
  for (const f of documentFindings(doc) ?? []) {
    const messageId = messageIdOf.get(f.code);
    if (messageId)
      reportFinding(context, doc, f, messageId);
  }
}

export {
  FINDING_MESSAGES,
  documentFindings,
  reportFinding,
  findingMessages,
  reportFindings
};
