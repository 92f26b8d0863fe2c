import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderMarkdown,
  renderPlans,
  renderText
} from "./chunk-THE7SZ24.js";
import "./chunk-7ST2SCRV.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-2TRD2VA4.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";
export {
  renderMarkdown,
  renderPlans,
  renderText
};
