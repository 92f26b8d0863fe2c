/**
 * Standard output and error as a pipeline sees them. `fleetlint check | head -1`
 * closes the reading end after one line; Node then reports EPIPE as an
 * 'error' event that, unhandled, crashes with a stack trace. A closed reader
 * only means nobody wants more output: the run goes on writing nothing and
 * ends with its usual exit code, as `grep` or `git log` do. Any other stream
 * failure (disk full behind a redirect) is one line on stderr and exit 2.
 */

/** Errors that mean the other end is gone, not that something went wrong. */
const CLOSED = new Set(["EPIPE", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

type Writable = NodeJS.WriteStream;

function silence(stream: Writable): void {
  stream.write = ((_chunk: unknown, encodingOrCallback?: unknown, callback?: unknown) => {
    const done = typeof encodingOrCallback === "function" ? encodingOrCallback : callback;
    if (typeof done === "function") queueMicrotask(() => (done as () => void)());
    return true;
  }) as Writable["write"];
}

/** Installs the handlers once per process; the binary calls this before running a command. */
export function endQuietlyOnClosedPipes(streams: readonly Writable[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      silence(stream);
      if (error.code !== undefined && CLOSED.has(error.code)) return;
      if (stream !== process.stderr) process.stderr.write(`fleetlint: cannot write output: ${error.message}\n`);
      process.exitCode = 2;
    });
  }
}

/** The binary's last resort: a failure nothing caught is one line, never a trace (FLEETLINT_DEBUG shows it). */
export function reportUncaught(error: unknown): void {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && CLOSED.has(code)) return;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fleetlint: internal error: ${message}\n`);
  if (process.env.FLEETLINT_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
