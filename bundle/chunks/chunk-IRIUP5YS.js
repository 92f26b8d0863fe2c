import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  InvalidArgumentError
} from "./chunk-AJHW2U6T.js";

// dist/src/cli/options.js
function wholeNumber(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}
function repeatable(value, previous = []) {
  return [...previous, value];
}

export {
  wholeNumber,
  repeatable
};
