/**
 * Reading a file the user does not fully control (a pipeline's contents, a
 * token file): refuse what is not a regular file (a FIFO would block, a
 * device never end) and what is above a size cap, before reading any of it.
 * Opened non-blocking, so even the open cannot hang on a FIFO.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export interface RegularFile {
  bytes: Buffer;
  /** Permission bits, for callers that care who else can read it. */
  mode: number;
}

export function readRegularFile(path: string, limit: number, limitName = "limit"): RegularFile {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const kind = info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isDirectory() ? "a folder" : "not a file";
      throw new Error(`not a regular file (${kind})`);
    }
    if (info.size > limit) throw new Error(`${info.size} bytes, above the ${limit}-byte ${limitName}`);
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), mode: info.mode };
  } finally {
    closeSync(fd);
  }
}
