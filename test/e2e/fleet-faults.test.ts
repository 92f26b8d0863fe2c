/**
 * Sync safety under a hostile server (issue #11): every fault mode of the
 * emulator driven through the real client and CLI. The invariant behind
 * every case: sync never exits 0 having deleted or changed a pipeline its
 * printed plan did not show, and no output carries the token in any
 * encoding or a line a terminal or a CI runner would act on.
 */
import { describe, expect, it } from "vitest";
import type { RunningEmulator, StartOptions } from "../../src/fleet/emulator/index.js";
import type { FaultName } from "../../src/fleet/emulator/faults.js";
import type { JsonObject } from "../../src/fleet/messages.js";
import { emulatorSessions, methods } from "./fleet-helpers.js";

const session = emulatorSessions("fleet-basic");

const owned = (namespace: string, names: string[], extra: Partial<JsonObject> = {}): JsonObject[] =>
  names.map((name) => ({ name, contents: `// ${name}\n`, matchers: ["env=prod"], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace }, ...extra }));

/** The namespace of the fixture already holds its two pipelines and six more: a sync that trusts a bad listing deletes them. */
const EIGHT = owned("payments-repo", ["app-logs", "node-metrics", "old-1", "old-2", "old-3", "old-4", "old-5", "old-6"]);

function setup(options: StartOptions = {}, env: Record<string, string> = {}) {
  return session({ pipelines: EIGHT, ...options }, env);
}

const names = (em: RunningEmulator): string[] => em.store.all().map((p) => p.name).sort();
const ORIGINAL = EIGHT.map((p) => p.name as string).sort();

/** No ANSI escape, no raw control character, no line a GitHub runner would execute. */
function expectInert(text: string): void {
  // eslint-disable-next-line no-control-regex -- finding raw control characters is the point
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(text).not.toMatch(/^[ \t]*::/m);
}

describe("malformed listings are protocol errors: exit 2, nothing sent", () => {
  const cases: [FaultName, RegExp][] = [
    ["list-empty-body", /empty body with HTTP 200/],
    ["list-null", /pipelines is null/],
    ["list-cased-key", /field spelled 'Pipelines' where the API sends 'pipelines'/],
    ["list-connect-error-200", /a Connect error \(unavailable: upstream connect error\) with HTTP 200/],
    ["list-not-object", /body is a list, not an object/],
    ["list-paged-stuck", /paged but the pages do not end/],
    ["list-duplicate", /pipeline 'app-logs' is listed twice/],
    ["list-empty-object", /the listing says stack 'prod' is empty, but GetPipelineID finds 'app-logs'/],
  ];
  for (const [fault, message] of cases) {
    it(fault, async () => {
      const { cli, emulator } = await setup({ faults: [fault] });
      const result = await cli("sync", "--allow-empty", "--max-deletes", "100");
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain("internal error");
      expect(result.code).toBe(2);
      expect(methods(emulator.requests)).not.toContain("SyncPipelines");
      expect(names(emulator)).toEqual(ORIGINAL);
    });
  }
});

describe("listings that are valid but unusual", () => {
  it("follows pages, so the guards see every deletion", async () => {
    const { cli, emulator } = await setup({ faults: ["list-paged"] });
    const plan = await cli("plan", "--format", "json");
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { targets: { delete: string[] }[] }).targets[0].delete).toEqual(["old-1", "old-2", "old-3", "old-4", "old-5", "old-6"]);
    const sync = await cli("sync");
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain("Too many deletions");
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
  });

  it("reads enum values and fields from a newer API; an unknown source is never ours", async () => {
    const { cli, emulator } = await setup({
      faults: ["list-future"],
      pipelines: [...owned("payments-repo", ["node-metrics"]), ...owned("x", ["app-logs"], { source: { type: "SOURCE_TYPE_TERRAFORM" } })],
    });
    const plan = await cli("plan");
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("! takeover app-logs (owned by SOURCE_TYPE_UNSPECIFIED");
    const sync = await cli("sync");
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain("Refusing to take over 'app-logs'");
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
  });
});

