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
} from "./chunk-JKUQAI7V.js";
import "./chunk-LNV7EB7H.js";
import "./chunk-2MG4L5QS.js";
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
