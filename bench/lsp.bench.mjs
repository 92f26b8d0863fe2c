// Language server latency over stdio, against dist/ (run by bench/run.mjs):
// a 2,000-line Alloy pipeline is opened, then hover (component name,
// attribute, reference) and completion (component body, exports after
// `<component>.<label>.`) are timed as a client sees them, round trip
// included: on the open document, and right after an edit (the model of the
// new version is built inside the request). Diagnostics: from a save to the
// published diagnostics (no debounce on save). Goal (issue 18): hover and
// completion under 50 ms; diagnostics as fast as before the editor features.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { middle, repoRoot } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_RUNS ?? 31);
const bin = join(repoRoot, "dist", "src", "cli", "main.js");

/** About 2,000 lines: a chain of scrape/relabel/remote_write pipelines with nested blocks. */
function bigPipeline() {
  const parts = [];
  for (let i = 0; parts.join("").split("\n").length < 2000; i++) {
    parts.push(`prometheus.exporter.self "e${i}" { }

prometheus.scrape "s${i}" {
\ttargets         = prometheus.exporter.self.e${i}.targets
\tforward_to      = [prometheus.relabel.r${i}.receiver]
\tscrape_interval = "30s"
\tjob_name        = string.format("job-%d", ${i})
}

prometheus.relabel "r${i}" {
\tforward_to = [prometheus.remote_write.w${i}.receiver]

\trule {
\t\tsource_labels = ["__name__"]
\t\tregex         = "up"
\t\taction        = "keep"
\t}
}

prometheus.remote_write "w${i}" {
\tendpoint {
\t\turl = sys.env("PROM_URL")

\t\tbasic_auth {
\t\t\tusername = "u${i}"
\t\t}
\t}
}

`);
  }
  return parts.join("");
}

const workspace = mkdtempSync(join(tmpdir(), "fleetlint-lsp-bench-"));
mkdirSync(join(workspace, "pipelines"));
writeFileSync(join(workspace, "fleetlint.config.yaml"), 'targets:\n  - root: pipelines\n    namespace: "bench"\n');
const text = bigPipeline();
const path = join(workspace, "pipelines", "big.alloy");
writeFileSync(path, text);
writeFileSync(join(workspace, "pipelines", "big.yaml"), "enabled: true\nmatchers:\n  - team=bench\n");
const uri = pathToFileURL(path).href;
const lines = text.split("\n");

const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: workspace, stdio: "pipe" });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = [];
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  if (params.uri !== uri) return;
  const index = waiting.findIndex((w) => w.version === params.version);
  if (index >= 0) waiting.splice(index, 1)[0].resolve(params);
});
const diagnosticsOf = (version) => new Promise((resolve) => waiting.push({ version, resolve }));
connection.listen();

/** Position of the `n`-th line containing `needle`, `delta` characters into the match. */
function at(needle, delta = 0, n = Math.floor(lines.length / 2)) {
  for (let line = n; line < lines.length; line++) {
    const character = lines[line].indexOf(needle);
    if (character >= 0) return { line, character: character + delta };
  }
  throw new Error(`${needle} not found`);
}

async function time(fn) {
  const times = [];
  await fn(); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const report = (label, times) => console.log(`${label.padEnd(52)} median ${middle(times).toFixed(1).padStart(6)} ms   max ${times.at(-1).toFixed(1).padStart(6)} ms`);

try {
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
  await connection.sendNotification("initialized", {});
  let version = 1;
  const opened = diagnosticsOf(1);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "alloy", version, text } });
  await opened;
  console.log(`file: ${lines.length} lines, ${text.length} characters; ${ROUNDS} rounds after one warm-up`);

  const textDocument = { uri };
  const requests = {
    "hover: component name": ["textDocument/hover", { textDocument, position: at('prometheus.scrape "', 3) }],
    "hover: attribute": ["textDocument/hover", { textDocument, position: at("scrape_interval", 2) }],
    "hover: reference": ["textDocument/hover", { textDocument, position: at(".receiver]", 3) }],
    "completion: component body": ["textDocument/completion", { textDocument, position: at("\tscrape_interval", 0) }],
    "completion: exports after <component>.<label>.": ["textDocument/completion", { textDocument, position: at(".receiver]", 1) }],
  };
  for (const [label, [method, params]] of Object.entries(requests)) {
    report(label, await time(() => connection.sendRequest(method, params)));
  }

  // After an edit: the document changes (a comment is typed on the last line), then the request.
  const edit = () => {
    version++;
    const end = { line: lines.length - 1, character: 0 };
    return connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: end, end }, text: "" + (version % 2 ? "// x" : "") }],
    });
  };
  for (const [label, [method, params]] of Object.entries(requests).filter(([l]) => l.startsWith("hover: attribute") || l.startsWith("completion: component"))) {
    report(`${label}, right after an edit`, await time(async () => {
      await edit();
      return connection.sendRequest(method, params);
    }));
  }

  // Diagnostics: a save lints at once; the time until the client has them.
  report("diagnostics: save to published", await time(async () => {
    const published = diagnosticsOf(version);
    await connection.sendNotification("textDocument/didSave", { textDocument });
    return published;
  }));

  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
} finally {
  connection.dispose();
  child.kill();
  rmSync(workspace, { recursive: true, force: true });
}
