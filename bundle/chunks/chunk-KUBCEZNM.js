import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/fleet/languages.js
var loading;
function loadLanguages() {
  loading ??= createLanguages();
  return loading;
}
async function createLanguages() {
  const [{ parseFile }, { printFile }, matchers, { parse: parseYaml }] = await Promise.all([
    import("./alloy-7ZPZFUKO.js"),
    import("./printer-4YPSEELU.js"),
    import("./matchers-YSHVVR7A.js"),
    import("./dist-VBJYO4GO.js")
  ]);
  const print = (text) => {
    const parsed = parseFile(text);
    return parsed.ast && parsed.diagnostics.length === 0 ? printFile(parsed.ast, parsed.text).text : void 0;
  };
  return {
    canonicalAlloy(text) {
      const once = print(text);
      return once === void 0 ? void 0 : print(once) ?? once;
    },
    alloyProblem(text) {
      const first = parseFile(text).diagnostics[0];
      return first ? `${first.start.line}:${first.start.column}: ${first.message}` : void 0;
    },
    yamlValue(text) {
      try {
        return { value: parseYaml(text) };
      } catch {
        return void 0;
      }
    },
    parseMatcher(text) {
      const result = matchers.parseMatcher(text);
      if (!result.matcher)
        return { error: result.error?.message ?? "invalid matcher" };
      const { name, op, value, canonical } = result.matcher;
      return { name, op, value, canonical };
    },
    matches(matcher, attributes) {
      return matchers.matchesAll([matcher], attributes);
    }
  };
}

export {
  loadLanguages
};
