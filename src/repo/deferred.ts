/**
 * Contents read on first use. When a hook stages one file of a large
 * repository, every definition is still loaded (cross-file rules need names,
 * matchers and targets), but the Alloy of pipelines that are not linted is
 * needed only if a rule asks for it (`pipeline-exports` reading another
 * pipeline's exports). For those pipelines `contents` and `alloy` become
 * getters that read the file the first time either is touched, with exactly
 * the outcome an eager read would have had.
 */
import type { AlloyDocument, Pipeline, PipelineContents } from "./types.js";

/** Deferred pipelines and the contents file each will read. */
const deferredPaths = new WeakMap<Pipeline, string>();

/**
 * Makes `pipeline.contents` (and `pipeline.alloy`) read on first access.
 * `load` reads the file at `path` (null when unreadable); `document` wraps
 * readable Alloy contents in the pipeline's AlloyDocument.
 */
export function deferContents(
  pipeline: Pipeline,
  path: string,
  load: () => PipelineContents | null,
  document: (contents: PipelineContents) => AlloyDocument | undefined,
): void {
  let contents: PipelineContents | null | undefined;
  let alloy: AlloyDocument | undefined;
  const settle = (): void => {
    if (contents !== undefined) return;
    contents = load();
    alloy = contents ? document(contents) : undefined;
  };
  deferredPaths.set(pipeline, path);
  Object.defineProperty(pipeline, "contents", {
    enumerable: true,
    configurable: true,
    get: () => (settle(), contents),
    set: (value: PipelineContents | null) => {
      contents = value;
    },
  });
  Object.defineProperty(pipeline, "alloy", {
    enumerable: true,
    configurable: true,
    get: () => (settle(), alloy),
    set: (value: AlloyDocument | undefined) => {
      settle();
      alloy = value;
    },
  });
}

/**
 * Whether the pipeline has contents and they live in a linted file (the
 * definition itself for inline `contents`). A deferred pipeline's file is
 * never linted, so it is answered without reading the file.
 */
export function contentsLinted(pipeline: Pipeline, linted: ReadonlySet<string>): boolean {
  const deferred = deferredPaths.get(pipeline);
  if (deferred !== undefined) return linted.has(deferred) && pipeline.contents !== null;
  return pipeline.contents !== null && linted.has(pipeline.contents.file.path);
}

/** The file a pipeline's contents come from, without reading a deferred one. */
export function contentsPath(pipeline: Pipeline): string | undefined {
  return deferredPaths.get(pipeline) ?? pipeline.contents?.file.path;
}
