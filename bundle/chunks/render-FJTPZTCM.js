import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderMarkdown,
  renderPlans,
  renderText
} from "./chunk-M27PXQ23.js";
import "./chunk-7ST2SCRV.js";
import "./chunk-TEZ5XSFH.js";
import "./chunk-MUIKWUQD.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";
export {
  renderMarkdown,
  renderPlans,
  renderText
};
