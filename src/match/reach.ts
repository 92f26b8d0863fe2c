/**
 * Which collectors a pipeline reaches, for a whole fleet at once. Each
 * distinct matcher is parsed once and evaluated once per distinct attribute
 * value into a bit set over the fleet; a pipeline's reach is the AND of its
 * matchers' sets and the set of enabled collectors of its config type. Plans
 * with thousands of collectors and hundreds of pipelines share most matchers
 * (global matchers, `env=prod`), so this is far cheaper than matching every
 * pipeline against every collector.
 */
import { matches, parseMatcher } from "../../grammar/matchers/index.js";
import { runs, type Collector, type ConfigKind } from "./fleet.js";

/** One bit per collector of the fleet, in fleet order. */
export type Reach = Uint32Array;

export interface ReachablePipeline {
  /** Undefined is synced as false. */
  enabled: boolean | undefined;
  /** Every matcher the pipeline is synced with (its own and its target's global ones). */
  matchers: readonly string[];
  configType: ConfigKind;
}

export class FleetReach {
  readonly size: number;
  private readonly words: number;
  private readonly byMatcher = new Map<string, Reach | null>();
  private readonly receiving: Record<ConfigKind, Reach>;
  private readonly empty: Reach;

  constructor(readonly collectors: readonly Collector[]) {
    this.size = collectors.length;
    this.words = Math.ceil(this.size / 32);
    this.empty = new Uint32Array(this.words);
    this.receiving = { alloy: this.select((c) => c.enabled && runs(c, "alloy")), otel: this.select((c) => c.enabled && runs(c, "otel")) };
  }

  /** Enabled collectors that run pipelines of this config type. */
  ofType(configType: ConfigKind): Reach {
    return this.receiving[configType];
  }

  /**
   * The collectors that receive the pipeline. A disabled pipeline, one without
   * matchers (Fleet Management deploys it nowhere) and one with a matcher that
   * does not parse (the server rejects it) reach none.
   */
  reach(pipeline: ReachablePipeline): Reach {
    if (pipeline.enabled !== true || pipeline.matchers.length === 0) return this.empty;
    const out = Uint32Array.from(this.receiving[pipeline.configType]);
    for (const text of pipeline.matchers) {
      const set = this.matcherSet(text);
      if (!set) return this.empty;
      for (let w = 0; w < this.words; w++) out[w] &= set[w];
    }
    return out;
  }

  private matcherSet(text: string): Reach | null {
    let set = this.byMatcher.get(text);
    if (set !== undefined) return set;
    const { matcher } = parseMatcher(text);
    if (!matcher) {
      set = null;
    } else {
      // Fleets repeat attribute values (os, env, region): evaluate each value once.
      const verdicts = new Map<string, boolean>();
      set = this.select((c) => {
        const value = Object.hasOwn(c.attributes, matcher.name) ? c.attributes[matcher.name] : "";
        let hit = verdicts.get(value);
        if (hit === undefined) {
          hit = matches(matcher, value);
          verdicts.set(value, hit);
        }
        return hit;
      });
    }
    this.byMatcher.set(text, set);
    return set;
  }

  private select(test: (collector: Collector) => boolean): Reach {
    const set = new Uint32Array(this.words);
    for (let i = 0; i < this.size; i++) if (test(this.collectors[i])) set[i >>> 5] |= 1 << (i & 31);
    return set;
  }
}

const shared = new WeakMap<readonly Collector[], FleetReach>();

/** One FleetReach per fleet list, so rules that ask about the same stack share the matcher sets. */
export function fleetReach(collectors: readonly Collector[]): FleetReach {
  let reach = shared.get(collectors);
  if (!reach) {
    reach = new FleetReach(collectors);
    shared.set(collectors, reach);
  }
  return reach;
}

export function count(set: Reach): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) {
    let v = set[w];
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Positions of the collectors in `a` and not in `b` (`b` undefined: all of `a`). */
export function members(a: Reach, b?: Reach): number[] {
  const out: number[] = [];
  for (let w = 0; w < a.length; w++) {
    let v = b ? a[w] & ~b[w] : a[w];
    while (v !== 0) {
      const bit = 31 - Math.clz32(v & -v);
      out.push(w * 32 + bit);
      v &= v - 1;
    }
  }
  return out;
}

export function union(into: Reach, from: Reach): void {
  for (let w = 0; w < into.length; w++) into[w] |= from[w];
}

export function intersect(a: Reach, b: Reach): Reach {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w] & b[w];
  return out;
}
