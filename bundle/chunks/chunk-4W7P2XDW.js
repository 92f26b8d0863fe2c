import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  runs
} from "./chunk-XXFPFKBW.js";
import {
  matches,
  parseMatcher
} from "./chunk-JKUQAI7V.js";

// dist/src/match/reach.js
var FleetReach = class {
  collectors;
  size;
  words;
  byMatcher = /* @__PURE__ */ new Map();
  receiving;
  empty;
  constructor(collectors) {
    this.collectors = collectors;
    this.size = collectors.length;
    this.words = Math.ceil(this.size / 32);
    this.empty = new Uint32Array(this.words);
    this.receiving = { alloy: this.select((c) => c.enabled && runs(c, "alloy")), otel: this.select((c) => c.enabled && runs(c, "otel")) };
  }
  /** Enabled collectors that run pipelines of this config type. */
  ofType(configType) {
    return this.receiving[configType];
  }
  /**
   * The collectors that receive the pipeline. A disabled pipeline, one without
   * matchers (Fleet Management deploys it nowhere) and one with a matcher that
   * does not parse (the server rejects it) reach none.
   */
  reach(pipeline) {
    if (pipeline.enabled !== true || pipeline.matchers.length === 0)
      return this.empty;
    const out = Uint32Array.from(this.receiving[pipeline.configType]);
    for (const text of pipeline.matchers) {
      const set = this.matcherSet(text);
      if (!set)
        return this.empty;
      for (let w = 0; w < this.words; w++)
        out[w] &= set[w];
    }
    return out;
  }
  matcherSet(text) {
    let set = this.byMatcher.get(text);
    if (set !== void 0)
      return set;
    const { matcher } = parseMatcher(text);
    if (!matcher) {
      set = null;
    } else {
      const verdicts = /* @__PURE__ */ new Map();
      set = this.select((c) => {
        const value = Object.hasOwn(c.attributes, matcher.name) ? c.attributes[matcher.name] : "";
        let hit = verdicts.get(value);
        if (hit === void 0) {
          hit = matches(matcher, value);
          verdicts.set(value, hit);
        }
        return hit;
      });
    }
    this.byMatcher.set(text, set);
    return set;
  }
  select(test) {
    const set = new Uint32Array(this.words);
    for (let i = 0; i < this.size; i++)
      if (test(this.collectors[i]))
        set[i >>> 5] |= 1 << (i & 31);
    return set;
  }
};
var shared = /* @__PURE__ */ new WeakMap();
function fleetReach(collectors) {
  let reach = shared.get(collectors);
  if (!reach) {
    reach = new FleetReach(collectors);
    shared.set(collectors, reach);
  }
  return reach;
}
function count(set) {
  let n = 0;
  for (let w = 0; w < set.length; w++) {
    let v = set[w];
    v = v - (v >>> 1 & 1431655765);
    v = (v & 858993459) + (v >>> 2 & 858993459);
    n += (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
  }
  return n;
}
function members(a, b) {
  const out = [];
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
function union(into, from) {
  for (let w = 0; w < into.length; w++)
    into[w] |= from[w];
}
function intersect(a, b) {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++)
    out[w] = a[w] & b[w];
  return out;
}

export {
  FleetReach,
  fleetReach,
  count,
  members,
  union,
  intersect
};
