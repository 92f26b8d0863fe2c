/**
 * One run's connection to Fleet Management: a client per server URL (all
 * sharing one rate limiter) and the server's pipelines cached per stack, so
 * plan, the network rules and the post-sync check list each stack once.
 */
import type { Target } from "../repo/types.js";
import { FleetClient, defaultLimiter, type FleetClientOptions } from "./client.js";
import { resolveCredentials } from "./credentials.js";
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

/** Where a target's pipelines live: targets with one stack name share a server. */
export interface TargetLike {
  stack: string;
  url?: string;
  namespace?: string;
}

export class FleetSession {
  private readonly clients = new Map<string, FleetClient>();
  private readonly remote = new Map<string, Promise<PipelineMessage[]>>();
  private readonly limits = new Map<string, Promise<LimitsMessage>>();
  private readonly clientOptions: Omit<FleetClientOptions, "credentials">;

  constructor(private readonly options: SessionOptions) {
    this.clientOptions = { limiter: defaultLimiter(), ...options.client };
  }

  /** The client for a target's server (its `url`, else the environment's), made once per URL. */
  clientFor(target: TargetLike): FleetClient {
    const key = target.url ?? "";
    let client = this.clients.get(key);
    if (!client) {
      const credentials = resolveCredentials({ env: this.options.env, tokenFile: this.options.tokenFile, targetUrl: target.url, onWarning: this.options.onWarning });
      client = new FleetClient({ ...this.clientOptions, credentials });
      this.clients.set(key, client);
    }
    return client;
  }

  /** Removes every client's secrets from a text. */
  scrub(text: string): string {
    let out = text;
    for (const client of this.clients.values()) out = client.scrub(out);
    return out;
  }

  /** Every pipeline in the target's stack (ListPipelines, once per stack unless refreshed). */
  remotePipelines(target: TargetLike, refresh = false): Promise<PipelineMessage[]> {
    const key = stackKey(target);
    let pending = refresh ? undefined : this.remote.get(key);
    if (!pending) {
      pending = this.clientFor(target).listPipelines();
      this.remote.set(key, pending);
      // A failed listing is not cached: the next caller tries again.
      pending.catch(() => this.remote.delete(key));
    }
    return pending;
  }

  /** The stack's limits from the Tenant API (once per stack). */
  stackLimits(target: TargetLike): Promise<LimitsMessage> {
    const key = stackKey(target);
    let pending = this.limits.get(key);
    if (!pending) {
      pending = this.clientFor(target).getLimits();
      this.limits.set(key, pending);
      pending.catch(() => this.limits.delete(key));
    }
    return pending;
  }
}

/** A stack is a name on a server: the same name behind two URLs is two stacks. */
function stackKey(target: TargetLike): string {
  return `${target.stack}\u0000${target.url ?? ""}`;
}

/** plan and sync work per namespace; a target without one cannot be planned. */
export function requireNamespace(target: Target): string {
  if (!target.namespace) {
    throw new FleetSetupError(`Missing namespace for target '${target.root}': plan, sync and import need \`namespace\` in the config`);
  }
  return target.namespace;
}
