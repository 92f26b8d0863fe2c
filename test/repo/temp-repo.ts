/** Writes a throw-away repository (with a `.git` marker) for loader tests. */
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadConfig } from "../../src/config/index.js";
import { loadProject, type Project } from "../../src/repo/index.js";

export function tempRepo(files: Record<string, string | Uint8Array>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "fleetlint-repo-")));
  mkdirSync(join(dir, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export async function load(dir: string, options: { paths?: string[]; buffers?: Map<string, string> } = {}): Promise<Project> {
  const config = await loadConfig({ cwd: dir });
  return loadProject(config, { cwd: dir, ...options });
}

/** `code@line:col` of every load problem in a file, for compact assertions. */
export function problemsOf(project: Project, file?: string): string[] {
  return project.problems
    .filter((p) => !file || p.file.path.endsWith(file))
    .map((p) => {
      const { line, column } = p.file.positionAt(p.range.start);
      return `${p.code}@${line}:${column}`;
    });
}
