/**
 * The two things the loader needs from the Alloy grammar: decoding a file's
 * bytes exactly as Go sees them, and parsing. The parser (and Chevrotain
 * behind it) is imported on the first loadProject, so commands that never
 * build a project do not pay for it; the printer, which only `alloy-format`
 * and `fmt` use, is not imported here at all.
 */
import type { File, ParseResult } from "../../grammar/alloy/ast.js";

export interface AlloyGrammar {
  /** Bytes → text; invalid UTF-8 bytes are kept as Go keeps them (grammar/alloy/source.ts). */
  decode(bytes: Uint8Array): string;
  parse(text: string): ParseResult<File>;
}

let loading: Promise<AlloyGrammar> | undefined;

export function loadAlloyGrammar(): Promise<AlloyGrammar> {
  loading ??= Promise.all([import("../../grammar/alloy/source.js"), import("../../grammar/alloy/parse.js")]).then(([source, parse]) => ({
    decode: source.decodeSource,
    parse: parse.parseFile,
  }));
  return loading;
}
