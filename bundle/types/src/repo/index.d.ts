import type { ResolvedConfig } from "../config/types.js";
import type { File } from "../../grammar/alloy/ast.js";
import type { Project } from "./types.js";
export interface LoadProjectOptions {
    cwd: string;
    /** Files and folders to lint (absolute or relative to cwd); none: every target root. */
    paths?: string[];
    /** In-memory texts by absolute path, used instead of the disk (editor buffers, stdin). */
    buffers?: Map<string, string>;
}
export type * from "./types.js";
export { loadContents, loadAlloy } from "./deferred.js";
/** Alloy treats a file with top-level `argument` or `export` blocks as a module. */
export declare function isModuleFile(ast: File | null | undefined): boolean;
export declare function loadProject(config: ResolvedConfig, options: LoadProjectOptions): Promise<Project>;
/** A YAML file under a root is a definition unless it is a fleetlint configuration file (in use or not). */
export declare function isDefinitionName(path: string): boolean;
