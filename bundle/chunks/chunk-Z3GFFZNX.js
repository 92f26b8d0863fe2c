import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);

// dist/src/core/write-atomic.js
import { randomBytes } from "node:crypto";
import { chmod, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, content) {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { mode: mode & 4095, flag: "wx" });
    await chmod(temp, mode & 4095);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
}

export {
  writeFileAtomic
};
