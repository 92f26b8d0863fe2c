import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  canonicalForm,
  goQuote,
  goUnquote,
  matches,
  matchesAll,
  parseMatcher,
  satisfy
} from "./chunk-DGCJN7M3.js";
import "./chunk-SSHQUGP4.js";
import "./chunk-HTDSFYMP.js";
export {
  canonicalForm,
  goQuote,
  goUnquote,
  matches,
  matchesAll,
  parseMatcher,
  satisfy
};
