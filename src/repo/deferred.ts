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
export function deferContents(
  pipeline: Pipeline,
  path: string,
  load: () => PipelineContents | null,
  document: (contents: PipelineContents) => AlloyDocument | undefined,
): void {
  pipeline.contents = null;
  pipeline.deferred = {
    path,
    load: () => {
      delete pipeline.deferred;
      pipeline.contents = load();
      const alloy = pipeline.contents ? document(pipeline.contents) : undefined;
      if (alloy) pipeline.alloy = alloy;
    },
  };
}

/** The pipeline's contents, reading them first if they were deferred. */
export function loadContents(pipeline: Pipeline): PipelineContents | null {
  pipeline.deferred?.load();
  return pipeline.contents;
}

/** The pipeline's Alloy document, reading the contents first if they were deferred. */
export function loadAlloy(pipeline: Pipeline): AlloyDocument | undefined {
  pipeline.deferred?.load();
  return pipeline.alloy;
}

/**
 * Whether the pipeline has contents and they live in a linted file (the
 * definition itself for inline `contents`). A deferred pipeline's file is
 * never linted, so it is answered without reading the file.
 */
export function contentsLinted(pipeline: Pipeline, linted: ReadonlySet<string>): boolean {
  if (pipeline.deferred) return linted.has(pipeline.deferred.path) && loadContents(pipeline) !== null;
  return pipeline.contents !== null && linted.has(pipeline.contents.file.path);
}
