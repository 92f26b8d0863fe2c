/**
 * The repository as Fleet Management's sync will see it: targets, pipeline
 * definitions with source ranges for every key, and their contents. Built once
 * by the loader (src/repo) and read by every rule; nothing re-reads a file.
 */
import type { SourceText, TextRange } from "../core/source.js";
import type { MatcherEntry, TargetConfig } from "../config/types.js";
export type { MatcherEntry } from "../config/types.js";
import type { File, ParseResult } from "../../grammar/alloy/ast.js";
export type ConfigType = "alloy" | "otel";
/** A key of a definition file: where the key and its value are in the YAML text. */
export interface KeyLocation {
    key: TextRange;
    value: TextRange;
}
/**
 * Alloy or OTel text and where it lives. For a sibling `.alloy` or a
 * `contents_file`, `file` is that file and offsets map one to one; for inline
 * `contents` (a YAML block scalar), `file` is the definition file and
 * `toFileOffset` maps into the scalar.
 */
export interface PipelineContents {
    /** "standalone": a `.alloy` file given on the command line that no definition uses. */
    origin: "sibling" | "contents_file" | "inline" | "standalone";
    text: string;
    file: SourceText;
    toFileOffset(contentsOffset: number): number;
}
/**
 * How an Alloy file is analysed, decided by how it is used
 * (docs/check.md#which-alloy-files-are-what):
 * - "pipeline": a pipeline's contents, loaded by Fleet Management as a module
 *   with the injected arguments;
 * - "config": any other `.alloy` file, a local configuration as `alloy run`
 *   loads it; the configs of one folder form one scope;
 * - "module": an `.alloy` file with top-level `argument` or `export` blocks,
 *   a module in its own scope.
 */
export type AlloyMode = "pipeline" | "config" | "module";
/** Whether the `.alloy` files of one folder share one scope (`alloy run DIR`) or each stands alone (see `alloyScope`). */
export type AlloyScopeSetting = "auto" | "folder" | "file";
/**
 * Alloy text to lint: a pipeline's contents, or a standalone `.alloy` file.
 * `parse()` parses once and caches, so every rule shares one AST.
 */
export interface AlloyDocument {
    contents: PipelineContents;
    /** How the text is analysed; a standalone file's mode needs its parse, so it is read on first use. */
    readonly mode: AlloyMode;
    /**
     * The documents analysed as one scope with this one, this one included,
     * sorted by path as Alloy merges them: the folder's other local configs for
     * a "config" (as `alloyScope` decides), else just this document.
     */
    scope(): readonly AlloyDocument[];
    /** The pipeline this text belongs to; undefined for a standalone `.alloy` file. */
    pipeline?: Pipeline;
    /** The target whose root holds the file, when there is one. */
    target?: Target;
    parse(): ParseResult<File>;
}
export interface Target extends TargetConfig {
    /** Position in the config's `targets` list. */
    index: number;
}
export interface PipelineDefinition {
    /** The definition YAML file. */
    file: SourceText;
    /** Every top-level key written in the file, with its ranges. */
    keys: Map<string, KeyLocation>;
    /** Range of the whole YAML document (for diagnostics about the file as a whole). */
    range: TextRange;
    /** The decoded YAML value (plain data), or undefined when the YAML did not parse. */
    data: unknown;
}
export interface Pipeline {
    target: Target;
    /** `name` from the file, else the file name without its extension. */
    name: string;
    definition: PipelineDefinition;
    /** As written; undefined when omitted (the sync action then sends false). */
    enabled: boolean | undefined;
    matchers: MatcherEntry[];
    configType: ConfigType;
    metadata?: Record<string, unknown>;
    /**
     * null when no contents source could be read (`pipeline-schema` says why),
     * and while `deferred`: read those with `loadContents()` (src/repo/deferred.ts).
     */
    contents: PipelineContents | null;
    /** Set for Alloy pipelines with contents; the shared, lazily parsed document. */
    alloy?: AlloyDocument;
    /**
     * Set while the contents are not read yet (a hook's run, for pipelines it
     * does not lint): `path` is the file that holds them; `loadContents()` reads it.
     */
    deferred?: {
        path: string;
        load(): void;
    };
}
/**
 * What the loader can find wrong with a definition while reading it. The
 * loader names the finding; the `pipeline-schema` rule owns the message text,
 * the severity and the docs.
 */
export type LoadProblemCode = "yamlError" | "notMapping" | "unknownKey" | "unknownKeySuggestion" | "wrongType" | "invalidValue" | "contentsMissing" | "siblingNotFound" | "contentsAmbiguous" | "contentsFileNotFound" | "contentsEmpty" | "otelContentsMissing" | "extensionKey" | "fileUnreadable";
/** A problem the loader found while reading (YAML errors, missing files, schema errors). */
export interface LoadProblem {
    file: SourceText;
    range: TextRange;
    code: LoadProblemCode;
    data?: Record<string, string | number>;
    related?: {
        file: SourceText;
        range: TextRange;
        message: string;
    }[];
}
/**
 * A file and the targets that disagree (reported by `pipeline-untargeted`):
 * a definition given or opened outside every target root ("untargeted",
 * in the definition), or a target root with nothing to lint ("rootEmpty",
 * at the root in the config file).
 */
export interface TargetProblem {
    file: SourceText;
    range: TextRange;
    code: "untargeted" | "rootEmpty";
    data: Record<string, string | number>;
}
export interface Project {
    cwd: string;
    targets: Target[];
    /** Every pipeline of every target, whether or not its file is being linted. */
    pipelines: Pipeline[];
    /** Standalone `.alloy` files given on the command line that no definition uses. */
    alloyFiles: AlloyDocument[];
    /** Definitions outside every target, and target roots without files. */
    targetProblems?: TargetProblem[];
    /** Problems found while loading (reported through their owning rule). */
    problems: LoadProblem[];
    /**
     * Absolute paths of the files being linted. A hook passes a partial list;
     * project rules still see every pipeline but report only on these.
     */
    lintedFiles: Set<string>;
    /** Every file read, by absolute path. */
    files: Map<string, SourceText>;
    /**
     * Paths given on the command line (absolute) that selected nothing to lint:
     * ignored by `ignore`, not `.yaml`/`.yml`/`.alloy`, or a folder without such
     * files. The CLI decides whether that is an error (`--no-errors-on-unmatched`).
     */
    unmatchedPaths?: string[];
}
