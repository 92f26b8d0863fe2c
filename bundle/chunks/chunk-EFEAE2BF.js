import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/repo/deferred.js
var deferredPaths = /* @__PURE__ */ new WeakMap();
function deferContents(pipeline, path, load, document) {
  let contents;
  let alloy;
  const settle = () => {
    if (contents !== void 0)
      return;
    contents = load();
    alloy = contents ? document(contents) : void 0;
  };
  deferredPaths.set(pipeline, path);
  Object.defineProperty(pipeline, "contents", {
    enumerable: true,
    configurable: true,
    get: () => (settle(), contents),
    set: (value) => {
      contents = value;
    }
  });
  Object.defineProperty(pipeline, "alloy", {
    enumerable: true,
    configurable: true,
    get: () => (settle(), alloy),
    set: (value) => {
      settle();
      alloy = value;
    }
  });
}
function contentsLinted(pipeline, linted) {
  const deferred = deferredPaths.get(pipeline);
  if (deferred !== void 0)
    return linted.has(deferred) && pipeline.contents !== null;
  return pipeline.contents !== null && linted.has(pipeline.contents.file.path);
}

export {
  deferContents,
  contentsLinted
};
