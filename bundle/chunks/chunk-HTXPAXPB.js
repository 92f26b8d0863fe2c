import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/package.json
var package_default = {
  name: "fleetlint",
  version: "0.1.0",
  description: "Lint, format and safely sync Grafana Fleet Management pipelines kept in Git",
  type: "module",
  license: "Apache-2.0",
  bin: {
    fleetlint: "dist/src/cli/main.js"
  },
  exports: {
    ".": {
      types: "./dist/src/index.d.ts",
      default: "./dist/src/index.js"
    },
    "./schemas/pipeline.schema.json": "./schemas/pipeline.schema.json",
    "./schemas/config.schema.json": "./schemas/config.schema.json",
    "./package.json": "./package.json"
  },
  files: [
    "dist/",
    "!dist/**/*.test.*",
    "schemas/",
    "docs/rules/",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: "^22.12 || >=24"
  },
  scripts: {
    build: "tsc -p tsconfig.build.json",
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "eslint .",
    pretest: "npm run build",
    test: "vitest run",
    bench: "npm run build && node bench/run.mjs",
    example: "node dist/src/cli/main.js check --config fixtures/repos/example/fleetlint.config.yaml",
    prepare: "node scripts/prepare.mjs"
  },
  keywords: [
    "grafana",
    "alloy",
    "fleet-management",
    "lint",
    "gitops",
    "pre-commit"
  ],
  dependencies: {
    ajv: "^8.20.0",
    chevrotain: "^13.2.0",
    commander: "^15.1.0",
    diff: "^9.0.0",
    "fastest-levenshtein": "^1.0.16",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    "vscode-languageserver": "^10.1.2",
    "vscode-languageserver-textdocument": "^1.0.16",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@changesets/cli": "^3.0.3",
    "@eslint/js": "^10.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    husky: "^9.1.7",
    "lint-staged": "^17.6.1",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^5.1.1",
    "vscode-jsonrpc": "^10.0.0",
    "vscode-languageserver-protocol": "^3.18.5"
  }
};

// dist/src/cli/version.js
var version = package_default.version;

export {
  version
};
