// End-to-end tests of the Alloy editor features inside a definition's inline
// `contents:` (`fleetlint lsp --stdio`, the built CLI, with a real LSP
// client): hover, completion, definition, references, rename and the outline
// answer as in an `.alloy` file, with every position mapped exactly between
// the YAML document and the decoded Alloy, for block scalars (indentation
// indicators, chomping, CRLF), quoted and plain scalars, and non-ASCII text.
// Expected positions are found in the YAML text itself, never computed with
// the server's mapping.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type Range,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, uriOf, type LspClient } from "./client.js";
import { METRICS, SHARED } from "./sample-pipelines.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");

const HEAD = (name: string) => `name: ${name}\nenabled: true\nmatchers:\n  - team=platform\n`;

/** `contents:` as a block scalar: every non-empty line of `alloy` indented by `indent`. */
function block(alloy: string, indent = "  ", header = "|"): string {
  return `contents: ${header}\n${alloy
    .split("\n")
    .map((line) => (line === "" ? "" : `${indent}${line}`))
    .join("\n")}`;
}

const METRICS_YAML = `${HEAD("metrics")}${block(METRICS)}`;
const SHARED_YAML = `${HEAD("shared")}${block(SHARED)}`;

let workspace: string;
let client: LspClient;
const pipelines = () => join(workspace, "pipelines");
const yamlUri = (name: string) => uriOf(join(pipelines(), `${name}.yaml`));

/** The position of the `occurrence`-th `needle` in `text`, moved `delta` UTF-16 units right. */
function at(text: string, needle: string, delta = 0, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in text`);
  return TextDocument.create("x", "x", 0, text).positionAt(index + delta);
}

/** The range of the `occurrence`-th `needle` in `text`, or of `length` units from its `delta`-th. */
function rangeOf(text: string, needle: string, delta = 0, length = needle.length - delta, occurrence = 1): Range {
  return { start: at(text, needle, delta, occurrence), end: at(text, needle, delta + length, occurrence) };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "x", 0, text), edits);
}

/** What the YAML's `contents` decodes to. */
function contentsOf(yaml: string): unknown {
  return parseDocument(yaml).get("contents");
}

async function hover(uri: string, position: Position): Promise<Hover | null> {
  return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
}

function markdown(result: Hover | null): string {
  return (result?.contents as MarkupContent | undefined)?.value ?? "";
}

async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

async function definitionOf(uri: string, position: Position): Promise<Location[]> {
  const result = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
  return (Array.isArray(result) ? result : result ? [result] : []) as Location[];
}

async function referencesOf(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[]> {
  return (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } })) ?? [];
}

async function rename(uri: string, position: Position, newName: string): Promise<TextEdit[]> {
  const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
  return edit?.changes?.[uri] ?? [];
}

async function symbols(uri: string): Promise<DocumentSymbol[]> {
  return (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
}

/** Writes a definition to disk and opens it (the name is the file name). */
async function openYaml(name: string, text: string): Promise<string> {
  writeFileSync(join(pipelines(), `${name}.yaml`), text);
  const uri = yamlUri(name);
  await client.open(uri, "yaml", text);
  return uri;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (npm test does it in pretest)`);
  workspace = mkdtempSync(join(tmpdir(), "fleetlint-lsp-inline-"));
  mkdirSync(join(workspace, "pipelines"));
  writeFileSync(join(workspace, "fleetlint.config.yaml"), 'targets:\n  - root: pipelines\n    namespace: "inline"\n');
  writeFileSync(join(pipelines(), "metrics.yaml"), METRICS_YAML);
  writeFileSync(join(pipelines(), "shared.yaml"), SHARED_YAML);
  client = await startClient(process.execPath, [cli, "lsp", "--stdio"], workspace);
  await client.open(yamlUri("metrics"), "yaml", METRICS_YAML);
  await client.open(yamlUri("shared"), "yaml", SHARED_YAML);
});

