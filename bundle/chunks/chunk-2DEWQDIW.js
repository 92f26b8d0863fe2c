import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/cli/errors.js
var CliError = class extends Error {
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
    this.name = "CliError";
  }
};
var UsageError = class extends CliError {
  constructor(message) {
    super(message, 2);
    this.name = "UsageError";
  }
};

export {
  CliError,
  UsageError
};
