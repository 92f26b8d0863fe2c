/**
 * `fleetlint import`: the server's pipelines written in the repository layout
 * (SPEC §1.1) so an existing stack can be adopted: `NAME.yaml` with `enabled`
 * and `matchers` always explicit, Alloy contents in the sibling `NAME.alloy`,
 * OTel contents inline. Syncing the result back is an empty plan.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { canonicalMatcherSet, type Languages } from "./compare.js";
import { FleetSetupError } from "./errors.js";
import type { PipelineMessage } from "./messages.js";

export interface ImportFile {
  /** Absolute path. */
  path: string;
  text: string;
}

export interface ImportOptions {
  into: string;
  /** The target's global matchers: sync appends them, so they are left out of the files. */
  globalMatchers: readonly string[];
}

/** A file-system-safe base name; the definition keeps the real name when they differ. */
export function fileBaseName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return safe || "pipeline";
}

export function importFiles(languages: Languages, pipelines: readonly PipelineMessage[], options: ImportOptions): ImportFile[] {
  const files: ImportFile[] = [];
  const taken = new Set<string>();
  const globals = new Set(canonicalMatcherSet(languages, options.globalMatchers));
  const sorted = [...pipelines].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const pipeline of sorted) {
    let base = fileBaseName(pipeline.name);
    // Case-insensitive file systems: two names differing only in case still need two files.
    for (let n = 2; taken.has(base.toLowerCase()); n++) base = `${fileBaseName(pipeline.name)}-${n}`;
    taken.add(base.toLowerCase());

    const definition: Record<string, unknown> = {};
    if (base !== pipeline.name) definition.name = pipeline.name;
    definition.enabled = pipeline.enabled ?? false;
    definition.matchers = pipeline.matchers.filter((m) => !globals.has(canonicalMatcherSet(languages, [m])[0]));
    const otel = pipeline.configType === "CONFIG_TYPE_OTEL";
    if (otel) definition.config_type = "otel";
    if (pipeline.metadata && Object.keys(pipeline.metadata).length > 0) definition.metadata = pipeline.metadata;
    if (otel) definition.contents = pipeline.contents;

    files.push({ path: join(options.into, `${base}.yaml`), text: stringify(definition, { lineWidth: 0 }) });
    if (!otel) files.push({ path: join(options.into, `${base}.alloy`), text: pipeline.contents });
  }
  return files;
}

/** Writes every file, or none when one exists and `force` is off. Each write is atomic. */
export function writeImport(files: readonly ImportFile[], force: boolean): void {
  if (!force) {
    const existing = files.filter((f) => existsSync(f.path)).map((f) => f.path);
    if (existing.length > 0) {
      throw new FleetSetupError(`Refusing to overwrite existing file${existing.length > 1 ? "s" : ""} ${existing.join(", ")}; pass --force to replace`);
    }
  }
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.text);
    renameSync(temp, file.path);
  }
}