afterAll(async () => {
  if (client && client.child.exitCode === null) await client.stop().catch(() => client.child.kill());
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe("hover in a `|` block", () => {
  it("on a component name: the component's text, over the name in the YAML", async () => {
    const result = await hover(yamlUri("metrics"), at(METRICS_YAML, 'prometheus.remote_write "default"', 3));
    expect(markdown(result)).toContain("**prometheus.remote_write**");
    expect(markdown(result)).toContain("referenced once");
    expect(result?.range).toEqual(rangeOf(METRICS_YAML, 'prometheus.remote_write "default"', 0, 23));
  });

  it("on a reference: the line named is the YAML file's line", async () => {
    const result = await hover(yamlUri("metrics"), at(METRICS_YAML, "remote_write.default.receiver", 22));
    // The block is on line 9 of the Alloy, line 14 of the YAML (5 lines above the contents).
    expect(markdown(result)).toContain('`prometheus.remote_write.default.receiver` → `prometheus.remote_write "default"` on line 14');
    expect(result?.range).toEqual(rangeOf(METRICS_YAML, "prometheus.remote_write.default.receiver"));
  });

  it("on an attribute and a nested block", async () => {
    const attribute = await hover(yamlUri("metrics"), at(METRICS_YAML, "job_name", 2));
    expect(markdown(attribute)).toContain("**job_name**: `string` — optional");
    expect(attribute?.range).toEqual(rangeOf(METRICS_YAML, "job_name"));
    const nested = await hover(yamlUri("metrics"), at(METRICS_YAML, "endpoint", 2));
    expect(markdown(nested)).toContain("**endpoint** block in `prometheus.remote_write`");
    expect(nested?.range).toEqual(rangeOf(METRICS_YAML, "endpoint"));
  });

  it("answers nothing in the block's indentation, and the YAML hover on the YAML keys", async () => {
    const indentation = at(METRICS_YAML, "  prometheus.scrape", 1);
    expect(await hover(yamlUri("metrics"), indentation)).toBeNull();
    const key = await hover(yamlUri("metrics"), at(METRICS_YAML, "contents", 2));
    expect(markdown(key)).toContain("**contents**");
    const matchers = await hover(yamlUri("metrics"), at(METRICS_YAML, "matchers", 2));
    expect(markdown(matchers)).toContain("| `team` | equals | `platform` |");
    const name = await hover(yamlUri("shared"), at(SHARED_YAML, "shared", 2));
    expect(name).not.toBeNull();
    // The use is in metrics' inline contents: line 16, column 11 of the YAML (two tabs past the block indentation).
    expect(markdown(name)).toContain('`metrics` reads export "url": pipelines/metrics.yaml:16:11');
  });
});

describe("completion in a `|` block", () => {
  it("offers a component body's attributes, replacing what was typed on the YAML line", async () => {
    const typed = METRICS_YAML.replace("\tjob_name   = sys.env", "\tscrape_int\n  \tjob_name   = sys.env");
    const uri = await openYaml("typed", typed.replace("name: metrics", "name: typed"));
    const text = typed.replace("name: metrics", "name: typed");
    const items = await complete(uri, at(text, "scrape_int", 10));
    const item = items.find((i) => i.label === "scrape_interval")!;
    expect(item.detail).toBe('duration, optional, default "60s"');
    expect(item.textEdit).toEqual({ range: rangeOf(text, "scrape_int"), newText: "scrape_interval = $0" });
    expect(items.map((i) => i.label)).not.toContain("targets");
  });

  it("offers labels after `<component>.` with the replace range after the dot", async () => {
    const text = `${HEAD("labels")}${block(`${METRICS}\nprometheus.relabel "x" {\n\tforward_to = [prometheus.remote_write.]\n}\n`)}`;
    const uri = await openYaml("labels", text);
    const items = await complete(uri, at(text, "remote_write.]", 13));
    expect(items.map((i) => i.label)).toEqual(["default"]);
    const position = at(text, "remote_write.]", 13);
    expect(items[0].textEdit).toEqual({ range: { start: position, end: position }, newText: "default" });
  });

  it("indents a multi-line snippet like the YAML line and asks the client to insert it as is", async () => {
    const text = `${HEAD("snippet")}contents: |\n  prometheus.exporter.self "x" { }\n\n  prometheus.scr\n`;
    const uri = await openYaml("snippet", text);
    const items = await complete(uri, at(text, "prometheus.scr", 14));
    const scrape = items.find((i) => i.label === "prometheus.scrape")!;
    expect(scrape.insertTextMode).toBe(1);
    expect(scrape.textEdit).toEqual({ range: rangeOf(text, "prometheus.scr"), newText: 'prometheus.scrape "${1:default}" {\n  \ttargets    = ${2}\n  \tforward_to = ${3}\n  }' });
  });

  it("indents what it inserts on a blank line that lost the block's indentation", async () => {
    const text = `${HEAD("blank")}contents: |\n  prometheus.exporter.self "x" { }\n\n  prometheus.scrape "s" {\n\n  }\n`;
    const uri = await openYaml("blank", text);
    const body = at(text, "{\n\n  }", 2);
    const targets = (await complete(uri, body)).find((i) => i.label === "targets")!;
    expect(targets.textEdit).toEqual({ range: { start: body, end: body }, newText: "  targets = $0" });
    const top = at(text, "{ }\n\n", 4);
    const exporter = (await complete(uri, top)).find((i) => i.label === "prometheus.exporter.self")!;
    expect(exporter.textEdit).toEqual({ range: { start: top, end: top }, newText: '  prometheus.exporter.self "${1:default}" {\n  \t$0\n  }' });
    expect(exporter.insertTextMode).toBe(1);
  });

  it("still offers YAML keys and config_type values outside the contents", async () => {
    const text = `${block("prometheus.exporter.self \"x\" { }\n")}ena`;
    const uri = await openYaml("keys", text);
    const keys = (await complete(uri, at(text, "ena", 3))).map((i) => i.label);
    expect(keys).toEqual(expect.arrayContaining(["enabled", "matchers", "config_type"]));
    expect(keys).not.toContain("contents");
    const values = `config_type: \n${block('prometheus.exporter.self "x" { }\n')}`;
    const valuesUri = await openYaml("values", values);
    expect((await complete(valuesUri, at(values, "config_type: ", 13))).map((i) => i.label)).toEqual(["alloy", "otel"]);
  });
});

describe("navigation in a `|` block", () => {
  it("goes to the component a reference names, in the same YAML", async () => {
    const [target] = await definitionOf(yamlUri("metrics"), at(METRICS_YAML, "remote_write.default.receiver", 15));
    expect(target).toEqual({ uri: yamlUri("metrics"), range: rangeOf(METRICS_YAML, 'prometheus.remote_write "default"') });
  });

  it("goes from argument.pipeline_exports to the export block inline in another definition", async () => {
    const [target] = await definitionOf(yamlUri("metrics"), at(METRICS_YAML, '["url"]', 2));
    expect(target).toEqual({ uri: yamlUri("shared"), range: rangeOf(SHARED_YAML, 'export "url"') });
  });

  it("finds references, with and without the declaration", async () => {
    const position = at(METRICS_YAML, 'remote_write "default"', 15);
    expect(await referencesOf(yamlUri("metrics"), position, false)).toEqual([
      { uri: yamlUri("metrics"), range: rangeOf(METRICS_YAML, "prometheus.remote_write.default.receiver", 0, 31) },
    ]);
    const withDeclaration = await referencesOf(yamlUri("metrics"), at(METRICS_YAML, "exporter.self.default.targets", 15), true);
    expect(withDeclaration).toEqual([
      { uri: yamlUri("metrics"), range: rangeOf(METRICS_YAML, 'prometheus.exporter.self "default"') },
      { uri: yamlUri("metrics"), range: rangeOf(METRICS_YAML, "prometheus.exporter.self.default") },
    ]);
  });

  it("nests the Alloy outline under `contents`, with ranges in the YAML", async () => {
    const outline = await symbols(yamlUri("metrics"));
    expect(outline.map((s) => s.name)).toEqual(["name", "enabled", "matchers", "contents"]);
    const contents = outline[3];
    expect(contents.children!.map((s) => s.name)).toEqual(['prometheus.exporter.self "default"', 'prometheus.scrape "self"', 'prometheus.remote_write "default"']);
    const scrape = contents.children![1];
    expect(scrape.selectionRange).toEqual(rangeOf(METRICS_YAML, 'prometheus.scrape "self"'));
    expect(scrape.range).toEqual({ start: at(METRICS_YAML, 'prometheus.scrape "self"'), end: at(METRICS_YAML, '("JOB")\n  }', 11) });
    expect(scrape.children!.map((s) => s.name)).toEqual(["targets", "forward_to", "job_name"]);
    expect(scrape.children![2].range).toEqual(rangeOf(METRICS_YAML, 'job_name   = sys.env("JOB")'));
  });
});

describe("rename in a `|` block", () => {
  it("renames a label and its references with edits at the right places of the YAML", async () => {
    const position = at(METRICS_YAML, "remote_write.default.receiver", 15);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: yamlUri("metrics") }, position });
    expect(prepared).toEqual({ range: rangeOf(METRICS_YAML, "default.receiver", 0, 7), placeholder: "default" });
    const edits = await rename(yamlUri("metrics"), position, "primary");
    expect(edits).toEqual([
      { range: rangeOf(METRICS_YAML, 'remote_write "default"', 14, 7), newText: "primary" },
      { range: rangeOf(METRICS_YAML, "default.receiver", 0, 7), newText: "primary" },
    ]);
    const renamed = apply(METRICS_YAML, edits);
    expect(contentsOf(renamed)).toBe(METRICS.replace('remote_write "default"', 'remote_write "primary"').replace("write.default.receiver", "write.primary.receiver"));
  });

  it("refuses a name that is taken, as in an `.alloy` file", async () => {
    await expect(rename(yamlUri("metrics"), at(METRICS_YAML, '"self" {', 1), "not valid")).rejects.toThrow(/not a valid Alloy identifier/);
  });
});

