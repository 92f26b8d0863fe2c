/**
 * The blast radius on generated fleets, checked against an independent
 * evaluation: this file computes effective attributes and evaluates the
 * generated matchers with its own code (JavaScript RegExp anchored the way
 * Alertmanager anchors them), not with src/match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Languages } from "../../src/fleet/compare.js";
import { seededRandom as random } from "../../src/fleet/emulator/server.js";
import { planImpact } from "../../src/fleet/impact.js";
import { loadLanguages } from "../../src/fleet/languages.js";
import type { PipelineMessage } from "../../src/fleet/messages.js";
import { planTarget } from "../../src/fleet/plan.js";
import { collectorFromRecord, type CollectorRecord } from "../../src/match/fleet.js";

let languages: Languages;
beforeAll(async () => {
  languages = await loadLanguages();
});

const VALUES: Record<string, string[]> = {
  "collector.os": ["linux", "windows", "darwin"],
  env: ["prod", "staging", "dev", ""],
  region: ["eu-west", "us-east", "ap-south"],
  team: ["payments", "search", "infra"],
  version: ["1.2.0", "1.10.3", "2.0.1"],
};
const NAMES = Object.keys(VALUES);
const TYPES = [undefined, "COLLECTOR_TYPE_UNSPECIFIED", "COLLECTOR_TYPE_ALLOY", "COLLECTOR_TYPE_OTEL"];

interface Generated {
  text: string;
  name: string;
  op: "=" | "!=" | "=~" | "!~";
  value: string;
}

function generateFleet(next: () => number, size: number): CollectorRecord[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return Array.from({ length: size }, (_, i) => {
    const local: Record<string, string> = {};
    const remote: Record<string, string> = {};
    for (const name of NAMES) {
      if (next() < 0.8) local[name] = pick(VALUES[name]);
      if (next() < 0.2) remote[name] = pick(VALUES[name]);
    }
    const record: CollectorRecord = { id: `c-${i}`, name: `host-${i}`, localAttributes: local, remoteAttributes: remote };
    if (next() < 0.1) record.enabled = false;
    else if (next() < 0.5) record.enabled = true;
    const type = pick(TYPES);
    if (type) record.collectorType = type;
    return record;
  });
}

function generateMatcher(next: () => number, index: number): Generated {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  if (next() < 0.08) return { text: `collector.ID="c-${index}"`, name: "collector.ID", op: "=", value: `c-${index}` };
  const name = pick(NAMES);
  const op = pick(["=", "!=", "=~", "!~"] as const);
  let value = pick(VALUES[name]);
  if (op === "=~" || op === "!~") {
    value = pick([`${value}|${pick(VALUES[name])}`, `${value.slice(0, 2)}.*`, ".+", "1\\..*", ""]);
  }
  const quoted = JSON.stringify(value);
  return { text: `${name}${op}${quoted}`, name, op, value };
}

/** Alertmanager's rules, written independently: missing is "", regexes are anchored. */
function holds(m: Generated, attributes: Record<string, string>): boolean {
  const actual = attributes[m.name] ?? "";
  switch (m.op) {
    case "=":
      return actual === m.value;
    case "!=":
      return actual !== m.value;
    case "=~":
      return new RegExp(`^(?:${m.value})$`, "s").test(actual);
    case "!~":
      return !new RegExp(`^(?:${m.value})$`, "s").test(actual);
  }
}

function expectedAttributes(record: CollectorRecord): Record<string, string> {
  const out: Record<string, string> = { ...record.localAttributes };
  for (const [k, v] of Object.entries(record.remoteAttributes ?? {})) {
    if (k.startsWith("collector.") && k in out) continue;
    out[k] = v;
  }
  out["collector.ID"] = record.id;
  return out;
}

interface GeneratedPipeline {
  message: PipelineMessage;
  matchers: Generated[];
}

function generatePipeline(next: () => number, name: string, fleetSize: number): GeneratedPipeline {
  const count = Math.floor(next() * 4); // 0..3: a pipeline without matchers reaches nobody
  const matchers = Array.from({ length: count }, () => generateMatcher(next, Math.floor(next() * fleetSize)));
  const message: PipelineMessage = {
    name,
    contents: `// ${name} ${Math.floor(next() * 3)}\n`,
    matchers: matchers.map((m) => m.text),
    enabled: next() < 0.85,
    configType: next() < 0.8 ? "CONFIG_TYPE_ALLOY" : "CONFIG_TYPE_OTEL",
  };
  return { message, matchers };
}

/** The brute-force answer: collectors (by id) a pipeline reaches. */
function reached(p: GeneratedPipeline | undefined, fleet: readonly CollectorRecord[]): Set<string> {
  const out = new Set<string>();
  if (!p || p.message.enabled !== true || p.matchers.length === 0) return out;
  const wantsOtel = p.message.configType === "CONFIG_TYPE_OTEL";
  for (const record of fleet) {
    if (record.enabled === false) continue;
    if ((record.collectorType === "COLLECTOR_TYPE_OTEL") !== wantsOtel) continue;
    const attributes = expectedAttributes(record);
    if (p.matchers.every((m) => holds(m, attributes))) out.add(record.id);
  }
  return out;
}

