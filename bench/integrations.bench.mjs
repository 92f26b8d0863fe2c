// Editor and CI benchmark (against dist/, npm run build first):
//  - the CI formatters (sarif, github, junit) over 10,000 problems in 1,000 files;
//  - the language server on a repository of 200 pipelines: time from didOpen
//    to publishDiagnostics, and from a change to its diagnostics (the 200 ms
//    debounce included), measured through a real stdio LSP client.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { fileResult } = await import(join(repo, "dist/src/core/diagnostic.js"));
const cli = join(repo, "dist/src/cli/main.js");

// --- formatters
const results = [];
for (let f = 0; f < 1000; f++) {
  const messages = [];
  for (let m = 0; m < 10; m++) {
    messages.push({ ruleId: m % 2 ? "matcher-valid" : "explicit-enabled", severity: m % 2 ? 2 : 1, message: `Problem ${m}: 50% of "x" <y>, a:b`, line: m + 1, column: 3, endLine: m + 1, endColumn: 9 });
  }
  results.push(fileResult(`/repo/pipelines/team-${f}/p.yaml`, messages));
}
const meta = (id) => ({ id, type: "problem", category: "fast", scope: "file", defaultSeverity: "error", docs: { description: id, url: `https://example.test/${id}.md` }, messages: {} });
const context = { cwd: "/repo", rulesMeta: { "matcher-valid": meta("matcher-valid"), "explicit-enabled": meta("explicit-enabled") }, color: false };
delete process.env.GITHUB_STEP_SUMMARY;
for (const name of ["sarif", "github", "junit"]) {
  const { default: format } = await import(join(repo, `dist/src/report/${name}.js`));
  format(results, context); // warm up
  const runs = 5;
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < runs; i++) bytes = format(results, context).length;
  console.log(`${name.padEnd(7)} 10,000 problems: ${((performance.now() - start) / runs).toFixed(1)} ms per report (${(bytes / 1024).toFixed(0)} KiB)`);
}

// --- language server
const workspace = mkdtempSync(join(tmpdir(), "fleetlint-bench-lsp-"));
try {
  writeFileSync(join(workspace, "fleetlint.config.yaml"), "targets:\n  - root: pipelines\n    namespace: bench\n");
  for (let i = 0; i < 200; i++) {
    const dir = join(workspace, "pipelines", `team-${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `p${i}.yaml`), `enabled: true\nmatchers:\n  - team=t${i}\n  - env=~"prod|staging"\n`);
    writeFileSync(
      join(dir, `p${i}.alloy`),
      `prometheus.exporter.self "p${i}" { }\n\nprometheus.scrape "p${i}" {\n\ttargets    = prometheus.exporter.self.p${i}.targets\n\tforward_to = []\n}\n`,
    );
  }
  const child = spawn(process.execPath, [cli, "lsp", "--stdio"], { cwd: workspace, stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    const key = `${params.uri}@${params.version}`;
    waiting.get(key)?.(params);
    waiting.delete(key);
  });
  connection.listen();
  const diagnosticsFor = (uri, version) => new Promise((resolveFn) => waiting.set(`${uri}@${version}`, resolveFn));
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
  await connection.sendNotification("initialized", {});

  const path = join(workspace, "pipelines", "team-0", "p0.alloy");
  const uri = pathToFileURL(path).href;
  const text = `prometheus.exporter.self "p0" { }\n`;
  let start = performance.now();
  let pending = diagnosticsFor(uri, 1);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "alloy", version: 1, text } });
  await pending;
  console.log(`lsp     didOpen -> diagnostics (first lint, 200 pipelines): ${(performance.now() - start).toFixed(0)} ms`);
  const times = [];
  for (let version = 2; version < 12; version++) {
    start = performance.now();
    pending = diagnosticsFor(uri, version);
    await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: `${text}// edit ${version}\n` }] });
    await pending;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`lsp     didChange -> diagnostics (200 ms debounce included): median ${times[5].toFixed(0)} ms, max ${times[9].toFixed(0)} ms`);
  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
  connection.dispose();
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
