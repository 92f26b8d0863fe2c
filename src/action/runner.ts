/**
 * What the action needs from the GitHub runner: step outputs and the job
 * summary (files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY), workflow
 * commands, and the event that started the run.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";

export interface Runner {
  setOutput(name: string, value: string | number): void;
  summary(markdown: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  mask(secret: string): void;
  log(line: string): void;
}

/** `%`, CR and LF are the characters a workflow command's message must escape. */
function escape(message: string): string {
  return message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function githubRunner(env: NodeJS.ProcessEnv, write: (text: string) => void = (t) => process.stdout.write(t)): Runner {
  return {
    setOutput(name, value) {
      if (!env.GITHUB_OUTPUT) return;
      // The multi-line form, with a delimiter no value can contain.
      const delimiter = `fleetlint_${randomUUID()}`;
      appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`);
    },
    summary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown.replace(/\n*$/, "")}\n\n`);
    },
    notice: (message) => write(`::notice title=fleetlint::${escape(message)}\n`),
    warning: (message) => write(`::warning title=fleetlint::${escape(message)}\n`),
    error: (message) => write(`::error title=fleetlint::${escape(message)}\n`),
    mask: (secret) => {
      for (const line of secret.split(/\r?\n/)) if (line.trim()) write(`::add-mask::${line}\n`);
    },
    log: (line) => write(`${line}\n`),
  };
}

interface PullRequestEvent {
  pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } };
}

/** True on a pull request whose head lives in another repository (a fork): its runs get no secrets. */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!/^pull_request/.test(env.GITHUB_EVENT_NAME ?? "") || !env.GITHUB_EVENT_PATH) return false;
  let event: PullRequestEvent;
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as PullRequestEvent;
  } catch {
    return false;
  }
  const head = event.pull_request?.head?.repo?.full_name;
  const base = event.pull_request?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  return head === undefined || head !== base; // a deleted fork has no head repository
}

export function isPullRequest(env: NodeJS.ProcessEnv): boolean {
  return /^pull_request/.test(env.GITHUB_EVENT_NAME ?? "");
}
