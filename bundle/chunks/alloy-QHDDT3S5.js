import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  statements,
  tokenize,
  walk
} from "./chunk-HCIWKTZJ.js";
import {
  formatSource
} from "./chunk-24SBA7FR.js";
import {
  MAX_NESTING_DEPTH,
  NESTING_TOO_DEEP,
  T,
  isValidIdentifier,
  parseExpression,
  parseFile,
  parseFileRecovering,
  toText
} from "./chunk-VMCWEPZP.js";
import {
  printFile
} from "./chunk-EID6HQGN.js";
import "./chunk-GEBKUC7T.js";
import {
  goIsPrint,
  goQuote,
  goUnicode
} from "./chunk-LNV7EB7H.js";
import {
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
  MAX_NESTING_DEPTH,
  NESTING_TOO_DEEP,
  T as TokenKinds,
  byteColumn,
  byteOffset,
  decodeSource,
  encodeSource,
  formatSource,
  goIsPrint,
  goLineColumn,
  goQuote,
  goUnicode,
  isEscapedByte,
  isValidIdentifier,
  parseExpression,
  parseFile,
  parseFileRecovering,
  printFile,
  statements,
  toText,
  tokenize,
  utf8ByteLength,
  walk
};
