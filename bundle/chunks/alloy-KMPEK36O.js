import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  statements,
  tokenize,
  walk
} from "./chunk-LW62RJWM.js";
import {
  formatSource
} from "./chunk-7KGYIRH6.js";
import {
  MAX_NESTING_DEPTH,
  NESTING_TOO_DEEP,
  T,
  isValidIdentifier,
  parseExpression,
  parseFile,
  toText
} from "./chunk-FDFQMDVL.js";
import "./chunk-SSHQUGP4.js";
import {
  printFile
} from "./chunk-JFXBJX5A.js";
import {
  goIsPrint,
  goQuote,
  goUnicode
} from "./chunk-KDXVVKYJ.js";
import {
  byteColumn,
  byteOffset,
  decodeSource,
  encodeSource,
  goLineColumn,
  isEscapedByte,
  utf8ByteLength
} from "./chunk-66TUCT7B.js";
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
  printFile,
  statements,
  toText,
  tokenize,
  utf8ByteLength,
  walk
};
