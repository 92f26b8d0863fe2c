// Lints the project's own TypeScript sources.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** The rule registry (ids and defaults, no rule code) is the one file of rules/ the config and the engine read. */
const REGISTRY_EXCEPTED = "rules/(?!index\\.js$)";

/**
 * The layering of DESIGN §1, from the bottom up: each folder may import only
 * from folders below it (and from itself). An import is matched by the
 * folder names in its specifier, so `../cli/errors.js` and
 * `../../src/cli/errors.js` are both an import of src/cli. Two deliberate
 * exceptions: the rule registry (rules/index.ts, ids and defaults only) is
 * read by the config loader and the engine, and rules import the engine's
 * types and `defineRule`, as ESLint rules import ESLint's.
 */
const LAYERS = [
  { name: "src/core", files: ["src/core/**"], above: ["grammar", "config", "repo", "alloy-semantics", "match", "engine", "rules", "report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "grammar", files: ["grammar/**"], above: ["config", "repo", "alloy-semantics", "match", "engine", "rules", "report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "src/config", files: ["src/config/**"], above: ["repo", "alloy-semantics", "match", "engine", REGISTRY_EXCEPTED, "report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "src/repo", files: ["src/repo/**"], above: ["alloy-semantics", "match", "engine", "rules", "report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "src/engine", files: ["src/engine/**"], above: ["alloy-semantics", "match", REGISTRY_EXCEPTED, "report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "rules", files: ["rules/**", "src/alloy-semantics/**", "src/match/**"], above: ["report", "fleet", "fmt", "init", "lsp", "cli"] },
  { name: "src/report", files: ["src/report/**"], above: ["fleet", "fmt", "init", "lsp", "cli"] },
  { name: "src/fleet", files: ["src/fleet/**"], above: ["fmt", "init", "lsp", "cli"] },
  { name: "the library", files: ["src/fmt/**", "src/init/**", "src/lsp/**", "src/action/**", "src/index.ts"], above: ["cli"] },
];

/** A folder name as it appears in an import specifier (`../engine/x.js`, `../../src/engine/x.js`). */
function folderPattern(folder) {
  return folder.includes("/") ? folder : `${folder}/`;
}

/**
 * The grammar's public modules: the facade (index), the AST types, and the
 * three entry points loaded on their own so a command pulls in only the part
 * of the grammar it runs (parse, printer, format; source for decoding). The
 * scanner, parser, tokens and printer internals stay behind them.
 */
const GRAMMAR_INTERNALS = {
  regex: "(^|/)grammar/(alloy/(?!(index|ast|parse|printer|format|source)\\.js$)|matchers/(?!index\\.js$))",
  message: "DESIGN §1: outside grammar/, import the grammar through its public modules (alloy: index, ast, parse, printer, format, source; matchers: index).",
};

const layerZones = LAYERS.map(({ name, files, above }) => {
  const pattern = `(^|/)(${above.map(folderPattern).join("|")})`;
  const message = `DESIGN §1: ${name} must not import from a later stage (${above.map((f) => f.split("/")[0]).join(", ")}); pass data down instead.`;
  const zones = [{ regex: pattern, message }, ...(name === "src/core" || name === "grammar" ? [] : [GRAMMAR_INTERNALS])];
  return {
    files: files.map((glob) => (glob.endsWith("**") ? `${glob}/*.ts` : glob)),
    rules: {
      "no-restricted-imports": ["error", { patterns: zones }],
      // no-restricted-imports does not see import(): the same zones for dynamic imports.
      "no-restricted-syntax": ["error", ...zones.map((zone) => ({ selector: `ImportExpression[source.value=/${zone.regex.replaceAll("/", "\\/")}/]`, message: zone.message }))],
    },
  };
});

export default tseslint.config(
  { ignores: ["dist/", "bundle/", "editors/vscode/out/", "editors/vscode/server/", "node_modules/", "coverage/", "bench/.out/", ".ci/node*/", ".ci/venv/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  ...layerZones,
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
