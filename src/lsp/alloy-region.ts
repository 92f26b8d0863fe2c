/**
 * Where the Alloy of an open document is: the whole of an `.alloy` file, or
 * the inline `contents:` of a pipeline definition. The Alloy features work
 * on offsets into the Alloy text (alloy-model.ts); a region turns a document
 * offset into one and every offset they answer back into the document, so
 * hover, completion, navigation, rename and the outline behave the same in
 * both places.
 */
import { Scalar } from "yaml";
import { scalarText } from "../config/yaml-scalar.js";
import { SourceText, type TextRange } from "../core/source.js";
import { parseDefinition } from "../repo/definition.js";
import { AlloyModel } from "./alloy-model.js";
import { encodeForScalar, type ScalarInsert } from "./scalar-insert.js";
import { scalarOffsets, type ScalarOffsets, type ScalarPlace } from "./scalar-offsets.js";

export interface AlloyRegion {
  model: AlloyModel;
  /** Where a document offset falls: at an Alloy offset, outside the Alloy, or inside it at no exact Alloy offset. */
  locate(documentOffset: number): ScalarPlace;
  toDocument(alloyOffset: number): number;
  toDocumentRange(range: TextRange): TextRange;
  /** Alloy text to insert at a document offset, written the way the document needs it; undefined when it cannot be. */
  encodeInsert(text: string, snippet: boolean, documentOffset: number): ScalarInsert | undefined;
}

/** A whole `.alloy` document: offsets are the same on both sides. */
export function alloyFileRegion(text: string): AlloyRegion {
  return {
    model: new AlloyModel(text),
    locate: (offset) => ({ kind: "text", offset }),
    toDocument: (offset) => offset,
    toDocumentRange: (range) => range,
    encodeInsert: (insert) => ({ text: insert, asIs: false }),
  };
}

/**
 * The inline Alloy `contents` of a definition, decoded as the engine decodes
 * it. None for `config_type: otel` (the contents are not Alloy), for a
 * definition without inline contents, and where the scalar's positions do not
 * map exactly (then no answer beats a misplaced one).
 */
export function inlineContentsRegion(yaml: string, path: string): AlloyRegion | undefined {
  const parsed = parseDefinition(new SourceText(path, yaml));
  const node = parsed.contentsNode;
  // The loader reads `config_type` the same way: anything but "otel" is Alloy.
  if (!node || parsed.fields?.config_type === "otel") return undefined;
  const scalar = scalarText(yaml, node);
  const offsets = scalarOffsets(yaml, scalar);
  if (!offsets) return undefined;
  const style: Scalar["type"] = node.type;
  const blockIndent = style === Scalar.BLOCK_LITERAL ? contentIndent(yaml, scalar.text, offsets) : 0;
  let model: AlloyModel | undefined;
  return {
    // Built on first use: hover on a YAML key needs no Alloy analysis.
    get model() {
      return (model ??= new AlloyModel(scalar.text));
    },
    locate: (offset) => offsets.toText(offset),
    toDocument: (offset) => offsets.toFile(offset),
    toDocumentRange: (range) => offsets.toFileRange(range),
    encodeInsert(insert, snippet, documentOffset) {
      const lineStart = yaml.lastIndexOf("\n", documentOffset - 1) + 1;
      return encodeForScalar(insert, style, snippet, { linePrefix: yaml.slice(lineStart, documentOffset), blockIndent });
    },
  };
}

/** A block's content indentation: the YAML column its first non-empty line's text starts at. */
function contentIndent(yaml: string, text: string, offsets: ScalarOffsets): number {
  for (let t = 0; t < text.length; t = text.indexOf("\n", t) + 1 || text.length) {
    if (text[t] === "\n") continue;
    const at = offsets.toFile(t);
    return at - (yaml.lastIndexOf("\n", at - 1) + 1);
  }
  return 0;
}
