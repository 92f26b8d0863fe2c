// Drives `fleetlint lsp --stdio` (the built CLI in dist/) with a real LSP
// client over the child's stdio: initialize, open a broken file, receive our
// diagnostics, fix it through a change, format, shut down and exit.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ShutdownRequest,
  type Diagnostic,
} from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initRepository } from "../../src/init/index.js";
import { startClient, uriOf, type LspClient } from "./client.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");

// Line 3 has a `}` with no block to close.
const BROKEN = `prometheus.exporter.self "default" { }

}
`;
const UNFORMATTED = `prometheus.exporter.self "default" {}

prometheus.scrape "self" {
targets = prometheus.exporter.self.default.targets
    forward_to = []
}
`;
const FORMATTED = `prometheus.exporter.self "default" { }

prometheus.scrape "self" {
\ttargets    = prometheus.exporter.self.default.targets
\tforward_to = []
}
`;

let workspace: string;
let client: LspClient;
let child: LspClient["child"];
let connection: LspClient["connection"];
let registrations: string[];
const nextDiagnostics = (uri: string, version?: number) => client.diagnostics(uri, version);

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (npm test does it in pretest)`);
  workspace = mkdtempSync(join(tmpdir(), "fleetlint-lsp-"));
  initRepository({ dir: workspace, namespace: "lsp-test" });
  writeFileSync(join(workspace, "pipelines", "broken.yaml"), "enabled: true\nmatchers:\n  - team=a\n");
  writeFileSync(join(workspace, "pipelines", "broken.alloy"), BROKEN);
  writeFileSync(join(workspace, "pipelines", "ugly.yaml"), "enabled: true\nmatchers:\n  - team=b\n");
  writeFileSync(join(workspace, "pipelines", "ugly.alloy"), UNFORMATTED);

  client = await startClient(process.execPath, [cli, "lsp", "--stdio"], workspace, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  ({ child, connection, registrations } = client);
  expect(client.initialize.capabilities.documentFormattingProvider).toBe(true);
  expect(client.initialize.serverInfo?.name).toBe("fleetlint");
});

afterAll(() => {
  connection?.dispose();
  if (child && child.exitCode === null) child.kill();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe("fleetlint lsp", () => {
  const brokenPath = () => join(workspace, "pipelines", "broken.alloy");

  it("publishes alloy-syntax diagnostics for a broken file on open, with 0-based ranges and a docs link", async () => {
    const uri = uriOf(brokenPath());
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "alloy", version: 1, text: BROKEN },
    });
    const { diagnostics, version } = await nextDiagnostics(uri, 1);
    expect(version).toBe(1);
    const syntax = diagnostics.filter((d) => d.code === "alloy-syntax");
    expect(syntax.length).toBeGreaterThan(0);
    const first = syntax[0];
    expect(first.source).toBe("fleetlint");
    expect(first.severity).toBe(1);
    expect(first.codeDescription?.href).toMatch(/docs\/rules\/alloy-syntax\.md$/);
    // The stray `}` is on line 3 (0-based 2), first column.
    expect(first.range.start).toEqual({ line: 2, character: 0 });

    // The same problem through the editor's other path, `check --stdin`, at the
    // same place (1-based there).
    const json = spawnSync(process.execPath, [cli, "check", "--stdin", "--stdin-filename", brokenPath(), "--format", "json"], {
      cwd: workspace,
      input: BROKEN,
      encoding: "utf8",
    });
    expect(json.status, json.stderr).toBe(1);
    const results = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    const fromCli = results.find((r) => r.filePath === brokenPath())!.messages.filter((m) => m.ruleId === "alloy-syntax");
    expect(syntax.map((d: Diagnostic) => [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      fromCli.map((m) => [m.line, m.column, m.endLine, m.endColumn]),
    );
  });

  it("re-lints after a change, debounced, using the unsaved buffer", async () => {
    const uri = uriOf(brokenPath());
    const fixed = 'prometheus.exporter.self "default" { }\n';
    // Two quick edits: only the last one is linted.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: "}}}\n" }],
    });
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: fixed }],
    });
    const { diagnostics } = await nextDiagnostics(uri, 3);
    expect(diagnostics.filter((d) => d.code === "alloy-syntax")).toEqual([]);
    expect(client.published.some((p) => p.uri === uri && p.version === 2)).toBe(false);
    // The file on disk was never touched.
    expect(readFileSync(brokenPath(), "utf8")).toBe(BROKEN);
  });

  it("lints again on save", async () => {
    const uri = uriOf(brokenPath());
    await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const { diagnostics } = await nextDiagnostics(uri, 3);
    expect(diagnostics.filter((d) => d.code === "alloy-syntax")).toEqual([]);
  });

  it("keeps cross-file diagnostics current in every open file", async () => {
    // Two definitions claim one name; the second exists only as an unsaved buffer.
    writeFileSync(join(workspace, "pipelines", "first.yaml"), "name: shared\nenabled: true\nmatchers:\n  - team=first\n");
    writeFileSync(join(workspace, "pipelines", "first.alloy"), 'prometheus.exporter.self "first" { }\n');
    writeFileSync(join(workspace, "pipelines", "second.alloy"), 'prometheus.exporter.self "second" { }\n');
    const first = uriOf(join(workspace, "pipelines", "first.yaml"));
    const second = uriOf(join(workspace, "pipelines", "second.yaml"));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: first, languageId: "yaml", version: 1, text: readFileSync(join(workspace, "pipelines", "first.yaml"), "utf8") },
    });
    expect((await nextDiagnostics(first, 1)).diagnostics.filter((d) => d.code === "pipeline-unique-name")).toEqual([]);

    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: second, languageId: "yaml", version: 1, text: "name: shared\nenabled: true\nmatchers:\n  - team=second\n" },
    });
    const onSecond = (await nextDiagnostics(second, 1)).diagnostics.filter((d) => d.code === "pipeline-unique-name");
    expect(onSecond).toHaveLength(1);
    expect(onSecond[0].range).toEqual({ start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    expect(onSecond[0].relatedInformation?.[0].location.uri).toBe(first);

    // Renaming the other definition, unsaved, clears the diagnostic on this one.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: first, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } }, text: "renamed" }],
    });
    await nextDiagnostics(first, 2);
    expect((await nextDiagnostics(second, 1)).diagnostics.filter((d) => d.code === "pipeline-unique-name")).toEqual([]);
  });

  it("lints the open files again when files change on disk", async () => {
    expect(registrations).toContain("workspace/didChangeWatchedFiles");
    const second = uriOf(join(workspace, "pipelines", "second.yaml"));
    // A definition that only exists on disk takes the name the open buffer uses.
    writeFileSync(join(workspace, "pipelines", "third.yaml"), "name: shared\nenabled: true\nmatchers:\n  - team=third\n");
    writeFileSync(join(workspace, "pipelines", "third.alloy"), 'prometheus.exporter.self "third" { }\n');
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(join(workspace, "pipelines", "third.yaml")), type: FileChangeType.Created }],
    });
    const duplicate = (await nextDiagnostics(second, 1)).diagnostics.filter((d) => d.code === "pipeline-unique-name");
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0].relatedInformation?.[0].location.uri).toBe(uriOf(join(workspace, "pipelines", "third.yaml")));
  });

  it("offers a rule's suggestion as a quick fix", async () => {
    writeFileSync(join(workspace, "pipelines", "implicit.alloy"), 'prometheus.exporter.self "implicit" { }\n');
    const uri = uriOf(join(workspace, "pipelines", "implicit.yaml"));
    const text = "matchers:\n  - team=implicit\n";
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version: 1, text } });
    const implicit = (await nextDiagnostics(uri, 1)).diagnostics.filter((d) => d.code === "explicit-enabled");
    expect(implicit).toHaveLength(1);
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: implicit[0].range,
      context: { diagnostics: implicit, only: ["quickfix"] },
    });
    // The rule's suggestion, then "disable for this line" (tested in features.test.ts).
    expect(actions!.map((a) => a.title)).toEqual(["Add `enabled: true`", "Disable explicit-enabled for this line"]);
    const action = actions![0] as { title: string; kind: string; edit: { changes: Record<string, { range: never; newText: string }[]> } };
    expect(action).toMatchObject({ title: "Add `enabled: true`", kind: "quickfix" });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, "yaml", 1, text), action.edit.changes[uri]);
    expect(fixed).toContain("enabled: true");
    expect(fixed).toContain("  - team=implicit");
  });

  it("formats an Alloy document with one full-document edit", async () => {
    const uri = uriOf(join(workspace, "pipelines", "ugly.alloy"));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "alloy", version: 1, text: UNFORMATTED },
    });
    const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    });
    expect(edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } }, newText: FORMATTED }]);
  });

  it("does not format a document with syntax errors", async () => {
    const uri = uriOf(join(workspace, "pipelines", "other.alloy"));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "alloy", version: 1, text: BROKEN },
    });
    const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    expect(edits).toEqual([]);
  });

  it("shuts down and exits with code 0", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
  });
});
