/**
 * No false positives on real configurations: every real-world file of the
 * corpus that parses (configs Alloy accepts, from grafana/alloy, agent,
 * k8s-monitoring-helm, alloy-modules, scenarios, …) goes through the
 * analysis behind alloy-unknown-component, alloy-references and
 * alloy-component-arguments, as a
 * standalone file (alloy-module-constraints is off: these are whole
 * configurations). None of their error findings may appear, except the
 * exclusions listed below, each with its reason.
 *
 * `alloy run DIR` and `import.file` of a folder load every `*.alloy` of a
 * directory together, so a name left unresolved in one file is looked up
 * among the top-level blocks of the files beside it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseFile, type File } from "../../grammar/alloy/index.js";
import { FLEET_INJECTED_ARGUMENTS, analyzeAlloy, topLevelNames, type Finding, type FindingCode } from "../../src/alloy-semantics/index.js";
import { readImportedModule } from "../../src/alloy-semantics/rule-support.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CORPUS_ROOT = process.env.ALLOY_CORPUS ?? resolve(REPO_ROOT, "../shared/alloy-corpus");
const REAL_WORLD = join(CORPUS_ROOT, "real-world");

/** The error findings of alloy-unknown-component, alloy-references and alloy-component-arguments. */
const CHECKED: ReadonlySet<FindingCode> = new Set([
  "unknown-component",
  "missing-reference",
  "duplicate-block",
  "self-reference",
  "cycle",
  "component-label",
  "block-label",
  "unknown-argument",
  "unknown-argument-block",
  "missing-argument",
  // alloy-component-arguments
  "component-unknown-attribute",
  "component-unknown-block",
  "component-missing-attribute",
  "component-missing-block",
  "component-duplicate-attribute",
  "component-duplicate-block",
  "component-block-as-attribute",
  "component-attribute-as-block",
  "component-block-label",
  "component-block-count",
  "component-type",
  "component-conversion",
  "component-invalid-value",
  "component-reference-type",
  "missing-export-field",
]);

/** Files that are not Alloy configurations, with why. */
const EXCLUDED_FILES: Record<string, string> = {
  "grafana-tree-sitter-river/test/highlight/example.river": "a syntax-highlighting sample with placeholder names (BLOCK_NAME, EXPRESSION)",
  "grafana-agent/cmd/grafana-agent/run-config.river": "Grafana Agent's own `server` block, which Alloy does not have",
};

/** Findings that are right, or about components outside Alloy's public release, by file and message. */
const EXPECTED_FINDINGS: { file: RegExp; message: RegExp; reason: string }[] = [
  {
    file: /^grafana-alloy-runtime-txtar\//,
    message: /"testcomponents\./,
    reason: "testcomponents.* are registered only in Alloy's test binary",
  },
  {
    file: /^grafana-agent\/internal\/converter\/internal\/staticconvert\/testdata-v2\/integrations_v2\.river$/,
    message: /"prometheus\.exporter\.vsphere"/,
    reason: "a Grafana Agent Flow component that Alloy does not ship",
  },
  {
    file: /^grafana-alloy-modules\/modules\/collector\/agent\/metrics\.alloy$/,
    message: /^component "argument\.port\.value"/,
    reason: 'true positive: declare "local" reads argument.port but declares argument "port_name" (Alloy reports it once the declare is used)',
  },
  {
    file: /^grafana-alloy-modules\/modules\/databases\/.*\/metrics\.alloy$/,
    message: /^component "argument\.port\.value"/,
    reason: "true positive: a declare reads argument.port without declaring it (same copy-paste as collector/agent)",
  },
  {
    file: /^grafana-alloy-modules\/modules\/collector\/push-gateway\/metrics\.alloy$/,
    message: /^component "discovery\.relabel\.push_gateway\.output"/,
    reason: 'true positive: declare "scrape" reads a component of declare "kubernetes", which is out of its scope',
  },
  {
    file: /^grafana-alloy-modules\/modules\/kubernetes\/annotations\/logs\/json\.alloy$/,
    message: /^component "loki\.process\.json_scrub_empties\.receiver"/,
    reason: 'true positive: declare "json_scrub_nulls" exports a component of declare "json_scrub_empties"',
  },
  {
    file: /^grafana-alloy-modules\/modules\/kubernetes\/annotations\/probes\.alloy$/,
    message: /^component "(argument\.(scrape_interval|scrape_timeout|targets)\.value|discovery\.relabel\.probe_annotations\.output)"/,
    reason: 'true positive: declare "kubernetes" reads arguments declared only in declare "probe", and a component it does not define',
  },
  // alloy-component-arguments, each checked by hand against the component's Go struct at the pin.
  {
    file: /^grafana-agent\/internal\/converter\/internal\/otelcolconvert\/testdata\/kafka\.river$/,
    message: /^unrecognized attribute name "broker_addr"$/,
    reason: 'true positive: Alloy removed `broker_addr` from the kafka `aws_msk` block (CHANGELOG); this is a Grafana Agent test config',
  },
  {
    file: /^grafana-alloy\/internal\/converter\/internal\/otelcolconvert\/testdata\/(fileexporter|filelog|fluentforwarder|syslog|tcplog)\.alloy$/,
    message: /^missing required block "output"$/,
    reason: "true positive: converter test output for a receiver with no pipeline; `output` is a required block (alloy:\"output,block\")",
  },
  {
    file: /^grafana-(agent|alloy)\/internal\/converter\/internal\/promtailconvert\/testdata\/pipeline_stages_part2\.(river|alloy)$/,
    message: /^sampling stage failed to parse rate,Sampling Rate must be between 0\.0 and 1\.0, received 100\.000000$/,
    reason: "true positive: converter test output with `stage.sampling { rate = 100 }`; SamplingConfig.Validate wants a rate between 0 and 1",
  },
  {
    file: /^grafana-(agent|alloy)\/internal\/converter\/internal\/otelcolconvert\/testdata\/memorylimiter\.(river|alloy)$/,
    message: /^limit_percentage and spike_limit_percentage must be greater than 0 and and less or equal than 100$/,
    reason:
      "true positive: converter test output with limit_percentage but no spike_limit_percentage; memorylimiter.Arguments.Validate (and the docs) want the pair",
  },
  {
    file: /^grafana-(agent|alloy)\/internal\/converter\/internal\/staticconvert\/testdata\/traces\.(river|alloy)$/,
    message: /^gc_frequency must be greater than 0$/,
    reason: 'true positive: converter test output with gc_frequency = "0s"; otelcol.exporter.prometheus\'s Validate rejects 0',
  },
  {
    file: /^grafana-alloy-scenarios\/log-to-metrics\/config\.alloy$/,
    message: /^scrape_timeout \(10s\) greater than scrape_interval \(5s\) for scrape config with job name ""$/,
    reason:
      "true positive: scrape_interval = \"5s\" with the default scrape_timeout of 10s; scrape.Arguments.Validate rejects it when the collector loads it (the other scenarios set scrape_timeout)",
  },
  {
    file: /^grafana-alloy\/internal\/converter\/internal\/otelcolconvert\/testdata\/fileexporter\.alloy$/,
    message: /^missing required block "sort_by"$/,
    reason: "true positive: converter test output with an empty `ordering_criteria {}`, whose `sort_by` block is required (alloy:\"sort_by,block\")",
  },
];

function* alloyFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* alloyFiles(path);
    else if (/\.(alloy|river)$/.test(entry)) yield path;
  }
}

/** Whether a finding names something another file of the same directory defines at top level. */
function resolvedByDirectory(f: Finding, siblings: File[]): boolean {
  const names = siblings.map(topLevelNames);
  if (f.code === "unknown-component") return names.some((n) => n.custom.has(f.data.name.split(".")[0]));
  if (f.code === "missing-reference") {
    const parts = f.data.name.split(".");
    return names.some((n) => parts.some((_, i) => n.ids.has(parts.slice(0, i + 1).join("."))));
  }
  return false;
}

const present = existsSync(REAL_WORLD);
if (!present) console.warn(`\n*** Alloy corpus NOT FOUND at ${REAL_WORLD}: real-world semantics check SKIPPED (set ALLOY_CORPUS) ***\n`);

describe.skipIf(!present)("real-world configs: no false positives (corpus real-world/)", () => {
  test("alloy-unknown-component, alloy-references and alloy-component-arguments accept every real config", () => {
    const parsed = new Map<string, File>();
    let unparsable = 0;
    for (const path of alloyFiles(REAL_WORLD)) {
      const { ast } = parseFile(readFileSync(path));
      if (ast) parsed.set(path, ast);
      else unparsable++;
    }
    const byDirectory = new Map<string, File[]>();
    for (const [path, ast] of parsed) {
      const list = byDirectory.get(dirname(path)) ?? [];
      list.push(ast);
      byDirectory.set(dirname(path), list);
    }

    const unexpected: string[] = [];
    const expectedHits = new Map<string, number>();
    let checked = 0;
    for (const [path, ast] of parsed) {
      const rel = relative(REAL_WORLD, path);
      if (EXCLUDED_FILES[rel]) continue;
      checked++;
      const siblings = (byDirectory.get(dirname(path)) ?? []).filter((other) => other !== ast);
      // Experimental: the stability of what a real config uses is the collector's flag, not a false positive.
      const findings = analyzeAlloy(ast, {
        context: "module",
        minStability: "experimental",
        injectedArguments: FLEET_INJECTED_ARGUMENTS,
        importedFile: (filename) => readImportedModule(path, filename),
      });
      for (const f of findings) {
        if (!CHECKED.has(f.code) || resolvedByDirectory(f, siblings)) continue;
        const known = EXPECTED_FINDINGS.find((e) => e.file.test(rel) && e.message.test(f.message));
        if (known) expectedHits.set(known.reason, (expectedHits.get(known.reason) ?? 0) + 1);
        else unexpected.push(`${rel}: ${f.message}`);
      }
    }

    console.log(
      `real-world semantics: ${checked} files checked (${Object.keys(EXCLUDED_FILES).length} excluded, ${unparsable} do not parse); ` +
        `${unexpected.length} unexpected findings`,
    );
    for (const [reason, count] of expectedHits) console.log(`  expected ×${count}: ${reason}`);
    expect(checked).toBeGreaterThan(800);
    expect(unexpected).toEqual([]);
  });
});
