/**
 * Test helpers for the fleet stage: a server-side checker that needs no
 * grammar (client and store tests are about the protocol, not the languages),
 * and a fetch wrapper that records what the client sent.
 */
import type { PipelineChecker } from "../../src/fleet/emulator/store.js";

/** Rejects contents containing `INVALID` and matchers without an operator. */
export const simpleChecker: PipelineChecker = {
  problem(pipeline) {
    if (pipeline.contents.includes("INVALID")) return "invalid Alloy configuration: 1:1: unexpected INVALID";
    const bad = pipeline.matchers.find((m) => !/^[^=!~]+(=|!=|=~|!~)[^=!~]*$/.test(m));
    return bad === undefined ? undefined : `invalid matcher "${bad}"`;
  },
  matcherProblem(matcher) {
    return /^[^=!~]+(=|!=|=~|!~)[^=!~]*$/.test(matcher) ? undefined : `invalid matcher "${matcher}"`;
  },
  selects(matchers, attributes) {
    return matchers.every((m) => {
      const [, name, op, value] = /^([^=!~]+)(=|!=)(.*)$/.exec(m) ?? [];
      return op === "=" ? attributes[name] === value : attributes[name] !== value;
    });
  },
};

export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export function recordingFetch(log: RecordedRequest[]): typeof fetch {
  return async (input, init) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    log.push({ url: String(input), headers, body: JSON.parse(String(init?.body ?? "{}")) });
    return fetch(input, init);
  };
}