describe("block scalars with other indentation and chomping", () => {
  // An indentation indicator is needed when the first line is more indented than the rest.
  const ALLOY = `  // scrapes itself\nprometheus.exporter.self "local" { }\n\nprometheus.scrape "s" {\n\ttargets    = prometheus.exporter.self.local.targets\n\tforward_to = []\n}\n`;
  const TEXT = `${HEAD("indicator")}${block(ALLOY, "      ", "|6")}`;

  it("maps positions past an indentation indicator's indentation", async () => {
    const uri = await openYaml("indicator", TEXT);
    expect(contentsOf(TEXT)).toBe(ALLOY);
    const result = await hover(uri, at(TEXT, "exporter.self.local", 5));
    expect(markdown(result)).toContain('→ `prometheus.exporter.self "local"` on line 7');
    expect(result?.range).toEqual(rangeOf(TEXT, "prometheus.exporter.self.local.targets"));
    const [target] = await definitionOf(uri, at(TEXT, "exporter.self.local", 15));
    expect(target.range).toEqual(rangeOf(TEXT, 'prometheus.exporter.self "local"'));
    const edits = await rename(uri, at(TEXT, '"local"', 1), "mine");
    expect(contentsOf(apply(TEXT, edits))).toBe(ALLOY.replaceAll("local", "mine"));
    // Six spaces are YAML indentation: no Alloy there.
    expect(await hover(uri, at(TEXT, "      prometheus.scrape", 3))).toBeNull();
  });

  it("reaches the last character of a `|-` block and keeps `|+` trailing lines", async () => {
    const strip = `${HEAD("strip")}${block('prometheus.exporter.self "a" { }', "    ", "|-")}\n`;
    const uri = await openYaml("strip", strip);
    const outline = await symbols(uri);
    expect(outline.at(-1)!.children![0].range).toEqual(rangeOf(strip, 'prometheus.exporter.self "a" { }'));
    const keep = `${HEAD("keep")}${block('prometheus.exporter.self "b" { }\n\n\n', "  ", "|+")}`;
    const keepUri = await openYaml("keep", keep);
    const renamed = apply(keep, await rename(keepUri, at(keep, '"b"', 1), "c"));
    expect(contentsOf(renamed)).toBe('prometheus.exporter.self "c" { }\n\n\n');
  });
});

