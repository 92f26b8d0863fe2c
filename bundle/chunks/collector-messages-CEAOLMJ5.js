import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  COLLECTOR_SERVICE,
  COLLECTOR_TYPES,
  decodeCollector,
  decodeCollectorsPage,
  decodeListCollectorsRequest,
  encodeCollector
} from "./chunk-GXBRFKVI.js";
import "./chunk-NIL3DZS3.js";
import "./chunk-HTDSFYMP.js";
export {
  COLLECTOR_SERVICE,
  COLLECTOR_TYPES,
  decodeCollector,
  decodeCollectorsPage,
  decodeListCollectorsRequest,
  encodeCollector
};
