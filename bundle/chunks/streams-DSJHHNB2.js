import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import "./chunk-HTDSFYMP.js";

// dist/src/cli/streams.js
var CLOSED = /* @__PURE__ */ new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);
function silence(stream) {
  stream.write = ((_chunk, encodingOrCallback, callback) => {
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    if (typeof done === "function")
      queueMicrotask(() => done());
    return true;
  });
}
function endQuietlyOnClosedPipes(streams = [process.stdout, process.stderr]) {
  for (const stream of streams) {
    stream.on("error", (error) => {
      silence(stream);
      if (error.code !== void 0 && CLOSED.has(error.code))
        return;
      if (stream !== process.stderr)
        process.stderr.write(`fleetlint: cannot write output: ${error.message}
`);
      process.exitCode = 2;
    });
  }
}
function reportUncaught(error) {
  const code = error?.code;
  if (code !== void 0 && CLOSED.has(code))
    return;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fleetlint: internal error: ${message}
`);
  if (process.env.FLEETLINT_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}
`);
  process.exit(2);
}
export {
  endQuietlyOnClosedPipes,
  reportUncaught
};