describe("a definition with CRLF line ends", () => {
  const TEXT = `${HEAD("crlf")}${block(METRICS)}`.replaceAll("\n", "\r\n");

  it("maps hover, definition, references, rename and the outline across CR LF", async () => {
    const uri = await openYaml("crlf", TEXT);
    const result = await hover(uri, at(TEXT, "remote_write.default.receiver", 22));
    expect(markdown(result)).toContain("on line 14");
    expect(result?.range).toEqual(rangeOf(TEXT, "prometheus.remote_write.default.receiver"));
    const [target] = await definitionOf(uri, at(TEXT, "remote_write.default.receiver", 15));
    expect(target.range).toEqual(rangeOf(TEXT, 'prometheus.remote_write "default"'));
    const references = await referencesOf(uri, at(TEXT, 'remote_write "default"', 15), false);
    expect(references.map((r) => r.range)).toEqual([rangeOf(TEXT, "prometheus.remote_write.default.receiver", 0, 31)]);
    const edits = await rename(uri, at(TEXT, "remote_write.default.receiver", 15), "primary");
    expect(contentsOf(apply(TEXT, edits))).toBe(
      METRICS.replace('remote_write "default"', 'remote_write "primary"').replace("write.default.receiver", "write.primary.receiver"),
    );
    const contents = (await symbols(uri)).at(-1)!;
    expect(contents.children![1].range).toEqual({ start: at(TEXT, 'prometheus.scrape "self"'), end: at(TEXT, '("JOB")\r\n  }', 12) });
  });

  it("completes at the end of a CRLF line", async () => {
    const text = `${HEAD("crlfdot")}${block(METRICS.replace("[prometheus.remote_write.default.receiver]", "prometheus.remote_write."))}`.replaceAll("\n", "\r\n");
    const uri = await openYaml("crlfdot", text);
    const position = at(text, "remote_write.\r\n", 13);
    const items = await complete(uri, position);
    expect(items.map((i) => i.label)).toEqual(["default"]);
    expect(items[0].textEdit).toEqual({ range: { start: position, end: position }, newText: "default" });
  });
});

