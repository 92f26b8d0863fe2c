import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  FAULTS,
  HOSTILE_MESSAGE,
  echoCredentials,
  isFaultName,
  listFault
} from "./chunk-GA66TGBU.js";
import "./chunk-HTDSFYMP.js";
export {
  FAULTS,
  HOSTILE_MESSAGE,
  echoCredentials,
  isFaultName,
  listFault
};
