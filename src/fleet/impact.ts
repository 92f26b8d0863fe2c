/**
 * The blast radius of a plan: for every create, update, delete and takeover,
 * which collectors receive the pipeline before the sync (the server's copy)
 * and after it (the repository's), and which gain or lose it. A pure function
 * of the plan, both sides' pipelines and the collector inventory.
 */
import type { Collector, ConfigKind } from "../match/fleet.js";
import { collectorKey, collectorLabel } from "../match/fleet.js";
import { FleetReach, count, intersect, members, union, type Reach } from "../match/reach.js";
import type { PipelineMessage } from "./messages.js";
import type { TargetPlan } from "./plan.js";

export type ChangeKind = "create" | "update" | "delete" | "takeover";

export interface PipelineImpact {
  pipeline: string;
  change: ChangeKind;
  /** Collectors that receive the pipeline now. */
  before: number;
  /** Collectors that receive it after the sync. */
  after: number;
  /** Collector keys (id, else name) that start receiving it. */
  gained: string[];
  /** Collector keys that stop receiving it. */
  lost: string[];
}

export type ImpactWarningCode = "reaches-none" | "reaches-all" | "loses-most";

export interface ImpactWarning {
  pipeline: string;
  change: ChangeKind;
  code: ImpactWarningCode;
  message: string;
}

export interface TargetImpact {
  /** One entry per change, in the plan's order (create, update, delete, takeover). */
  pipelines: PipelineImpact[];
  /** Distinct collectors whose composed configuration changes. */
  collectorsChanged: number;
  /** Enabled collectors able to receive each config type. */
  collectors: Record<ConfigKind, number>;
  warnings: ImpactWarning[];
  /** Readable labels (`name (id)`) by collector key, for the text and markdown renderers. */
  labels: Record<string, string>;
}

function configKind(message: Pick<PipelineMessage, "configType">): ConfigKind {
  return message.configType === "CONFIG_TYPE_OTEL" ? "otel" : "alloy";
}

const KIND_NAMES: Record<ConfigKind, string> = { alloy: "Alloy", otel: "OTel" };

/** Reach sets are cached by what decides them, so an update that keeps its matchers is evaluated once. */
class ReachCache {
  private readonly cache = new Map<string, Reach>();
  constructor(readonly fleet: FleetReach) {}

  of(message: PipelineMessage | undefined): Reach {
    if (!message) return this.fleet.reach({ enabled: false, matchers: [], configType: "alloy" });
    const configType = configKind(message);
    const key = `${message.enabled === true}\u0000${configType}\u0000${message.matchers.join("\u0000")}`;
    let set = this.cache.get(key);
    if (!set) {
      set = this.fleet.reach({ enabled: message.enabled, matchers: message.matchers, configType });
      this.cache.set(key, set);
    }
    return set;
  }
}

export function planImpact(plan: TargetPlan, desired: readonly PipelineMessage[], remote: readonly PipelineMessage[], collectors: readonly Collector[] | FleetReach): TargetImpact {
  const fleet = collectors instanceof FleetReach ? collectors : new FleetReach(collectors);
  const reach = new ReachCache(fleet);
  const desiredByName = new Map(desired.map((p) => [p.name, p]));
  const remoteByName = new Map(remote.map((p) => [p.name, p]));
  const keys = fleet.collectors.map(collectorKey);
  const typeCount: Record<ConfigKind, number> = { alloy: count(fleet.ofType("alloy")), otel: count(fleet.ofType("otel")) };
  const changed = new Uint32Array(Math.ceil(fleet.size / 32));
  const impact: TargetImpact = { pipelines: [], collectorsChanged: 0, collectors: typeCount, warnings: [], labels: {} };
  const touched = new Set<number>();

  const add = (name: string, change: ChangeKind, contentsChange: boolean): void => {
    const was = remoteByName.get(name);
    const will = change === "delete" ? undefined : desiredByName.get(name);
    const before = reach.of(was);
    const after = reach.of(will);
    const gained = members(after, before);
    const lost = members(before, after);
    const entry: PipelineImpact = { pipeline: name, change, before: count(before), after: count(after), gained: gained.map((i) => keys[i]), lost: lost.map((i) => keys[i]) };
    impact.pipelines.push(entry);
    // Collectors that keep the pipeline see a new configuration only when what they receive changed.
    if (contentsChange) union(changed, intersect(before, after));
    union(changed, xor(before, after));
    for (const i of gained.slice(0, 10)) touched.add(i);
    for (const i of lost.slice(0, 10)) touched.add(i);
    if (will) warn(impact, entry, will, typeCount[configKind(will)]);
  };

  for (const name of plan.create) add(name, "create", true);
  for (const u of plan.update) add(u.name, "update", u.fields.includes("contents") || u.fields.includes("config_type"));
  for (const name of plan.delete) add(name, "delete", true);
  for (const t of plan.takeover) add(t.name, "takeover", t.fields.includes("contents") || t.fields.includes("config_type"));

  impact.collectorsChanged = count(changed);
  for (const i of touched) impact.labels[keys[i]] = collectorLabel(fleet.collectors[i], i);
  return impact;
}

function xor(a: Reach, b: Reach): Reach {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] ^ b[w];
  return out;
}

/**
 * A change worth a second look: an enabled pipeline that reaches no collector
 * (a matcher typo, or a fleet without that attribute), one that reaches every
 * collector of its type, and one whose matchers drop more than half of the
 * collectors it reaches today. A disabled pipeline reaching none is the intent.
 */
function warn(impact: TargetImpact, entry: PipelineImpact, will: PipelineMessage, ofType: number): void {
  const push = (code: ImpactWarningCode, message: string): void => {
    impact.warnings.push({ pipeline: entry.pipeline, change: entry.change, code, message });
  };
  const kind = KIND_NAMES[configKind(will)];
  if (will.enabled === true && entry.after === 0 && ofType > 0) {
    push("reaches-none", `Pipeline '${entry.pipeline}' reaches no collector: none of the ${ofType} enabled ${kind} collectors match its matchers`);
  }
  if (entry.after > 0 && entry.after === ofType && ofType > 1) {
    push("reaches-all", `Pipeline '${entry.pipeline}' reaches every enabled ${kind} collector (${ofType})`);
  }
  if (entry.before > 0 && entry.lost.length * 2 > entry.before) {
    push("loses-most", `Pipeline '${entry.pipeline}' stops reaching ${entry.lost.length} of the ${entry.before} collectors it reaches today`);
  }
}
