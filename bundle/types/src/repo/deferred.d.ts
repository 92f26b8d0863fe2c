/**
 * Contents read on request. When a hook stages one file of a large
 * repository, every definition is still loaded (cross-file rules need names,
 * matchers and targets), but the Alloy of pipelines that are not linted is
 * needed only if a rule asks for it (`pipeline-exports` reading another
 * pipeline's exports). Such a pipeline carries `deferred` (where its contents
 * are) and `contents: null` until someone calls `loadContents()`, which reads
 * the file once, with exactly the outcome an eager read would have had.
 * Nothing reads a file as a side effect of looking at a property.
 */
import type { AlloyDocument, Pipeline, PipelineContents } from "./types.js";
/**
 * Marks the pipeline's contents as not read yet. `load` reads the file at
 * `path` (null when unreadable); `document` wraps readable Alloy contents in
 * the pipeline's AlloyDocument.
 */
export declare function deferContents(pipeline: Pipeline, path: string, load: () => PipelineContents | null, document: (contents: PipelineContents) => AlloyDocument | undefined): void;
/** The pipeline's contents, reading them first if they were deferred. */
export declare function loadContents(pipeline: Pipeline): PipelineContents | null;
/** The pipeline's Alloy document, reading the contents first if they were deferred. */
export declare function loadAlloy(pipeline: Pipeline): AlloyDocument | undefined;
/**
 * Whether the pipeline has contents and they live in a linted file (the
 * definition itself for inline `contents`). A deferred pipeline's file is
 * never linted, so it is answered without reading the file.
 */
export declare function contentsLinted(pipeline: Pipeline, linted: ReadonlySet<string>): boolean;
/** The file a pipeline's contents come from, without reading a deferred one. */
export declare function contentsPath(pipeline: Pipeline): string | undefined;
