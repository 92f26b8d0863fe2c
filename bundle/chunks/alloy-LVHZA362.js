import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  statements,
  tokenize,
  walk
} from "./chunk-WI3FNKTA.js";
import {
  formatSource
} from "./chunk-CO2KMTMO.js";
import {
  MAX_NESTING_DEPTH,
  NESTING_TOO_DEEP,
  T,
  isValidIdentifier,
  parseExpression,
  parseFile,
  parseFileRecovering,
  toText
} from "./chunk-OMLRH3SK.js";
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
  parseFileRecovering,
  printFile,
  statements,
  toText,
  tokenize,
  utf8ByteLength,
  walk
};
