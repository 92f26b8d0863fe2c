import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-PWOCY44R.js";
import "./chunk-HTDSFYMP.js";
export {
  version
};
