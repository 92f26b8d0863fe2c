import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/read-regular-file.js
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readRegularFile(path, limit, limitName = "limit") {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      const kind = info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isDirectory() ? "a folder" : "not a file";
      throw new Error(`not a regular file (${kind})`);
    }
    if (info.size > limit)
      throw new Error(`${info.size} bytes, above the ${limit}-byte ${limitName}`);
    const bytes = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read);
      if (n === 0)
        break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), mode: info.mode };
  } finally {
    closeSync(fd);
  }
}

export {
  readRegularFile
};
