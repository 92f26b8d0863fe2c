/**
 * A fast path for the definition files almost every repository holds:
 *
 *     name: checkout-api
 *     enabled: true
 *     matchers:
 *       - team=checkout
 *
 * A repository of 2,000 pipelines is loaded whole even when a hook stages one
 * file, and building yaml's full document for each of those few lines was
 * most of the run. This reader accepts only a narrow subset of YAML (top-level
 * `key: scalar`, `key: []`, and `key:` over a block sequence of one-line
 * scalars; comment lines at column 0) and answers null for anything else, so
 * the caller falls back to yaml. Within the subset it builds exactly what yaml
 * would: the same values, and scalar nodes with the same ranges.
 *
 * It is not built on yaml's Lexer or CST Parser because on a cold process
 * those layers alone cost 7 to 16 times this whole reader (measured in
 * docs/performance.md, bench/definition-read.bench.mjs).
 */
import { Scalar } from "yaml";
import type { TextRange } from "../core/source.js";
import type { KeyLocation } from "./types.js";

export interface SimpleDefinition {
  /** What yaml's `toJS()` gives: strings, booleans and arrays of strings. */
  data: Record<string, string | boolean | string[]>;
  keys: Map<string, KeyLocation>;
  /** The scalar nodes of each sequence value, by key. */
  items: Map<string, Scalar[]>;
  /** The scalar node of each scalar value, by key. */
  scalars: Map<string, Scalar>;
}

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/;
const ITEM_LINE = /^( +)- +(.*)$/;
// Anything but printable ASCII (tabs, CR, BOM, non-ASCII) leaves the subset.
const OUTSIDE_SUBSET = /[^\x20-\x7e\n]/;
// Plain scalars that the core schema resolves to something other than a
// string (null, booleans, numbers, .inf, .nan), or might: anything that
// starts like a number is left to yaml.
const NON_STRING_PLAIN = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.?[0-9].*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// A plain scalar may not start with an indicator.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** The definition, when `text` lies in the subset; null sends the caller to yaml. */
export function readSimpleDefinition(text: string): SimpleDefinition | null {
  if (text.length === 0 || OUTSIDE_SUBSET.test(text)) return null;
  const data: SimpleDefinition["data"] = {};
  const keys = new Map<string, KeyLocation>();
  const items = new Map<string, Scalar[]>();
  const scalars = new Map<string, Scalar>();
  // The key whose value is a block sequence being read, and its items' indent.
  let sequence: { key: string; start: number; indent: number; values: string[]; nodes: Scalar[] } | undefined;

  const closeSequence = (): boolean => {
    if (!sequence) return true;
    if (sequence.nodes.length === 0) return false; // `key:` alone is null: leave it to yaml
    const last = sequence.nodes[sequence.nodes.length - 1].range!;
    keys.get(sequence.key)!.value = { start: sequence.start, end: last[2] };
    data[sequence.key] = sequence.values;
    items.set(sequence.key, sequence.nodes);
    sequence = undefined;
    return true;
  };

  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const nodeEnd = newline === -1 ? lineEnd : lineEnd + 1;
    if (line === "" || line.startsWith("#")) {
      // Blank lines and column-0 comments end nothing and hold nothing.
    } else if (line.startsWith(" ")) {
      const item = ITEM_LINE.exec(line);
      if (!item || !sequence) return null;
      if (sequence.nodes.length === 0) sequence.indent = item[1].length;
      else if (item[1].length !== sequence.indent) return null;
      const valueStart = lineStart + line.length - item[2].length;
      const node = scalarNode(item[2], valueStart, nodeEnd);
      if (!node || typeof node.value !== "string") return null;
      if (sequence.nodes.length === 0) sequence.start = lineStart + item[1].length;
      sequence.values.push(node.value);
      sequence.nodes.push(node);
    } else {
      if (!closeSequence()) return null;
      const pair = KEY_LINE.exec(line);
      if (!pair || keys.has(pair[1])) return null; // duplicate keys are yaml's error to report
      const key = pair[1];
      const keyRange: TextRange = { start: lineStart, end: lineStart + key.length };
      const raw = pair[2];
      if (raw === undefined || raw === "") {
        keys.set(key, { key: keyRange, value: keyRange });
        sequence = { key, start: 0, indent: 0, values: [], nodes: [] };
      } else {
        const valueStart = lineStart + line.length - raw.length;
        if (raw === "[]") {
          keys.set(key, { key: keyRange, value: { start: valueStart, end: valueStart + 2 } });
          data[key] = [];
          items.set(key, []);
        } else {
          const node = scalarNode(raw, valueStart, nodeEnd);
          if (!node) return null;
          keys.set(key, { key: keyRange, value: { start: valueStart, end: node.range![1] } });
          data[key] = node.value as string | boolean;
          scalars.set(key, node);
        }
      }
    }
    lineStart = nodeEnd;
  }
  if (!closeSequence() || keys.size === 0) return null;
  return { data, keys, items, scalars };
}

/**
 * One scalar filling the rest of its line: `true`/`false`, a quoted string
 * without escapes, or a plain string the core schema keeps as a string.
 */
function scalarNode(raw: string, start: number, nodeEnd: number): Scalar | null {
  const end = start + raw.length;
  let node: Scalar;
  if (raw === "true" || raw === "false") {
    node = new Scalar(raw === "true");
    node.type = Scalar.PLAIN;
    node.source = raw;
  } else if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'")) {
    const quote = raw[0];
    const inner = raw.slice(1, -1);
    if (raw[raw.length - 1] !== quote || inner.includes(quote) || (quote === '"' && inner.includes("\\"))) return null;
    node = new Scalar(inner);
    node.type = quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  } else {
    if (!isSafePlain(raw)) return null;
    node = new Scalar(raw);
    node.type = Scalar.PLAIN;
    node.source = raw;
  }
  node.range = [start, end, nodeEnd];
  return node;
}

function isSafePlain(raw: string): boolean {
  return (
    !INDICATOR_START.test(raw) &&
    !NON_STRING_PLAIN.test(raw) &&
    !raw.endsWith(" ") &&
    !raw.endsWith(":") &&
    !raw.includes(": ") &&
    !raw.includes(" #")
  );
}