describe("the server moves between plan and send", () => {
  it("a pipeline added to the namespace after the plan aborts the send", async () => {
    let lists = 0;
    const { cli, emulator } = await setup({
      pipelines: owned("payments-repo", ["app-logs", "node-metrics", "old-1"]),
      beforeAnswer(method, store) {
        // A colleague's sync lands between our plan and our send.
        if (method === "ListPipelines" && ++lists === 2) store.sync({ source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" }, pipelines: [...store.all().filter((p) => p.source?.namespace === "payments-repo"), { name: "colleague", contents: "// c\n", matchers: [], enabled: true, configType: "CONFIG_TYPE_ALLOY" }] });
      },
    });
    const result = await cli("sync");
    expect(result.stderr).toContain("The server changed since the plan of namespace 'payments-repo' (stack 'prod') was made:");
    expect(result.stderr).toContain("'colleague' appeared (SOURCE_TYPE_GIT:payments-repo)");
    expect(result.stderr).toContain("not sent: 'payments-repo'");
    expect(result.code).toBe(1);
    expect(methods(emulator.requests)).not.toContain("SyncPipelines");
    expect(names(emulator)).toContain("colleague");
  });

  it("an unplanned deletion seen in the read-back is a failure naming the pipeline", async () => {
    const { cli } = await setup({
      faults: ["sync-deletes-extra"],
      pipelines: [...owned("payments-repo", ["app-logs", "node-metrics", "old-1"]), ...owned("other-repo", ["bystander"])],
    });
    const result = await cli("sync");
    expect(result.stderr).toContain("'bystander' was deleted but the plan did not delete it");
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain("server confirmed");
  });
});

describe("honest outcomes", () => {
  it("a failed read-back is an unknown outcome with the next step, never 'applied: none'", async () => {
    const { cli, emulator } = await setup({ faults: ["readback-unavailable"] }, { FLEETLINT_MAX_RETRY_WAIT_MS: "500" });
    const result = await cli("sync", "--max-deletes", "6");
    expect(result.stderr).toContain("sent, outcome unknown: 'payments-repo'");
    expect(result.stderr).toContain("run `fleetlint plan` to see what the server holds");
    expect(result.stderr).not.toContain("server confirmed");
    expect(result.code).toBe(2);
    expect(methods(emulator.requests).filter((m) => m === "SyncPipelines")).toHaveLength(1);
  });

  it("no answer to SyncPipelines: unknown outcome, and the request is not sent twice", async () => {
    const { cli, emulator } = await setup({ faults: ["sync-no-answer"] }, { FLEETLINT_TIMEOUT_MS: "1500" });
    const result = await cli("sync", "--max-deletes", "6");
    expect(result.stderr).toContain("sent, outcome unknown: 'payments-repo'");
    expect(result.stderr).toMatch(/timed out/);
    expect(result.code).toBe(2);
    expect(methods(emulator.requests).filter((m) => m === "SyncPipelines")).toHaveLength(1);
  });
});

describe("transport", () => {
  it("never follows a redirect, and shows its location without credentials or query", async () => {
    const { cli, emulator } = await setup({ faults: ["redirect"] });
    const result = await cli("sync");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("redirected (HTTP 307) to https://elsewhere.invalid/steal");
    expect(result.stderr).not.toMatch(/hunter2|token=abc|admin/);
    expect(emulator.requests).toHaveLength(1);
  });

  for (const fault of ["huge-body", "gzip-bomb"] as const) {
    it(`caps the response body (${fault})`, async () => {
      const { cli } = await setup({ faults: [fault] }, { FLEETLINT_MAX_RESPONSE_BYTES: String(1024 * 1024) });
      const result = await cli("plan");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("response body larger than 1048576 bytes");
    });
  }

  it("honours Retry-After on 429", async () => {
    const { cli, emulator } = await setup({ faults: ["retry-after"] });
    const started = Date.now();
    // One request at a time (no inventory listing alongside), so the two waits add up.
    const result = await cli("plan", "--no-collectors");
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(emulator.requests.filter((r) => r.code === "resource_exhausted")).toHaveLength(2);
  });

  it("gives up when Retry-After is past the bounded wait, saying so", async () => {
    const { cli, emulator } = await setup({ faults: ["retry-after-long"] });
    // Without the inventory: plan otherwise lists collectors alongside, a second request.
    const result = await cli("plan", "--no-collectors");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the server asked to retry after 3600 s, past the 60 s fleetlint waits");
    expect(emulator.requests).toHaveLength(1);
  });
});

describe("secrets and injected text", () => {
  it("never prints the token in any encoding the server echoes", async () => {
    const token = "s3cr/et+tok=en:@ x?";
    const { cli, emulator } = await setup({ faults: ["echo-token"], token });
    const result = await cli("sync", "--verbose");
    expect(result.code).toBe(2);
    const output = result.stdout + result.stderr;
    for (const form of [
      token,
      encodeURIComponent(token),
      Buffer.from(token).toString("base64"),
      Buffer.from(`${emulator.username}:${token}`).toString("base64"),
    ]) {
      expect(output).not.toContain(form);
    }
    expect(output).toContain("[redacted]");
  });

  it("never prints the token when the server holds it in a pipeline's contents", async () => {
    const token = "tok-in-contents-51f2";
    const { cli } = await setup({ token, pipelines: [{ name: "app-logs", contents: `// leaked ${token} ${Buffer.from(token).toString("base64")}\n`, matchers: ["env=prod"], enabled: true, source: { type: "SOURCE_TYPE_GIT", namespace: "payments-repo" } }] });
    for (const format of ["text", "markdown", "json"]) {
      const result = await cli("plan", "--format", format);
      expect(result.code).toBe(0);
      if (format !== "json") expect(result.stdout).toContain("[redacted]"); // JSON carries no diff
      expect(result.stdout + result.stderr).not.toContain(token);
      expect(result.stdout + result.stderr).not.toContain(Buffer.from(token).toString("base64"));
    }
  });

  it("refuses a --token flag without echoing its value", async () => {
    const { cli } = await setup();
    for (const args of [["sync", "--token=hunter2-secret"], ["plan", "--token", "hunter2-secret"]]) {
      const result = await cli(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("--token is not accepted");
      expect(result.stdout + result.stderr).not.toContain("hunter2");
    }
  });

  it("neutralises hostile server messages", async () => {
    const { cli } = await setup({ faults: ["hostile-message"] });
    const result = await cli("plan");
    expect(result.code).toBe(2);
    expectInert(result.stdout + result.stderr);
    expect(result.stderr).toContain("\\x1b[31m");
  });

  it("neutralises hostile pipeline names in text, markdown and errors", async () => {
    const hostile = ["evil\u001b[2J\u001b[31m", "line\n::error::pwned", "::warning::x", "tick`code`<img src=x>@octocat"];
    const { cli } = await setup({ pipelines: owned("payments-repo", ["app-logs", "node-metrics", ...hostile]) });
    for (const format of ["text", "markdown"]) {
      const result = await cli("sync", "--dry-run", "--format", format);
      // The plan ran to its end (exit 1: sync refuses it) and names every hostile pipeline, shown, not obeyed.
      expect(result.code).toBe(1);
      expectInert(result.stdout + result.stderr);
      if (format === "text") {
        expect(result.stdout).toContain("evil\\x1b[2J\\x1b[31m");
        expect(result.stdout).toContain("line\\n::error::pwned");
      }
      if (format === "markdown") {
        expect(result.stdout).toContain("| **delete** | <code>evil&#92;x1b&#91;2J&#92;x1b&#91;31m</code> | |");
        expect(result.stdout).toContain("| **delete** | <code>line&#92;n::error::pwned</code> | |");
        expect(result.stdout).toContain("| **delete** | <code>tick&#96;code&#96;&#60;img src=x&#62;&#64;octocat</code> | |");
        expect(result.stdout).not.toContain("@octocat");
        expect(result.stdout).not.toContain("<img");
        expect(result.stdout).not.toContain("`code`");
      }
    }
  });
});
