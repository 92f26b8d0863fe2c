/**
 * Can one attribute value satisfy several matchers at once? Each matcher on
 * the attribute becomes an automaton (re2js's compiled RE2 program; `=` and
 * `!=` become literal programs), and a breadth-first search walks their
 * product, one character class at a time, looking for a string every
 * positive automaton accepts and no negative one does. The answer is exact
 * up to a state budget; past it the search says "unknown" and callers stay
 * quiet.
 *
 * Attribute values are taken to be single-line: `\n` is left out of the
 * alphabet, so `x!~".*"` counts as unsatisfiable although Go would let the
 * value "\n" through.
 */
import { RE2JS } from "re2js";
import { compileRegex } from "./regex.js";
import type { MatchOperator } from "./parse.js";

export interface ValueConstraint {
  op: MatchOperator;
  value: string;
}

export type Satisfiability = { satisfiable: true; witness: string } | { satisfiable: false } | { satisfiable: "unknown" };

/** The subset of re2js's compiled program (`RE2.prog`) the search reads. */
interface Inst {
  op: number;
  out: number;
  arg: number;
  runes: Int32Array;
  matchRune(rune: number): boolean;
}
interface Prog {
  start: number;
  inst: Inst[];
}

// re2js instruction opcodes and empty-width flags (the same numbers as Go's regexp/syntax).
const ALT = 1;
const ALT_MATCH = 2;
const CAPTURE = 3;
const EMPTY_WIDTH = 4;
const MATCH = 6;
const NOP = 7;
const RUNE = 8;
const RUNE1 = 9;
const RUNE_ANY = 10;
const RUNE_ANY_NOT_NL = 11;
const BEGIN_LINE = 1;
const END_LINE = 2;
const BEGIN_TEXT = 4;
const END_TEXT = 8;
const WORD_BOUNDARY = 16;
const NO_WORD_BOUNDARY = 32;

const NEWLINE = 10;
const DEFAULT_BUDGET = 20_000;

interface Automaton {
  prog: Prog;
  positive: boolean;
}

/** Finds a value satisfying every constraint, or proves there is none. */
export function satisfy(constraints: readonly ValueConstraint[], budget = DEFAULT_BUDGET): Satisfiability {
  const equal = constraints.find((c) => c.op === "=");
  if (equal) {
    // An equality pins the value: checking it against the rest is exact.
    return constraints.every((c) => holds(c, equal.value)) ? { satisfiable: true, witness: equal.value } : { satisfiable: false };
  }
  const automata: Automaton[] = [];
  for (const c of constraints) {
    const source = c.op === "!=" ? RE2JS.quote(c.value) : c.value;
    const compiled = compileRegex(source);
    if (!compiled.ok) return { satisfiable: "unknown" };
    automata.push({ prog: programOf(compiled.regex), positive: c.op === "=~" });
  }
  return search(automata, budget);
}

function holds(c: ValueConstraint, value: string): boolean {
  if (c.op === "=") return value === c.value;
  if (c.op === "!=") return value !== c.value;
  const compiled = compileRegex(c.value);
  const hit = compiled.ok && compiled.regex.test(value);
  return c.op === "=~" ? hit : !hit;
}

function programOf(regex: RE2JS): Prog {
  return (regex.re2() as unknown as { prog: Prog }).prog;
}

function isWordRune(rune: number): boolean {
  return (rune >= 48 && rune <= 57) || (rune >= 65 && rune <= 90) || (rune >= 97 && rune <= 122) || rune === 95;
}

/** Go's emptyOpContext: which `^ $ \A \z \b \B` hold between two runes (-1 is the edge of the text). */
function emptyContext(before: number, after: number): number {
  let flags = 0;
  if (before < 0) flags |= BEGIN_TEXT | BEGIN_LINE;
  if (before === NEWLINE) flags |= BEGIN_LINE;
  if (after < 0) flags |= END_TEXT | END_LINE;
  if (after === NEWLINE) flags |= END_LINE;
  flags |= isWordRune(before) !== isWordRune(after) ? WORD_BOUNDARY : NO_WORD_BOUNDARY;
  return flags;
}

/** Instructions reachable from `pcs` without consuming input, given the empty-width context. */
function closure(prog: Prog, pcs: readonly number[], context: number): number[] {
  const seen = new Set<number>();
  const consuming: number[] = [];
  const stack = [...pcs];
  while (stack.length > 0) {
    const pc = stack.pop() as number;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const inst = prog.inst[pc];
    switch (inst.op) {
      case ALT:
      case ALT_MATCH:
        stack.push(inst.out, inst.arg);
        break;
      case CAPTURE:
      case NOP:
        stack.push(inst.out);
        break;
      case EMPTY_WIDTH:
        if ((inst.arg & ~context) === 0) stack.push(inst.out);
        break;
      case MATCH:
      case RUNE:
      case RUNE1:
      case RUNE_ANY:
      case RUNE_ANY_NOT_NL:
        consuming.push(pc);
        break;
      default:
        // FAIL, and look-behind instructions RE2 syntax never produces.
        break;
    }
  }
  return consuming.sort((a, b) => a - b);
}

