/**
 * Parity with Alertmanager's UTF-8 matcher parser on the shared corpus
 * (`../shared/matcher-corpus/matchers.jsonl`, or $MATCHER_CORPUS): verdict,
 * parsed parts, canonical form, every probe value, and, where Alertmanager's
 * error carries a `start:end` prefix, the same range.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { matches, parseMatcher } from "../../grammar/matchers/index.js";

interface CorpusLine {
  input: string;
  ok: boolean;
  name?: string;
  op?: string;
  value?: string;
  canonical?: string;
  probe?: Record<string, boolean>;
  error?: string;
}

const corpusFile = resolve(
  process.env.MATCHER_CORPUS ?? resolve(import.meta.dirname, "../../../shared/matcher-corpus/matchers.jsonl"),
);
const present = existsSync(corpusFile);
if (!present) {
  console.warn(`\n!!! matcher corpus not found at ${corpusFile}: the matcher conformance suite is SKIPPED (set MATCHER_CORPUS) !!!\n`);
}

describe.skipIf(!present)("matcher conformance (Alertmanager matcher/parse)", () => {
  const lines: CorpusLine[] = present
    ? readFileSync(corpusFile, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as CorpusLine)
    : [];

  it("agrees with Alertmanager on every corpus line", () => {
    const tally = { verdict: [0, 0], parts: [0, 0], canonical: [0, 0], probes: [0, 0], positions: [0, 0] };
    const disagreements: string[] = [];
    const count = (key: keyof typeof tally, agree: boolean, what: () => string) => {
      tally[key][1]++;
      if (agree) tally[key][0]++;
      else disagreements.push(what());
    };
    for (const line of lines) {
      const result = parseMatcher(line.input);
      const m = result.matcher;
      count("verdict", (m !== null) === line.ok, () => `${JSON.stringify(line.input)}: ok=${m !== null}, expected ${line.ok} (${result.error?.message ?? line.error})`);
      if (line.ok && m) {
        const same = m.name === line.name && m.op === line.op && m.value === line.value;
        count("parts", same, () => `${JSON.stringify(line.input)}: parts ${JSON.stringify([m.name, m.op, m.value])}, expected ${JSON.stringify([line.name, line.op, line.value])}`);
        count("canonical", m.canonical === line.canonical, () => `${JSON.stringify(line.input)}: canonical ${JSON.stringify(m.canonical)}, expected ${JSON.stringify(line.canonical)}`);
        for (const [probe, expected] of Object.entries(line.probe ?? {})) {
          count("probes", matches(m, probe) === expected, () => `${JSON.stringify(line.input)}: probe ${JSON.stringify(probe)} gave ${!expected}`);
        }
      }
      const prefix = !line.ok && line.error ? /^(\d+):(\d+): /.exec(line.error) : null;
      if (prefix && result.error) {
        // For a missing or unexpected brace Alertmanager writes 0:<end>, not the token's start.
        const braceOnly = /expected (close|opening) brace/.test(line.error ?? "");
        const startAgrees = braceOnly || result.error.runeStart === Number(prefix[1]);
        const agree = startAgrees && result.error.runeEnd === Number(prefix[2]);
        count("positions", agree, () => `${JSON.stringify(line.input)}: error at ${result.error?.runeStart}:${result.error?.runeEnd} (${result.error?.message}), Alertmanager: ${line.error}`);
      }
    }
    const summary = Object.entries(tally)
      .map(([key, [agree, total]]) => `${key} ${agree}/${total}`)
      .join(", ");
    console.log(`matcher conformance: ${lines.length} lines; ${summary}`);
    expect(disagreements.slice(0, 40)).toEqual([]);
  });
});
