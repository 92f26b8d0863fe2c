/**
 * Our grammars as the fleet stage needs them (the `Languages` of compare.ts):
 * the Alloy parser and printer, the YAML parser, and the Alertmanager
 * matcher parser with its RE2 semantics. Loaded lazily, so `fleetlint --help` never pays for them.
 */
import type { Languages, ParsedMatcher } from "./compare.js";

let loading: Promise<Languages> | undefined;

export function loadLanguages(): Promise<Languages> {
  loading ??= createLanguages();
  return loading;
}

async function createLanguages(): Promise<Languages> {
  const [{ parseFile }, { printFile }, matchers, { parse: parseYaml }] = await Promise.all([
    import("../../grammar/alloy/index.js"),
    import("../../grammar/alloy/printer.js"),
    import("../../grammar/matchers/index.js"),
    import("yaml"),
  ]);

  const print = (text: string): string | undefined => {
    const parsed = parseFile(text);
    return parsed.ast && parsed.diagnostics.length === 0 ? printFile(parsed.ast, parsed.text).text : undefined;
  };

  return {
    canonicalAlloy(text) {
      // One `alloy fmt` pass is not always a fixed point (`=` alignment), so print twice.
      const once = print(text);
      return once === undefined ? undefined : (print(once) ?? once);
    },
    alloyProblem(text) {
      const first = parseFile(text).diagnostics[0];
      return first ? `${first.start.line}:${first.start.column}: ${first.message}` : undefined;
    },
    yamlValue(text) {
      try {
        return { value: parseYaml(text) as unknown };
      } catch {
        return undefined;
      }
    },
    parseMatcher(text): ParsedMatcher | { error: string } {
      const result = matchers.parseMatcher(text);
      if (!result.matcher) return { error: result.error?.message ?? "invalid matcher" };
      const { name, op, value, canonical } = result.matcher;
      return { name, op, value, canonical };
    },
    matches(matcher, attributes) {
      return matchers.matchesAll([matcher], attributes);
    },
  };
}