describe("non-ASCII text before the cursor", () => {
  // é is one UTF-16 unit, 📈 two: columns after them are UTF-16 columns.
  const ALLOY = METRICS.replace("\tforward_to = [prometheus.remote_write.default.receiver]", '\tforward_to = [/* métriques 📈 */ prometheus.remote_write.default.receiver]');
  const TEXT = `${HEAD("unicode")}${block(ALLOY)}`;

  it("maps hover, definition, completion and rename on a line with é and 📈", async () => {
    const uri = await openYaml("unicode", TEXT);
    const result = await hover(uri, at(TEXT, "remote_write.default.receiver", 22));
    expect(markdown(result)).toContain("Export `receiver`");
    expect(result?.range).toEqual(rangeOf(TEXT, "prometheus.remote_write.default.receiver"));
    const [target] = await definitionOf(uri, at(TEXT, "remote_write.default.receiver", 15));
    expect(target.range).toEqual(rangeOf(TEXT, 'prometheus.remote_write "default"'));
    const edits = await rename(uri, at(TEXT, "remote_write.default.receiver", 15), "primary");
    expect(edits[1].range).toEqual(rangeOf(TEXT, "default.receiver", 0, 7));
    expect(contentsOf(apply(TEXT, edits))).toBe(ALLOY.replace('remote_write "default"', 'remote_write "primary"').replace("write.default.receiver", "write.primary.receiver"));

    const text = `${HEAD("unicode2")}${block(`${METRICS}\nprometheus.relabel "x" {\n\tforward_to = [/* métriques 📈 */ prometheus.remote_write.default.]\n}\n`)}`;
    const typingUri = await openYaml("unicode2", text);
    const dot = at(text, "default.]", 8);
    const items = await complete(typingUri, dot);
    expect(items.map((i) => i.label)).toEqual(["receiver"]);
    expect(items[0].textEdit).toEqual({ range: { start: dot, end: dot }, newText: "receiver" });
  });
});

