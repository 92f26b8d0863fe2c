import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/engine/types.js
function defineRule(rule) {
  return rule;
}

export {
  defineRule
};
