/**
 * Which rules run and at what severity, per file: the rule's default, then the
 * config's `rules`, then each matching `overrides` entry in order, then
 * `--rule id:severity` from the command line (ESLint's precedence).
 */
import { relative, sep } from "node:path";
import { severityLevel, type SeverityLevel, type SeverityName } from "../core/diagnostic.js";
import type { ResolvedConfig, RuleSetting } from "../config/types.js";
import type { RuleMeta } from "./types.js";

export interface ParsedSetting {
  severity: SeverityLevel;
  /** Options written after the severity; undefined when the setting gave none. */
  options?: unknown[];
}

export function parseSetting(setting: RuleSetting): ParsedSetting {
  if (Array.isArray(setting)) {
    const [severity, ...options] = setting;
    return { severity: severityLevel(severity), options };
  }
  return { severity: severityLevel(setting) };
}

/**
 * Whether a rule is on anywhere (its default or `rules`, an override, or
 * `--rule`). Decided before the rule's module is loaded, from its default
 * alone: off rules are neither loaded nor run.
 */
export function enabledAnywhere(
  id: string,
  defaultSeverity: SeverityName,
  config: ResolvedConfig,
  commandLine: Readonly<Record<string, SeverityName | 0 | 1 | 2>>,
): boolean {
  const onCommandLine = commandLine[id];
  if (onCommandLine !== undefined) return severityLevel(onCommandLine) > 0;
  const written = config.rules[id];
  if ((written === undefined ? severityLevel(defaultSeverity) : parseSetting(written).severity) > 0) return true;
  return config.overrides.some((o) => o.rules[id] !== undefined && parseSetting(o.rules[id]).severity > 0);
}

type Matcher = (relativePath: string) => boolean;

interface OverrideEntry {
  matches: Matcher;
  rules: Record<string, RuleSetting>;
}

/** Severity lookups for one run; overrides are compiled once. */
export class RuleSettings {
  private readonly base = new Map<string, ParsedSetting>();
  private readonly overrides: OverrideEntry[];
  private readonly cache = new Map<string, SeverityLevel>();

  constructor(
    private readonly config: ResolvedConfig,
    metas: ReadonlyMap<string, RuleMeta>,
    private readonly commandLine: Readonly<Record<string, SeverityName | 0 | 1 | 2>>,
    compileGlobs: (globs: string[]) => Matcher,
  ) {
    for (const [id, meta] of metas) {
      const written = config.rules[id];
      this.base.set(id, written === undefined ? { severity: severityLevel(meta.defaultSeverity) } : parseSetting(written));
    }
    this.overrides = config.overrides.map((o) => ({ matches: compileGlobs(o.files), rules: o.rules }));
  }

  /** The options a rule runs with: the top-level setting's, else the rule's defaults. */
  options(id: string): unknown[] | undefined {
    return this.base.get(id)?.options;
  }

  /** Severity of a rule for reports landing in one file. */
  severity(id: string, filePath: string): SeverityLevel {
    const key = `${id}\0${filePath}`;
    let level = this.cache.get(key);
    if (level === undefined) {
      level = this.compute(id, filePath);
      this.cache.set(key, level);
    }
    return level;
  }

  private compute(id: string, filePath: string): SeverityLevel {
    const onCommandLine = this.commandLine[id];
    if (onCommandLine !== undefined) return severityLevel(onCommandLine);
    let level = this.base.get(id)?.severity ?? 0;
    if (this.overrides.length > 0) {
      const rel = relative(this.config.baseDir, filePath).split(sep).join("/");
      for (const o of this.overrides) {
        const setting = o.rules[id];
        if (setting !== undefined && o.matches(rel)) level = parseSetting(setting).severity;
      }
    }
    return level;
  }
}
