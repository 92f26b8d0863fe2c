/**
 * `fleetlint import`: the server's pipelines written in the repository layout
 * (SPEC §1.1) so an existing stack can be adopted: `NAME.yaml` with `enabled`
 * and `matchers` always explicit, Alloy contents in the sibling `NAME.alloy`,
 * OTel contents inline. Syncing the result back is an empty plan.
 */
import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

/** Longest file name most file systems take (NAME_MAX), in bytes. */
const MAX_NAME_BYTES = 255;
/** Names Windows reserves whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why a file cannot be written under this name on this system, or undefined. */
export function unrepresentableName(path: string, platform: NodeJS.Platform = process.platform): string | undefined {
  const name = basename(path);
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `the file name is ${Buffer.byteLength(name)} bytes, above the ${MAX_NAME_BYTES}-byte limit`;
  if (platform === "win32" && WINDOWS_RESERVED.test(name)) return "the name is reserved on Windows";
  if (Buffer.byteLength(path) > 4000) return "the path is too long";
  return undefined;
}

/**
 * Writes every file or none (issue #11). Names are checked before anything
 * is written; each file is first written to a temporary file with an
 * unpredictable name, created exclusively (`wx`: a symlink planted at that
 * name makes the open fail instead of redirecting the write); only when all
 * are written are they renamed into place, and a failure part-way puts back
 * what was there. Renaming replaces a symlink at the destination rather
 * than writing through it. Existing files (a dangling symlink included) are
 * left alone unless `force`.
 */
export function writeImport(files: readonly ImportFile[], force: boolean): void {
  const bad = files.map((f) => ({ path: f.path, why: unrepresentableName(f.path) })).filter((f) => f.why !== undefined);
  if (bad.length > 0) {
    throw new FleetSetupError(`Refusing to import: ${bad.map((f) => `${basename(f.path)}: ${f.why}`).join("; ")}; nothing was written`);
  }
  const existing = files.filter((f) => lstatSync(f.path, { throwIfNoEntry: false }) !== undefined).map((f) => f.path);
  if (!force && existing.length > 0) {
    throw new FleetSetupError(`Refusing to overwrite existing file${existing.length > 1 ? "s" : ""} ${existing.join(", ")}; pass --force to replace`);
  }
  const temps: { temp: string; path: string }[] = [];
  const placed: { path: string; backup?: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = tempName(file.path);
      temps.push({ temp, path: file.path });
      writeFileSync(temp, file.text, { flag: "wx", mode: 0o644 });
    }
    for (const { temp, path } of temps) {
      let backup: string | undefined;
      // A folder is never moved aside: renaming a file onto it fails, and everything is put back.
      if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory() === false) {
        backup = tempName(path);
        renameSync(path, backup);
      }
      placed.push({ path, backup });
      renameSync(temp, path);
    }
  } catch (error) {
    // Put back what was there, newest first; then drop the temporary files.
    for (const { path, backup } of placed.reverse()) {
      try {
        if (backup) renameSync(backup, path);
        else rmSync(path, { force: true });
      } catch {
        // Best effort: the original error below is what the user needs to see.
      }
    }
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw new FleetSetupError(`Import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const { backup } of placed) if (backup) rmSync(backup, { force: true });
}

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path).slice(0, 100)}.${randomBytes(12).toString("hex")}.tmp`);
}
