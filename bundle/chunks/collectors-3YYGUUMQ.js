import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  CollectorStore,
  collectorsFromEntries
} from "./chunk-3KHVSEO6.js";
import "./chunk-XXFPFKBW.js";
import "./chunk-HTDSFYMP.js";
export {
  CollectorStore,
  collectorsFromEntries
};
