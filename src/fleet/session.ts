/**
 * One run's connection to Fleet Management: a client per set of credentials
 * (each target may have its own, see stack-credentials.ts), one rate limiter
 * per stack (Fleet Management counts requests per stack), and the server's
 * pipelines cached per stack, so plan, the network rules and the post-sync
 * check list each stack once.
 */
import type { Target } from "../repo/types.js";
import type { CollectorMessage } from "./collector-messages.js";
import { FleetClient, type FleetClientOptions } from "./client.js";
import { RateLimiter } from "./rate-limiter.js";
import { blameTarget, resolveTargetCredentials, type CredentialOrigin, type CredentialTarget, type TargetCredentials } from "./stack-credentials.js";
import { FleetSetupError } from "./errors.js";
import type { LimitsMessage, PipelineMessage } from "./messages.js";

export interface SessionOptions {
  env: Readonly<Record<string, string | undefined>>;
  tokenFile?: string;
  /** Told about credentials that work but are unsafe (a token file others can read). */
  onWarning?: (message: string) => void;
  /** Passed to every client (limiter, retry policy, timeout, verbose events, fetch). */
  client?: Omit<FleetClientOptions, "credentials">;
}

/** Where a target's pipelines live and whose credentials reach them. */
export type TargetLike = CredentialTarget;

/** One limiter per stack for the whole process: two sessions on one stack still share its 3 requests per second. */
const stackLimiters = new Map<string, RateLimiter>();

function limiterFor(stackId: string): RateLimiter {
  let limiter = stackLimiters.get(stackId);
  if (!limiter) {
    limiter = new RateLimiter();
    stackLimiters.set(stackId, limiter);
  }
  return limiter;
}

export class FleetSession {
  private readonly clients = new Map<string, FleetClient>();
  private readonly resolved = new Map<string, TargetCredentials>();
  private readonly remote = new Map<string, Promise<PipelineMessage[]>>();
  private readonly limits = new Map<string, Promise<LimitsMessage>>();
  private readonly collectorLists = new Map<string, Promise<CollectorMessage[]>>();
  private readonly clientOptions: Omit<FleetClientOptions, "credentials">;

  constructor(private readonly options: SessionOptions) {
    this.clientOptions = { ...options.client };
  }

  private credentialsFor(target: TargetLike): TargetCredentials {
    const key = JSON.stringify([target.stack, target.url ?? null, target.credentials ?? null]);
    let found = this.resolved.get(key);
    if (!found) {
      found = resolveTargetCredentials(target, { env: this.options.env, tokenFile: this.options.tokenFile, onWarning: this.options.onWarning });
      this.resolved.set(key, found);
    }
    return found;
  }

  /** The client for a target's stack, made once per stack (URL and instance ID). */
  clientFor(target: TargetLike): FleetClient {
    const { credentials, stackId } = this.credentialsFor(target);
    let client = this.clients.get(stackId);
    if (!client) {
      // A limiter given by the caller (tests, one shared budget) wins over the per-stack ones.
      client = new FleetClient({ limiter: limiterFor(stackId), ...this.clientOptions, credentials });
      this.clients.set(stackId, client);
    }
    return client;
  }

  /** The environment variables a target's username and token came from (for messages). */
  credentialOrigin(target: TargetLike): CredentialOrigin {
    return this.credentialsFor(target).origin;
  }

  /** Removes every client's secrets from a text. */
  scrub(text: string): string {
    let out = text;
    for (const client of this.clients.values()) out = client.scrub(out);
    return out;
  }

  /** A stack is the server's: the same name with other credentials is another stack. */
  stackKey(target: TargetLike): string {
    return this.credentialsFor(target).stackId;
  }

  /** Every pipeline in the target's stack (ListPipelines, once per stack unless refreshed). */
  remotePipelines(target: TargetLike, refresh = false): Promise<PipelineMessage[]> {
    const key = this.stackKey(target);
    let pending = refresh ? undefined : this.remote.get(key);
    if (!pending) {
      pending = blameTarget(this.clientFor(target).listPipelines(), target, this.credentialOrigin(target));
      this.remote.set(key, pending);
      // A failed listing is not cached: the next caller tries again.
      pending.catch(() => this.remote.delete(key));
    }
    return pending;
  }

  /** Every collector of the target's stack (ListCollectors, once per stack per run). */
  collectors(target: TargetLike): Promise<CollectorMessage[]> {
    return this.oncePerStack(this.collectorLists, target, () => this.clientFor(target).listCollectors());
  }

  /** The stack's limits from the Tenant API (once per stack). */
  stackLimits(target: TargetLike): Promise<LimitsMessage> {
    return this.oncePerStack(this.limits, target, () => this.clientFor(target).getLimits());
  }

  /** One answer per stack, shared by every caller; a failure is not cached, so the next caller tries again. */
  private oncePerStack<T>(cache: Map<string, Promise<T>>, target: TargetLike, load: () => Promise<T>): Promise<T> {
    const key = this.stackKey(target);
    let pending = cache.get(key);
    if (!pending) {
      pending = blameTarget(load(), target, this.credentialOrigin(target));
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  }
}

/** plan and sync work per namespace; a target without one cannot be planned. */
export function requireNamespace(target: Target): string {
  if (!target.namespace) {
    throw new FleetSetupError(`Missing namespace for target '${target.root}': plan, sync and import need \`namespace\` in the config`);
  }
  return target.namespace;
}
