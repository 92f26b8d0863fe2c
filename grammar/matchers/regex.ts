/**
 * Regex values as Alertmanager compiles them: Go RE2 syntax through re2js,
 * anchored as `^(?:value)$`, default flags (so `.` does not match a newline
 * unless the value says `(?s)`). Compiled programs are cached per value.
 */
import { RE2JS } from "re2js";

export type CompiledRegex = { ok: true; regex: RE2JS } | { ok: false; message: string };

const cache = new Map<string, CompiledRegex>();
/** Bounds the cache; matcher values in a repository number in the hundreds. */
const CACHE_LIMIT = 4096;

export function anchored(value: string): string {
  return `^(?:${value})$`;
}

/** Compiles a regex value the way Alertmanager's `NewMatcher` does (cached). */
export function compileRegex(value: string): CompiledRegex {
  const hit = cache.get(value);
  if (hit) return hit;
  let result: CompiledRegex;
  try {
    result = { ok: true, regex: RE2JS.compile(anchored(value)) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, result);
  return result;
}

/** Whether an anchored RE2 program matches the whole of `text`. */
export function regexMatches(regex: RE2JS, text: string): boolean {
  return regex.test(text);
}