/**
 * One representative rune per class of runes that every instruction treats
 * alike: the start of every range any instruction tests, the rune after its
 * end, case variants of folded runes, and the ASCII word-character edges `\b`
 * depends on.
 */
function alphabet(automata: readonly Automaton[]): number[] {
  const points = new Set<number>([0, 48, 58, 65, 91, 95, 96, 97, 123, 0x80, 0xe000]);
  const add = (rune: number) => {
    if (rune >= 0 && rune <= 0x10ffff) points.add(rune);
  };
  const addRange = (low: number, high: number) => {
    add(low);
    add(high + 1);
  };
  for (const { prog } of automata) {
    for (const inst of prog.inst) {
      if (inst.op === RUNE || inst.op === RUNE1) {
        const runes = inst.runes;
        if (runes.length === 1) {
          for (const variant of caseVariants(runes[0])) addRange(variant, variant);
        } else {
          for (let i = 0; i + 1 < runes.length; i += 2) addRange(runes[i], runes[i + 1]);
        }
      } else if (inst.op === RUNE_ANY_NOT_NL) {
        add(NEWLINE + 1);
      }
    }
  }
  points.delete(NEWLINE);
  return [...points].filter((rune) => rune < 0xd800 || rune > 0xdfff).sort((a, b) => a - b);
}

function caseVariants(rune: number): number[] {
  const char = String.fromCodePoint(rune);
  const variants = new Set([rune]);
  for (const other of [char.toLowerCase(), char.toUpperCase(), char.toLowerCase().toUpperCase(), char.toUpperCase().toLowerCase()]) {
    const cp = other.codePointAt(0);
    if (cp !== undefined && [...other].length === 1) variants.add(cp);
  }
  // Go's simple case folding has orbits wider than toLowerCase/toUpperCase.
  if (rune === 0x6b || rune === 0x4b) variants.add(0x212a);
  if (rune === 0x73 || rune === 0x53) variants.add(0x17f);
  return [...variants];
}

interface SearchState {
  /** Per automaton: instructions to resume from (before their closure). */
  pcs: number[][];
  /** The last rune read, or -1 at the start. */
  previous: number;
  parent: SearchState | null;
}

function search(automata: readonly Automaton[], budget: number): Satisfiability {
  const runes = alphabet(automata);
  const start: SearchState = { pcs: automata.map((a) => [a.prog.start]), previous: -1, parent: null };
  const seen = new Set<string>([keyOf(start)]);
  const queue: SearchState[] = [start];
  let steps = 0;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    if (accepts(automata, state)) return { satisfiable: true, witness: witnessOf(state) };
    // The closure depends on the next rune only through the empty-width context: compute it once per context.
    const closures = new Map<number, number[][]>();
    for (const rune of runes) {
      if (++steps > budget) return { satisfiable: "unknown" };
      const context = emptyContext(state.previous, rune);
      let threads = closures.get(context);
      if (!threads) {
        threads = automata.map((a, i) => closure(a.prog, state.pcs[i], context));
        closures.set(context, threads);
      }
      const next = step(automata, threads, state, rune);
      if (!next) continue;
      const key = keyOf(next);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  return { satisfiable: false };
}

function accepts(automata: readonly Automaton[], state: SearchState): boolean {
  const context = emptyContext(state.previous, -1);
  return automata.every((a, i) => {
    const matched = closure(a.prog, state.pcs[i], context).some((pc) => a.prog.inst[pc].op === MATCH);
    return matched === a.positive;
  });
}

/** Reads one rune in every automaton (from their closures); null when a positive automaton can no longer match. */
function step(automata: readonly Automaton[], threads: readonly number[][], state: SearchState, rune: number): SearchState | null {
  const pcs: number[][] = [];
  for (let i = 0; i < automata.length; i++) {
    const { prog, positive } = automata[i];
    const next = new Set<number>();
    for (const pc of threads[i]) {
      const inst = prog.inst[pc];
      if (inst.op !== MATCH && inst.matchRune(rune)) next.add(inst.out);
    }
    if (positive && next.size === 0) return null;
    pcs.push([...next].sort((a, b) => a - b));
  }
  return { pcs, previous: rune, parent: state };
}

/** States with the same instructions and the same kind of last rune behave alike. */
function keyOf(state: SearchState): string {
  return `${state.previous < 0 ? "^" : isWordRune(state.previous) ? "w" : "."}|${state.pcs.map((p) => p.join(",")).join("|")}`;
}

function witnessOf(state: SearchState): string {
  const runes: number[] = [];
  for (let s: SearchState | null = state; s?.parent; s = s.parent) runes.push(s.previous);
  return String.fromCodePoint(...runes.reverse());
}
