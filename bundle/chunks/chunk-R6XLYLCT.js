import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/repo/deferred.js
function deferContents(pipeline, path, load, document) {
  pipeline.contents = null;
  pipeline.deferred = {
    path,
    load: () => {
      delete pipeline.deferred;
      pipeline.contents = load();
      const alloy = pipeline.contents ? document(pipeline.contents) : void 0;
      if (alloy)
        pipeline.alloy = alloy;
    }
  };
}
function loadContents(pipeline) {
  pipeline.deferred?.load();
  return pipeline.contents;
}
function loadAlloy(pipeline) {
  pipeline.deferred?.load();
  return pipeline.alloy;
}
function contentsLinted(pipeline, linted) {
  if (pipeline.deferred)
    return linted.has(pipeline.deferred.path) && loadContents(pipeline) !== null;
  return pipeline.contents !== null && linted.has(pipeline.contents.file.path);
}

export {
  deferContents,
  loadContents,
  loadAlloy,
  contentsLinted
};
