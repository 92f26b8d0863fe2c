import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  version
} from "./chunk-GHC3NUGM.js";
import "./chunk-HTDSFYMP.js";
export {
  version
};
