import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/cli/errors.js
function exitCodeOf(error) {
  return error.kind === "refused" ? 1 : 2;
}

export {
  exitCodeOf
};
