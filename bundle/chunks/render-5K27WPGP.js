import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderMarkdown,
  renderPlans,
  renderText
} from "./chunk-H46HHCUU.js";
import "./chunk-JKHIXBZC.js";
import "./chunk-CBONEPEG.js";
import "./chunk-U3QDJVAS.js";
import "./chunk-ICAS7NOP.js";
import "./chunk-HTDSFYMP.js";
export {
  renderMarkdown,
  renderPlans,
  renderText
};
