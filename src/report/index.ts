/**
 * Output formats: one module per format (`./<name>.js`), each a pure function
 * of the results and a FormatContext, imported only when asked for.
 */
import { isAbsolute, relative } from "node:path";
import { INFO, type FileResult } from "../core/diagnostic.js";
import type { RuleMeta } from "../engine/types.js";
import { neutralize } from "../core/neutralize.js";

export const FORMAT_NAMES = ["stylish", "json", "compact", "sarif", "github", "junit"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** What a formatter knows besides the results (ESLint's formatter context). */
export interface FormatContext {
  /** Paths are shown relative to this folder when inside it. */
  cwd: string;
  /** Metadata of every rule in the run, by id (descriptions, docs links). */
  rulesMeta: Readonly<Record<string, RuleMeta | undefined>>;
  /** Whether to use ANSI colours (stylish also switches to its code-frame layout). */
  color: boolean;
  /**
   * The GitHub Actions environment, read by the CLI (reporters never touch
   * `process.env`): the checkout report paths are relative to, and the job
   * summary file the github format appends to.
   */
  actions?: ActionsEnvironment;
}

export interface ActionsEnvironment {
  /** `$GITHUB_WORKSPACE` */
  workspace?: string;
  /** `$GITHUB_STEP_SUMMARY` */
  stepSummary?: string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

const loaded = new Map<FormatName, Promise<Formatter>>();

export function loadFormatter(name: FormatName): Promise<Formatter> {
  let formatter = loaded.get(name);
  if (!formatter) {
    formatter = import(/* @vite-ignore */ `./${name}.js`).then((mod: { default: Formatter }) => mod.default);
    loaded.set(name, formatter);
  }
  return formatter;
}

/** Formats results with a named format. */
export async function format(name: FormatName, results: FileResult[], context: FormatContext): Promise<string> {
  return (await loadFormatter(name))(results, context);
}

/** Builds a FormatContext from the rule map lintProject returns. */
export function formatContext(rules: ReadonlyMap<string, RuleMeta>, cwd: string, color: boolean, actions: ActionsEnvironment = {}): FormatContext {
  return { cwd, rulesMeta: Object.fromEntries(rules), color, actions };
}

/** A path as people read it: relative to cwd when inside it, else absolute. */
/** A path as shown: relative when under cwd, its control characters escaped (a file name is foreign text). */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return neutralize(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? filePath : rel);
}

/** A result's infos, also for results built elsewhere without the count. */
export function infoCount(result: FileResult): number {
  return result.infoCount ?? result.messages.filter((m) => m.severity === INFO).length;
}

export function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
