// Language server latency over stdio, against dist/ (run by bench/run.mjs):
// a 2,000-line Alloy pipeline is opened, then hover (component name,
// attribute, reference) and completion (component body, exports after
// `<component>.<label>.`) are timed as a client sees them, round trip
// included: on the open document, and right after an edit (the model of the
// new version is built inside the request). Diagnostics: from a save to the
// published diagnostics (no debounce on save). Last, the same pipeline
// inline in a definition's `contents: |`: hover on a reference there, where
// every request also maps positions between the YAML and the Alloy. Goal
// (issue 18): hover and completion under 50 ms; diagnostics as fast as before
// the editor features.
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
  const index = waiting.findIndex((w) => w.uri === params.uri && w.version === params.version);
  if (index >= 0) waiting.splice(index, 1)[0].resolve(params);
});
const diagnosticsOf = (version, of = uri) => new Promise((resolve) => waiting.push({ uri: of, version, resolve }));
connection.listen();

/** Position of the first line from the `n`-th containing `needle`, `delta` characters into the match. */
function at(needle, delta = 0, n = Math.floor(lines.length / 2), within = lines) {
  for (let line = n; line < within.length; line++) {
    const character = within[line].indexOf(needle);
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

  // The same pipeline inline in a definition (written now, so the measurements above read the same repository as before).
  const inlineText = `name: inline\nenabled: true\nmatchers:\n  - team=bench\ncontents: |\n${lines.map((l) => (l === "" ? "" : `  ${l}`)).join("\n")}`;
  const inlineLines = inlineText.split("\n");
  const inlinePath = join(workspace, "pipelines", "inline.yaml");
  writeFileSync(inlinePath, inlineText);
  const inlineUri = pathToFileURL(inlinePath).href;
  const inlineOpened = diagnosticsOf(1, inlineUri);
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri: inlineUri, languageId: "yaml", version: 1, text: inlineText } });
  await inlineOpened;
  const inlineHover = ["textDocument/hover", { textDocument: { uri: inlineUri }, position: at(".receiver]", 3, Math.floor(inlineLines.length / 2), inlineLines) }];
  report("hover: reference, inline contents", await time(() => connection.sendRequest(...inlineHover)));
  let inlineVersion = 1;
  report("hover: reference, inline contents, after an edit", await time(async () => {
    inlineVersion++;
    const end = { line: inlineLines.length - 1, character: 0 };
    await connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: inlineUri, version: inlineVersion },
      contentChanges: [{ range: { start: end, end }, text: inlineVersion % 2 ? "  // x" : "" }],
    });
    return connection.sendRequest(...inlineHover);
  }));

  await connection.sendRequest("shutdown");
  await connection.sendNotification("exit");
} finally {
  connection.dispose();
  child.kill();
  rmSync(workspace, { recursive: true, force: true });
}
