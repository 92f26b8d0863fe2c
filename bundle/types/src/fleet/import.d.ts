import { type Languages } from "./compare.js";
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
export declare function fileBaseName(name: string): string;
export declare function importFiles(languages: Languages, pipelines: readonly PipelineMessage[], options: ImportOptions): ImportFile[];
/** Why a file cannot be written under this name on this system, or undefined. */
export declare function unrepresentableName(path: string, platform?: NodeJS.Platform): string | undefined;
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
export declare function writeImport(files: readonly ImportFile[], force: boolean): void;
