import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/package.json
var package_default = {
  name: "fleetlint",
  version: "0.1.0",
  description: "Lint, format and safely sync Grafana Fleet Management pipelines kept in Git",
  keywords: [
    "grafana",
    "alloy",
    "fleet-management",
    "lint",
    "gitops",
    "pre-commit"
  ],
  homepage: "https://github.com/fleetlint/fleetlint#readme",
  bugs: {
    url: "https://github.com/fleetlint/fleetlint/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/fleetlint/fleetlint.git"
  },
  license: "Apache-2.0",
  type: "module",
  bin: {
    fleetlint: "bundle/fleetlint.js"
  },
  types: "bundle/types/src/index.d.ts",
  exports: {
    ".": {
      types: "./bundle/types/src/index.d.ts",
      default: "./bundle/index.js"
    },
    "./schemas/pipeline.schema.json": "./schemas/pipeline.schema.json",
    "./schemas/config.schema.json": "./schemas/config.schema.json",
    "./package.json": "./package.json"
  },
  files: [
    "bundle/",
    "schemas/",
    "data/alloy-component-schemas/",
    "docs/",
    "README.md",
    "LICENSE",
    "CHANGELOG.md"
  ],
  engines: {
    node: "^22.12 || >=24"
  },
  scripts: {
    build: "node scripts/build.mjs",
    "build:check": "node scripts/build.mjs --check",
    "package:vscode": "node editors/vscode/scripts/build.mjs && cd editors/vscode && vsce package --no-dependencies",
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "eslint .",
    pretest: "node scripts/build.mjs",
    test: "vitest run",
    bench: "node scripts/build.mjs && node bench/run.mjs",
    example: "node bundle/fleetlint.js check --config fixtures/repos/example/fleetlint.config.yaml",
    hooks: "husky",
    "version-packages": "changeset version && node scripts/stamp-version.mjs && node scripts/build.mjs"
  },
  devDependencies: {
    "@changesets/cli": "^3.0.3",
    "@eslint/js": "^10.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "@types/vscode": "1.101.0",
    "@vscode/vsce": "4.1.0",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    chevrotain: "^13.2.0",
    commander: "^15.1.0",
    diff: "^9.0.0",
    esbuild: "0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "fastest-levenshtein": "^1.0.16",
    husky: "^9.1.7",
    "lint-staged": "^17.6.1",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    "tree-sitter-go": "^0.25.0",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^5.1.1",
    "vscode-jsonrpc": "^10.0.0",
    "vscode-languageclient": "10.1.2",
    "vscode-languageserver": "^10.1.2",
    "vscode-languageserver-protocol": "^3.18.5",
    "vscode-languageserver-textdocument": "^1.0.16",
    "web-tree-sitter": "^0.25.10",
    yaml: "^2.9.1"
  }
};

// dist/src/core/version.js
var version = package_default.version;

export {
  version
};
