/**
 * The 3 requests per second of Fleet Management are per credentials, not per
 * process: two fleetlint runs on one machine (a pre-commit hook and a plan,
 * two CI jobs on one runner) must share them (issue #11). Each set of
 * credentials gets a small budget file under the OS temp dir holding the
 * times of its most recent requests; a process takes a slot under an
 * exclusive lock file, and records when its answer came back, as the
 * in-process limiter does. The file name is a hash: the token is never
 * written anywhere.
 *
 * The folder is private to the user (0700, owned by us, not a symlink); when
 * it is not, sharing is skipped rather than trusting a folder someone else
 * controls, and the in-process limiter still applies.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock, Release } from "./rate-limiter.js";

export interface SharedBudgetOptions {
  /** Identifies the budget: URL, username and token (hashed). */
  key: string;
  limit?: number;
  windowMs?: number;
  /** Default: `<os tmpdir>/fleetlint-<uid>`. */
  dir?: string;
  clock?: Clock;
}

/** A lock older than this is from a process that died holding it. */
const STALE_LOCK_MS = 5_000;

interface Entry {
  id: string;
  /** Wall-clock ms: when the slot was taken, then when the answer arrived. */
  at: number;
  done: boolean;
}

export class SharedBudget {
  private readonly path: string;
  private readonly lockPath: string;
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;

  private constructor(dir: string, options: SharedBudgetOptions) {
    const name = createHash("sha256").update(options.key).digest("hex").slice(0, 32);
    this.path = join(dir, `budget-${name}.json`);
    this.lockPath = `${this.path}.lock`;
    this.limit = options.limit ?? 3;
    this.windowMs = options.windowMs ?? 1_100;
    this.clock = options.clock ?? { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
  }

  /** The budget for these credentials, or undefined when no private folder can be had. */
  static open(options: SharedBudgetOptions): SharedBudget | undefined {
    const dir = options.dir ?? join(tmpdir(), `fleetlint-${typeof process.getuid === "function" ? process.getuid() : "user"}`);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const info = lstatSync(dir);
      const ours = typeof process.getuid !== "function" || info.uid === process.getuid();
      if (!info.isDirectory() || !ours || (process.platform !== "win32" && (info.mode & 0o077) !== 0)) return undefined;
    } catch {
      return undefined;
    }
    return new SharedBudget(dir, options);
  }

  /** Waits for a slot shared with every process using the same credentials. */
  async acquire(): Promise<Release> {
    const id = randomBytes(8).toString("hex");
    for (;;) {
      const wait = await this.withLock((entries) => {
        const now = Date.now();
        const live = entries.filter((e) => !e.done || now - e.at < this.windowMs);
        // An unfinished slot older than a minute belongs to a process that died mid-request.
        const current = live.filter((e) => e.done || now - e.at < 60_000);
        if (current.length < this.limit) {
          current.push({ id, at: now, done: false });
          return { entries: current, wait: 0 };
        }
        const finished = current.filter((e) => e.done).map((e) => e.at);
        const wait = finished.length > 0 ? Math.max(10, Math.min(...finished) + this.windowMs - now) : 50;
        return { entries: current, wait };
      });
      if (wait === 0) break;
      await this.clock.sleep(wait);
    }
    return () => {
      void this.withLock((entries) => {
        const entry = entries.find((e) => e.id === id);
        if (entry) {
          entry.at = Date.now();
          entry.done = true;
        }
        return { entries, wait: 0 };
      }).catch(() => undefined);
    };
  }

  private async withLock(update: (entries: Entry[]) => { entries: Entry[]; wait: number }): Promise<number> {
    const fd = await this.lock();
    try {
      const { entries, wait } = update(this.read());
      this.write(entries);
      return wait;
    } finally {
      closeSync(fd);
      try {
        unlinkSync(this.lockPath);
      } catch {
        // Already removed as stale by another process: nothing to do.
      }
    }
  }

  private async lock(): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        // wx: created exclusively, and never through a planted symlink.
        return openSync(this.lockPath, "wx", 0o600);
      } catch (error) {
        if ((error as { code?: unknown }).code !== "EEXIST") throw error;
      }
      try {
        if (Date.now() - statSync(this.lockPath).mtimeMs > STALE_LOCK_MS) unlinkSync(this.lockPath);
      } catch {
        // Gone in the meantime: try again.
      }
      await this.clock.sleep(5 + Math.min(attempt, 10) * 2);
    }
  }

  private read(): Entry[] {
    try {
      const data = JSON.parse(readFileSync(this.path, "utf8")) as unknown;
      return Array.isArray(data) ? data.filter((e): e is Entry => typeof e?.id === "string" && typeof e?.at === "number" && typeof e?.done === "boolean") : [];
    } catch {
      return [];
    }
  }

  private write(entries: Entry[]): void {
    const temp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    const fd = openSync(temp, "wx", 0o600);
    try {
      writeSync(fd, JSON.stringify(entries));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
  }
}