describe("quoted and plain scalars", () => {
  it("double-quoted: maps past escapes, answers nothing inside one, escapes inserted text", async () => {
    const text = `${HEAD("double")}contents: "prometheus.exporter.self \\"d\\" { }\\n\\nprometheus.scrape \\"s\\" {\\n\\ttargets    = prometheus.exporter.self.d.targets\\n\\tforward_to = []\\n}\\n\\npro"\n`;
    const uri = await openYaml("double", text);
    expect(contentsOf(text)).toMatch(/^prometheus\.exporter\.self "d" \{ \}\n\nprometheus\.scrape "s" \{\n\ttargets/);
    const result = await hover(uri, at(text, "exporter.self.d.targets", 14));
    expect(markdown(result)).toContain('`prometheus.exporter.self.d.targets` → `prometheus.exporter.self "d"`');
    expect(result?.range).toEqual(rangeOf(text, "prometheus.exporter.self.d.targets"));
    const scrape = await hover(uri, at(text, "prometheus.scrape", 3));
    expect(scrape?.range).toEqual(rangeOf(text, "prometheus.scrape"));
    // Between the backslash and the `t` of `\t`: no Alloy offset, no answer.
    expect(await hover(uri, at(text, "\\ttargets", 1))).toBeNull();
    expect(await complete(uri, at(text, "\\ttargets", 1))).toEqual([]);

    const edits = await rename(uri, at(text, "self.d.targets", 5), "e");
    expect(edits).toEqual([
      { range: rangeOf(text, 'self \\"d\\"', 7, 1), newText: "e" },
      { range: rangeOf(text, "self.d.targets", 5, 1), newText: "e" },
    ]);
    expect(contentsOf(apply(text, edits))).toBe((contentsOf(text) as string).replace('"d"', '"e"').replace("self.d.", "self.e."));

    const items = await complete(uri, at(text, 'pro"', 3));
    const exporter = items.find((i) => i.label === "prometheus.exporter.self")!;
    expect(exporter.textEdit).toEqual({ range: rangeOf(text, 'pro"', 0, 3), newText: 'prometheus.exporter.self \\\\"${1:default}\\\\" {\\\\n\\\\t$0\\\\n}' });
  });

  it("single-quoted and plain: hover and rename", async () => {
    const single = `${HEAD("single")}contents: 'prometheus.exporter.self "q" { }\n\n  prometheus.scrape "s" { targets = prometheus.exporter.self.q.targets }'\n`;
    const uri = await openYaml("single", single);
    expect(contentsOf(single)).toBe('prometheus.exporter.self "q" { }\nprometheus.scrape "s" { targets = prometheus.exporter.self.q.targets }');
    const result = await hover(uri, at(single, "self.q.targets", 5));
    expect(result?.range).toEqual(rangeOf(single, "prometheus.exporter.self.q.targets"));
    expect(markdown(result)).toContain("on line 5");
    const renamed = apply(single, await rename(uri, at(single, '"q"', 1), "r"));
    expect(contentsOf(renamed)).toBe('prometheus.exporter.self "r" { }\nprometheus.scrape "s" { targets = prometheus.exporter.self.r.targets }');

    const plain = `${HEAD("plain")}contents: prometheus.exporter.self "p" { }\n`;
    const plainUri = await openYaml("plain", plain);
    expect((await hover(plainUri, at(plain, "exporter", 1)))?.range).toEqual(rangeOf(plain, "prometheus.exporter.self"));
    expect(contentsOf(apply(plain, await rename(plainUri, at(plain, '"p"', 1), "plain_one")))).toBe('prometheus.exporter.self "plain_one" { }');
  });
});

describe("what is not inline Alloy", () => {
  it("gives no Alloy features to `config_type: otel` contents", async () => {
    const text = `name: otel\nenabled: true\nconfig_type: otel\nmatchers:\n  - team=platform\n${block("receivers:\n  otlp: {}\n")}`;
    const uri = await openYaml("otel", text);
    expect(markdown(await hover(uri, at(text, "otlp", 1)))).not.toContain("otlp");
    expect(await definitionOf(uri, at(text, "otlp", 1))).toEqual([]);
    expect((await symbols(uri)).at(-1)!.children).toBeUndefined();
  });

  it("answers what it can, and empty otherwise, without errors, for broken YAML and broken Alloy", async () => {
    const brokenYaml = `${HEAD("brokenyaml")}contents: |\n  prometheus.exporter.self "x" {\n bad: [\n`;
    const uri = await openYaml("brokenyaml", brokenYaml);
    const position = at(brokenYaml, "exporter", 1);
    // The YAML parser recovers, so the Alloy before the break still answers; what cannot be resolved answers empty.
    expect(((await hover(uri, position))!.contents as MarkupContent).value).toMatch(/^\*\*prometheus\.exporter\.self\*\*\n/);
    expect((await complete(uri, position)).map((c) => c.label)).toContain("prometheus.exporter.self");
    expect(await definitionOf(uri, position)).toEqual([]);
    expect(await symbols(uri)).toEqual([]);

    const brokenAlloy = `${HEAD("brokenalloy")}${block('prometheus.scrape "s" {\n\ttargets = [\n}\n}}\n')}`;
    const alloyUri = await openYaml("brokenalloy", brokenAlloy);
    const inside = at(brokenAlloy, "targets", 2);
    expect(((await hover(alloyUri, inside))!.contents as MarkupContent).value).toMatch(/^\*\*targets\*\*: `list\(capsule\(discovery\.Target\)\)` — required/);
    expect(Array.isArray(await complete(alloyUri, inside))).toBe(true);
    expect(await definitionOf(alloyUri, inside)).toEqual([]);
    expect((await symbols(alloyUri)).at(-1)!.children![0].name).toBe('prometheus.scrape "s"');
  });
});
