/**
 * Hostile inputs: deep nesting, long chains, big files, long lines and random
 * bytes must give diagnostics, never an exception or a hang. No timings are
 * asserted here (see bench/parse.bench.mjs).
 */
import { describe, expect, test } from "vitest";
import { NESTING_TOO_DEEP, parseExpression, parseFile } from "../../../grammar/alloy/index.js";

const N = 50_000;

describe("nesting deeper than the stack allows gives one clear diagnostic", () => {
  test.each([
    ["brackets", "a = " + "[".repeat(N) + "]".repeat(N)],
    ["parentheses", "a = " + "(".repeat(N) + "1" + ")".repeat(N)],
    ["objects", "a = " + "{b = ".repeat(N) + "1" + "}".repeat(N)],
    ["blocks", "a {\n".repeat(N) + "}\n".repeat(N)],
    ["unary operators", "a = " + "!-".repeat(N / 2) + "x"],
    ["right-associative ^", "a = " + "x ^ ".repeat(N) + "x"],
    ["left-associative +", "a = " + "x + ".repeat(N) + "x"],
    ["postfix chains", "a = x" + "[0].y(1)".repeat(N / 3)],
    ["calls", "a = f" + "(".repeat(N) + ")".repeat(N)],
    ["blocks used as values", "a = x " + "{ b = x ".repeat(N) + "}".repeat(N)],
    ["unclosed brackets", "a = " + "[".repeat(N)],
  ])("%s", (_name, source) => {
    const result = parseFile(source);
    expect(result.ast).toBeNull();
    expect(result.diagnostics.filter((d) => d.message === NESTING_TOO_DEEP)).toHaveLength(1);
    expect(result.diagnostics.at(-1)?.message).toBe(NESTING_TOO_DEEP);
  });

  test("through the expression entry point too", () => {
    expect(parseExpression("[".repeat(N) + "]".repeat(N)).diagnostics.map((d) => d.message)).toEqual([NESTING_TOO_DEEP]);
  });

  test("nesting within the limit parses, like Go", () => {
    expect(parseFile("a = " + "[".repeat(200) + "]".repeat(200)).diagnostics).toEqual([]);
    expect(parseFile("a = " + "x + ".repeat(400) + "x").diagnostics).toEqual([]);
  });
});

describe("size", () => {
  const unit = 'prometheus.scrape "x" {\n  targets = [{"__address__" = "localhost:9090"}]\n  forward_to = [a.b.receiver]\n}\n';

  test("a 10 MB file", () => {
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const result = parseFile(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.ast?.body.length).toBe(Math.ceil(10_000_000 / unit.length));
  });

  test("a 1 MB single line", () => {
    const result = parseFile("a = [" + "1, ".repeat(350_000) + "]");
    expect(result.diagnostics).toEqual([]);
  });

  test("a 1 MB single-line string and comment", () => {
    expect(parseFile('a = "' + "x".repeat(1_000_000) + '" // ' + "y".repeat(1_000_000)).diagnostics).toEqual([]);
  });

  test("2 MB of random bytes", () => {
    let seed = 42;
    const bytes = new Uint8Array(2_000_000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const result = parseFile(bytes);
    expect(result.ast).toBeNull();
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});

describe("a caller whose stack is already nearly full", () => {
  test("gets the nesting diagnostic, not a RangeError", () => {
    // Far too little room left for 450 levels, plenty for setting up a parse.
    const source = "a = " + "[".repeat(450) + "]".repeat(450);
    const margin = 150;
    let result: ReturnType<typeof parseFile> | undefined;
    // Recurse until the stack overflows, then parse `margin` frames above that point.
    const descend = (): number => {
      let below: number;
      try {
        below = descend();
      } catch {
        return 0;
      }
      if (below === margin) result = parseFile(source);
      return below + 1;
    };
    descend();
    expect(result?.ast).toBeNull();
    expect(result?.diagnostics.map((d) => d.message)).toEqual([NESTING_TOO_DEEP]);
  });
});
