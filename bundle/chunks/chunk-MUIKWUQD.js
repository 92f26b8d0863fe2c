import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/neutralize.js
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(char) {
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
    default: {
      const code = char.charCodeAt(0);
      return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  }
}
function neutralize(text) {
  return guardWorkflowCommands(text.replace(UNSAFE, escapeChar));
}
function neutralizeBlock(text) {
  return guardWorkflowCommands(text.replace(UNSAFE_IN_BLOCK, escapeChar));
}
var UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function stringifyJson(value, indent) {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function neutralizeInPlace(text) {
  return text.replace(UNSAFE, (char) => {
    if (char === "	")
      return char;
    const code = char.charCodeAt(0);
    if (code < 32)
      return String.fromCharCode(9216 + code);
    return code === 127 ? "\u2421" : "\uFFFD";
  });
}
function guardWorkflowCommands(text) {
  return text.replace(/^([ \t]*)::/gm, "$1\\::");
}
function escapeMarkdown(text) {
  return neutralize(text).replace(/[&<>"'`@|[\]*_~#\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export {
  neutralize,
  neutralizeBlock,
  stringifyJson,
  neutralizeInPlace,
  escapeMarkdown
};