describe("planImpact on generated fleets", () => {
  it.each([1, 2, 3, 4, 5, 6])("agrees with a brute-force evaluation (seed %i)", (seed) => {
    const next = random(seed);
    const fleet = generateFleet(next, 400);
    const remote: GeneratedPipeline[] = [];
    const desired: GeneratedPipeline[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `p${i}`;
      const roll = next();
      const current = generatePipeline(next, name, fleet.length);
      current.message.source = { type: roll < 0.9 ? "SOURCE_TYPE_GIT" : "SOURCE_TYPE_TERRAFORM", namespace: roll < 0.9 ? "ns" : "tf" };
      if (roll < 0.15) {
        desired.push(generatePipeline(next, name, fleet.length)); // create
        continue;
      }
      remote.push(current);
      if (roll < 0.25) continue; // delete
      // Update: keep or change the matchers, enabled flag and contents.
      const changed = next() < 0.6 ? generatePipeline(next, name, fleet.length) : { matchers: current.matchers, message: { ...current.message, source: undefined } };
      if (next() < 0.5) changed.message.configType = current.message.configType;
      desired.push(changed);
    }
    const plan = planTarget(languages, {
      namespace: "ns",
      stack: "s",
      desired: desired.map((d) => d.message),
      remote: remote.map((r) => r.message),
    });
    const impact = planImpact(
      plan,
      desired.map((d) => d.message),
      remote.map((r) => r.message),
      fleet.map(collectorFromRecord),
    );
    const desiredByName = new Map(desired.map((d) => [d.message.name, d]));
    const remoteByName = new Map(remote.map((r) => [r.message.name, r]));
    const changes = [
      ...plan.create.map((n) => ["create", n]),
      ...plan.update.map((u) => ["update", u.name]),
      ...plan.delete.map((n) => ["delete", n]),
      ...plan.takeover.map((t) => ["takeover", t.name]),
    ];
    expect(impact.pipelines.map((i) => [i.change, i.pipeline])).toEqual(changes);
    const changedCollectors = new Set<string>();
    for (const entry of impact.pipelines) {
      const before = reached(remoteByName.get(entry.pipeline), fleet);
      const after = reached(entry.change === "delete" ? undefined : desiredByName.get(entry.pipeline), fleet);
      const gained = [...after].filter((id) => !before.has(id));
      const lost = [...before].filter((id) => !after.has(id));
      expect({ ...entry }, `${entry.change} ${entry.pipeline}`).toEqual({ pipeline: entry.pipeline, change: entry.change, before: before.size, after: after.size, gained, lost });
      for (const id of [...gained, ...lost]) changedCollectors.add(id);
      const fields = plan.update.find((u) => u.name === entry.pipeline)?.fields ?? plan.takeover.find((t) => t.name === entry.pipeline)?.fields ?? ["contents"];
      if (fields.includes("contents") || fields.includes("config_type")) for (const id of after) if (before.has(id)) changedCollectors.add(id);
    }
    expect(impact.collectorsChanged).toBe(changedCollectors.size);
    // The generated plans must exercise every kind of change, and reach and drop real collectors.
    expect(plan.create.length * plan.update.length * plan.delete.length).toBeGreaterThan(0);
    expect(impact.pipelines.some((i) => i.gained.length > 0)).toBe(true);
    expect(impact.pipelines.some((i) => i.lost.length > 0 && i.change === "update")).toBe(true);
  });
});

describe("impact warnings", () => {
  const fleet = [
    { id: "a", localAttributes: { env: "prod" } },
    { id: "b", localAttributes: { env: "prod" } },
    { id: "c", localAttributes: { env: "dev" } },
    { id: "d", localAttributes: { env: "dev" }, enabled: false },
    { id: "o", localAttributes: { env: "prod" }, collectorType: "COLLECTOR_TYPE_OTEL" },
  ].map(collectorFromRecord);
  const msg = (name: string, matchers: string[], extra: Partial<PipelineMessage> = {}): PipelineMessage => ({
    name,
    contents: `// ${name}\n`,
    matchers,
    enabled: true,
    configType: "CONFIG_TYPE_ALLOY",
    source: { type: "SOURCE_TYPE_GIT", namespace: "ns" },
    ...extra,
  });
  const run = (desired: PipelineMessage[], remote: PipelineMessage[]) =>
    planImpact(planTarget(languages, { namespace: "ns", stack: "s", desired, remote }), desired, remote, fleet);

  it("warns on zero reach, on reaching every collector of the type, and on losing more than half", () => {
    const impact = run(
      [msg("typo", ["env=prdo"]), msg("everyone", ['env=~".*"']), msg("narrowed", ["env=prod", "collector.ID=a"]), msg("draft", ["env=none"], { enabled: false })],
      [msg("narrowed", ['env=~"prod|dev"'])],
    );
    expect(impact.warnings.map((w) => `${w.pipeline} ${w.code}`)).toEqual(["everyone reaches-all", "typo reaches-none", "narrowed loses-most"]);
    expect(impact.collectors).toEqual({ alloy: 3, otel: 1 });
    const narrowed = impact.pipelines.find((p) => p.pipeline === "narrowed");
    expect(narrowed).toMatchObject({ before: 3, after: 1, lost: ["b", "c"] });
  });

  it("counts collectors that keep a pipeline whose contents change, not those whose copy is unchanged", () => {
    const same = run([msg("p", ["env=prod"], { metadata: { owner: "x" } })], [msg("p", ["env=prod"])]);
    expect(same.collectorsChanged).toBe(0);
    const edited = run([msg("p", ["env=prod"], { contents: "// new\n" })], [msg("p", ["env=prod"])]);
    expect(edited.collectorsChanged).toBe(2);
    expect(edited.pipelines[0]).toMatchObject({ before: 2, after: 2, gained: [], lost: [] });
  });

  it("OTel pipelines reach only OTel collectors; a collector of unspecified type runs Alloy", () => {
    const impact = run([msg("otel", ["env=prod"], { configType: "CONFIG_TYPE_OTEL" }), msg("alloy", ["env=prod"])], []);
    expect(impact.pipelines.map((p) => [p.pipeline, p.gained])).toEqual([
      ["alloy", ["a", "b"]],
      ["otel", ["o"]],
    ]);
  });
});
