/**
 * Chevrotain, loaded from the single-file ES module build the package ships
 * beside its per-file one (`lib/chevrotain.mjs`). Node's ESM loader pays
 * about half a millisecond to resolve and link each module, and the per-file
 * build is some fifty of them; one file cuts chevrotain's share of a
 * pre-commit run from about 40 ms to about 10 ms. Both builds are the same
 * code, so when the bundle cannot be found (a future layout, a test runner
 * that cannot resolve it) the package entry point is used instead.
 *
 * Every grammar module takes Chevrotain from here, never from "chevrotain"
 * directly: token types and parsers must come from one copy of the library.
 */
import type * as Chevrotain from "chevrotain";

async function loadChevrotain(): Promise<typeof Chevrotain> {
  try {
    const entry = import.meta.resolve("chevrotain"); // …/chevrotain/lib/src/api.js
    return (await import(new URL("../chevrotain.mjs", entry).href)) as typeof Chevrotain;
  } catch {
    return import("chevrotain");
  }
}

export const chevrotain: typeof Chevrotain = await loadChevrotain();
