/**
 * "Did you mean" as data: a suggestion that replaces a misspelt name with
 * the one the rule found, so JSON consumers, `--fix-dry-run` callers and the
 * editor's quick fix all get the same edit without reading the message.
 */
import type { Location, ReportDescriptor } from "./types.js";

type Suggestions = NonNullable<ReportDescriptor["suggestions"]>;

/**
 * Replaces `name` at `loc` with `replacement`. The name may be quoted in the
 * file (a YAML key written `"contnets"`); the quotes are kept. When the text
 * at `loc` is not the name (a position that could not be mapped exactly into
 * an escaped scalar), there is no suggestion rather than a wrong edit.
 */
export function renameSuggestion(loc: Location, name: string, replacement: string): Suggestions {
  let { start, end } = loc.range;
  const written = loc.file.text.slice(start, end);
  if (written !== name) {
    const quoted = written.length === name.length + 2 && (written[0] === '"' || written[0] === "'") && written.at(-1) === written[0] && written.slice(1, -1) === name;
    if (!quoted) return [];
    start++;
    end--;
  }
  return [{ desc: `Change to "${replacement}"`, fix: { range: { start, end }, text: replacement } }];
}
