import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/rules/defaults.generated.js
var GENERATED_RULE_DEFAULTS = {
  "alloy-syntax": { severity: "error", category: "fast" },
  "alloy-format": { severity: "off", category: "fast" },
  "alloy-module-constraints": { severity: "error", category: "fast" },
  "alloy-references": { severity: "error", category: "fast" },
  "alloy-unknown-component": { severity: "error", category: "fast" },
  "alloy-component-arguments": { severity: "error", category: "fast" },
  "alloy-deprecated": { severity: "warn", category: "fast" },
  "otel-config": { severity: "error", category: "fast" },
  "pipeline-schema": { severity: "error", category: "fast" },
  "pipeline-untargeted": { severity: "warn", category: "fast" },
  "pipeline-unique-name": { severity: "error", category: "fast" },
  "matcher-valid": { severity: "error", category: "fast" },
  "matcher-satisfiable": { severity: "warn", category: "fast" },
  "explicit-enabled": { severity: "warn", category: "fast" },
  "source-consistency": { severity: "error", category: "fast" },
  "pipeline-limit": { severity: "error", category: "fast" },
  "pipeline-exports": { severity: "error", category: "fast" },
  "remote-validate": { severity: "error", category: "network" },
  "pipeline-reach": { severity: "info", category: "network" }
};

export {
  GENERATED_RULE_DEFAULTS
};
