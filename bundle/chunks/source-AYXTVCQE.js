import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  ESCAPED_BYTE_BASE,
  byteColumn,
  byteOffset,
  decodeSource,
  encodeSource,
  goLineColumn,
  isEscapedByte,
  utf8ByteLength
} from "./chunk-2MG4L5QS.js";
import "./chunk-HTDSFYMP.js";
export {
  ESCAPED_BYTE_BASE,
  byteColumn,
  byteOffset,
  decodeSource,
  encodeSource,
  goLineColumn,
  isEscapedByte,
  utf8ByteLength
};
