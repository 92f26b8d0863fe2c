/**
 * Atomic in-place rewrite: the new text goes to a temporary file in the same
 * folder (so the rename cannot cross file systems), with the original file's
 * permission bits, and then replaces the original in one rename. A reader
 * sees the old file or the new one, never half of it. A path that is a
 * symlink is resolved first, so the link stays a link.
 */
import { randomBytes } from "node:crypto";
import { chmod, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomic(path: string, content: Uint8Array | string): Promise<void> {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { mode: mode & 0o7777, flag: "wx" });
    // The process umask may have narrowed the mode given to writeFile.
    await chmod(temp, mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
