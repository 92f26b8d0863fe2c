/**
 * The GitHub Action's inputs, read from the `INPUT_*` variables action.yml
 * sets, checked once, with the official sync action's meanings
 * (grafana/fleet-management-sync-action): `pipelines-root-path` is relative
 * to the workspace, `timeout` is a Go duration bounding the Fleet Management
 * steps, `verbose` logs every API request.
 */
import { isAbsolute, resolve } from "node:path";
import { parseGoDuration } from "../core/go-duration.js";

export type ActionMode = "sync" | "pr" | "lint" | "auto";
export const MODES: readonly ActionMode[] = ["sync", "pr", "lint", "auto"];

export interface ActionInputs {
  mode: ActionMode;
  workingDirectory: string;
  config: string;
  pipelinesRootPath: string;
  namespace: string;
  globalMatcher: string;
  fmUrl: string;
  fmUsername: string;
  fmToken: string;
  timeoutMs: number;
  verbose: boolean;
  dryRun: boolean;
  maxWarnings: number;
  sarifFile: string;
  logFormat: string;
  reports: { format: string; file: string }[];
}

/** A bad input: the action fails with this sentence. */
export class InputError extends Error {}

/** The `timeout` input in milliseconds, read with Go's time.ParseDuration as the official action does ("30s", "1m30s", "1.5h"). */
export function timeoutMs(text: string): number {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new InputError("timeout: empty; give a duration like 30s, 2m or 1m30s");
  const parsed = parseGoDuration(trimmed);
  if ("error" in parsed) throw new InputError(`timeout: '${text}' is not a duration like 30s, 2m or 1m30s (${parsed.error})`);
  if (parsed.ns < 0n) throw new InputError(`timeout: '${text}' is negative; give a duration like 30s, 2m or 1m30s`);
  return Number(parsed.ns) / 1e6;
}

function flag(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/-/g, "_").toUpperCase()}`] ?? "").trim();
}

function boolean(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = flag(env, name).toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new InputError(`${name}: expected true or false, got '${value}'`);
}

/** `format:file` pairs, one per line or separated by commas. */
function reports(text: string): { format: string; file: string }[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((pair) => {
      const colon = pair.indexOf(":");
      if (colon <= 0 || colon === pair.length - 1) throw new InputError(`reports: '${pair}' is not format:file (for example junit:fleetlint.junit.xml)`);
      return { format: pair.slice(0, colon).trim(), file: pair.slice(colon + 1).trim() };
    });
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const mode = (flag(env, "mode") || "sync") as ActionMode;
  if (!MODES.includes(mode)) throw new InputError(`mode: expected one of ${MODES.join(", ")}, got '${mode}'`);
  const maxWarnings = Number(flag(env, "max-warnings") || "-1");
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new InputError(`max-warnings: expected a whole number or -1, got '${flag(env, "max-warnings")}'`);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, flag(env, "working-directory") || ".");
  const rootPath = flag(env, "pipelines-root-path");
  return {
    mode,
    workingDirectory,
    config: flag(env, "config"),
    // As the official action: the root path is relative to the workspace.
    pipelinesRootPath: rootPath === "" ? "" : isAbsolute(rootPath) ? rootPath : resolve(workspace, rootPath),
    namespace: flag(env, "namespace"),
    globalMatcher: flag(env, "global-matcher"),
    fmUrl: flag(env, "fm-url"),
    fmUsername: flag(env, "fm-username"),
    fmToken: flag(env, "fm-token"),
    timeoutMs: timeoutMs(flag(env, "timeout") || "1m"),
    verbose: boolean(env, "verbose"),
    dryRun: boolean(env, "dry-run"),
    maxWarnings,
    sarifFile: flag(env, "sarif-file") || "fleetlint.sarif",
    logFormat: flag(env, "format") || "github",
    reports: reports(flag(env, "reports")),
  };
}
