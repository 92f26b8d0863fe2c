import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/errors.js
var FleetlintError = class extends Error {
  kind;
  constructor(kind, message, options) {
    super(message, options);
    this.kind = kind;
    this.name = "FleetlintError";
  }
};
var UsageError = class extends FleetlintError {
  constructor(message) {
    super("usage", message);
    this.name = "UsageError";
  }
};

export {
  FleetlintError,
  UsageError
};
