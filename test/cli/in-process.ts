/**
 * Runs the CLI in-process (no build needed) and captures what it prints, for
 * command tests that do not need a separate process.
 */
import { vi } from "vitest";
import { run } from "../../src/cli/index.js";

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** `fleetlint ARGS`, optionally from another working directory (restored after). */
export async function runInProcess(args: string[], cwd?: string): Promise<CliOutput> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const previous = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
    vi.restoreAllMocks();
  }
}
