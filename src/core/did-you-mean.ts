/**
 * "Did you mean" for every rule and lookup: the candidate nearest to a word,
 * when it is close enough to be a likely typo (a third of the word may
 * differ, at least two edits) rather than an unrelated name.
 */
import { closest, distance } from "fastest-levenshtein";

export function nearestName(word: string, candidates: readonly string[], options: { ignoreCase?: boolean } = {}): string | undefined {
  if (candidates.length === 0) return undefined;
  const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const folded = candidates.map(fold);
  const best = closest(fold(word), folded);
  return distance(fold(word), best) <= Math.max(2, Math.floor(word.length / 3)) ? candidates[folded.indexOf(best)] : undefined;
}
