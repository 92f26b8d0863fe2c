/** The emulator's programmatic entry: `startEmulator()` with our own grammars as the server's checks. */
import { loadLanguages } from "../languages.js";
import { languageChecker } from "./checker.js";
import { startEmulator as startServer, type EmulatorOptions, type RunningEmulator } from "./server.js";

export type { RequestLogEntry, RunningEmulator } from "./server.js";

export type StartOptions = Omit<EmulatorOptions, "checker"> & Partial<Pick<EmulatorOptions, "checker">>;

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const checker = options.checker ?? languageChecker(await loadLanguages());
  return startServer({ ...options, checker });
}
