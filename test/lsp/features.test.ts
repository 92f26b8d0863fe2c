// End-to-end tests of the editor features of `fleetlint lsp --stdio` (the
// built CLI) with a real LSP client: every request the server announces is
// answered, and hover, completion, navigation, rename, code actions and range
// formatting work on a small stack of pipelines.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClient, uriOf, type LspClient } from "./client.js";
import { METRICS, SHARED } from "./sample-pipelines.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");

const MODULE = `declare "scraper" {
\targument "targets" { }

\targument "job" {
\t\toptional = true
\t\tdefault  = "custom"
\t}

\tprometheus.scrape "inner" {
\t\ttargets    = argument.targets.value
\t\tforward_to = []
\t\tjob_name   = argument.job.value
\t}

\texport "scraped" {
\t\tvalue = prometheus.scrape.inner.targets
\t}
}

import.file "lib" {
\tfilename = "lib.alloy"
}

scraper "a" {
\ttargets = []
\tjob     = "a"
}

scraper "b" {
\ttargets = scraper.a.scraped
}
`;

const LIB = `declare "noop" { }
`;

let workspace: string;
let client: LspClient;
const pipelines = () => join(workspace, "pipelines");
const metricsUri = () => uriOf(join(pipelines(), "metrics.alloy"));
const moduleUri = () => uriOf(join(workspace, "modules", "module.alloy"));

/** The position of the `occurrence`-th `needle` in `text`, moved `delta` characters right. */
function at(text: string, needle: string, delta = 0, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in text`);
  return TextDocument.create("x", "x", 0, text).positionAt(index + delta);
}

function markdown(hover: Hover | null): string {
  return (hover?.contents as MarkupContent | undefined)?.value ?? "";
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("x", "x", 0, text), edits);
}

async function hover(uri: string, position: Position): Promise<string> {
  return markdown(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
}

async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return Array.isArray(result) ? result : (result?.items ?? []);
}

async function open(uri: string, languageId: string, text: string) {
  return client.open(uri, languageId, text);
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (npm test does it in pretest)`);
  workspace = mkdtempSync(join(tmpdir(), "fleetlint-lsp-features-"));
  mkdirSync(join(workspace, "pipelines"));
  mkdirSync(join(workspace, "modules"));
  writeFileSync(
    join(workspace, "fleetlint.config.yaml"),
    'targets:\n  - root: pipelines\n    namespace: "features"\n  - root: modules\n    namespace: "modules"\nrules:\n  alloy-format: warn\n',
  );
  writeFileSync(join(pipelines(), "metrics.yaml"), "name: metrics\nenabled: true\nmatchers:\n  - team=platform\n  - env=~prod|staging\n");
  writeFileSync(join(pipelines(), "metrics.alloy"), METRICS);
  writeFileSync(join(pipelines(), "shared.yaml"), "name: shared\nenabled: true\nmatchers:\n  - team=platform\n");
  writeFileSync(join(pipelines(), "shared.alloy"), SHARED);
  writeFileSync(join(workspace, "modules", "module.alloy"), MODULE);
  writeFileSync(join(workspace, "modules", "lib.alloy"), LIB);
  client = await startClient(process.execPath, [cli, "lsp", "--stdio"], workspace);
  await open(metricsUri(), "alloy", METRICS);
  await open(moduleUri(), "alloy", MODULE);
});

afterAll(async () => {
  if (client && client.child.exitCode === null) await client.stop().catch(() => client.child.kill());
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe("capabilities", () => {
  it("announces the editor features and answers every request it announces", async () => {
    const caps = client.initialize.capabilities;
    expect(caps).toMatchObject({
      hoverProvider: true,
      completionProvider: { triggerCharacters: ["."] },
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.fleetlint"] },
    });
    const uri = metricsUri();
    const textDocument = { uri };
    const position = at(METRICS, "prometheus.scrape");
    const range = { start: position, end: position };
    const requests: [string, unknown][] = [
      [HoverRequest.method, { textDocument, position }],
      [CompletionRequest.method, { textDocument, position }],
      [DefinitionRequest.method, { textDocument, position }],
      [ReferencesRequest.method, { textDocument, position, context: { includeDeclaration: true } }],
      [DocumentSymbolRequest.method, { textDocument }],
      [PrepareRenameRequest.method, { textDocument, position: at(METRICS, '"self"', 1) }],
      [RenameRequest.method, { textDocument, position: at(METRICS, '"self"', 1), newName: "me" }],
      [DocumentFormattingRequest.method, { textDocument, options: { tabSize: 4, insertSpaces: false } }],
      [DocumentRangeFormattingRequest.method, { textDocument, range, options: { tabSize: 4, insertSpaces: false } }],
      [CodeActionRequest.method, { textDocument, range, context: { diagnostics: [] } }],
    ];
    for (const [method, params] of requests) {
      await expect(client.connection.sendRequest(method, params), method).resolves.not.toThrow();
    }
  });
});

describe("hover", () => {
  it("on a component name: stability, summary, exports and the reference page", async () => {
    const text = await hover(metricsUri(), at(METRICS, 'prometheus.remote_write "default"', 3));
    expect(text).toContain("**prometheus.remote_write**");
    expect(text).toContain("Stability: generally-available");
    expect(text).toContain("`receiver`");
    expect(text).toMatch(/\[Reference\]\(https:\/\/grafana\.com\/docs\/alloy\/latest\/reference\/components\/prometheus\/prometheus\.remote_write\/\)/);
    expect(text).toContain("referenced once");
  });

  it("on an attribute: type, required or not, default and description", async () => {
    const text = await hover(metricsUri(), at(METRICS, "job_name", 2));
    expect(text).toContain("**job_name**: `string` — optional");
    expect(text).toContain("Default: `component name`");
    const targets = await hover(metricsUri(), at(METRICS, "targets    =", 1));
    expect(targets).toContain("required");
    expect(targets).toContain("list(");
  });

  it("on a nested block: where it belongs and whether it is required", async () => {
    const text = await hover(metricsUri(), at(METRICS, "endpoint", 2));
    expect(text).toContain("**endpoint** block in `prometheus.remote_write`");
    expect(text).toMatch(/optional|required/);
  });

  it("on a reference: the component and export it resolves to, with its line", async () => {
    const text = await hover(metricsUri(), at(METRICS, "remote_write.default.receiver", 22));
    expect(text).toContain('`prometheus.remote_write.default.receiver` → `prometheus.remote_write "default"` on line 9');
    expect(text).toContain("Export `receiver`");
  });

  it("on a stdlib function: its signature and reference page", async () => {
    const text = await hover(metricsUri(), at(METRICS, "sys.env", 5));
    expect(text).toContain("sys.env(name)");
    expect(text).toContain("https://grafana.com/docs/alloy/latest/reference/stdlib/sys/");
  });

  it("on argument.x.value: the argument, its default and where it is declared", async () => {
    const text = await hover(moduleUri(), at(MODULE, "argument.job.value", 10));
    expect(text).toContain("**job** — argument of this module, declared on line 4");
    expect(text).toContain('default: `"custom"`');
  });

  it("on a custom component: its declare", async () => {
    const text = await hover(moduleUri(), at(MODULE, 'scraper "a"', 2));
    expect(text).toContain("custom component");
    expect(text).toContain("Arguments: `targets`, `job`");
  });

  it("on a diagnostic's range: the rule and its docs link", async () => {
    const uri = uriOf(join(pipelines(), "old.alloy"));
    const text = 'prometheus.exporter.self "old" { }\n\nlogging {\n\tlevel = env("LEVEL")\n}\n';
    writeFileSync(join(pipelines(), "old.yaml"), "enabled: true\nmatchers:\n  - team=old\n");
    const { diagnostics } = await open(uri, "alloy", text);
    expect(diagnostics.map((d) => d.code)).toContain("alloy-deprecated");
    const shown = await hover(uri, at(text, "env(", 1));
    expect(shown).toContain("**alloy-deprecated**");
    expect(shown).toMatch(/\[Rule documentation\]\(.*docs\/rules\/alloy-deprecated\.md\)/);
    expect(shown).toContain("Deprecated: use `sys.env` instead.");
  });

  it("in a pipeline definition: the parsed matchers, and where the name is used in the stack", async () => {
    const metricsYaml = "name: metrics\nenabled: true\nmatchers:\n  - team=platform\n  - env=~prod|staging\n";
    await open(uriOf(join(pipelines(), "metrics.yaml")), "yaml", metricsYaml);
    const matchers = await hover(uriOf(join(pipelines(), "metrics.yaml")), at(metricsYaml, "matchers", 2));
    expect(matchers).toContain("| `team` | equals | `platform` |");
    expect(matchers).toContain("| `env` | matches the regex | `prod|staging` |");

    const sharedYaml = "name: shared\nenabled: true\nmatchers:\n  - team=platform\n";
    const sharedUri = uriOf(join(pipelines(), "shared.yaml"));
    await open(sharedUri, "yaml", sharedYaml);
    const name = await hover(sharedUri, at(sharedYaml, "shared", 2));
    expect(name).toContain("Uses of `shared` in the stack:");
    expect(name).toContain('`metrics` reads export "url": pipelines/metrics.alloy:11:9');
  });
});

describe("completion", () => {
  it("offers component names where a block can start, with stability and a snippet of the required attributes", async () => {
    const uri = uriOf(join(pipelines(), "typing.alloy"));
    const text = "prometheus.scr";
    await open(uri, "alloy", text);
    const items = await complete(uri, at(text, "scr", 3));
    const scrape = items.find((i) => i.label === "prometheus.scrape")!;
    expect(scrape.detail).toBe("generally-available");
    expect(scrape.insertTextFormat).toBe(2);
    const edit = scrape.textEdit as TextEdit;
    expect(edit.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 14 } });
    expect(edit.newText).toBe('prometheus.scrape "${1:default}" {\n\ttargets    = ${2}\n\tforward_to = ${3}\n}');
    expect(items.some((i) => i.label === "otelcol.exporter.logging")).toBe(false); // removed from Alloy
  });

  it("offers the attributes and blocks of a component body, without those already set, required ones marked", async () => {
    const position = at(METRICS, "\tjob_name", 0);
    const items = await complete(metricsUri(), position);
    const labels = items.map((i) => i.label);
    expect(labels).not.toContain("targets");
    expect(labels).not.toContain("forward_to");
    expect(labels).toContain("scrape_interval");
    expect(labels).toContain("basic_auth");
    expect(items.find((i) => i.label === "scrape_interval")?.detail).toBe('duration, optional, default "60s"');
    const remote = await complete(metricsUri(), at(METRICS, "\tendpoint", 0));
    expect(remote.find((i) => i.label === "endpoint")?.detail).toContain("repeatable");
  });

  it("offers labels after `<component>.` and exports after `<component>.<label>.`", async () => {
    const uri = uriOf(join(pipelines(), "refs.alloy"));
    const text = `${METRICS}\nprometheus.relabel "x" {\n\tforward_to = [prometheus.remote_write.]\n\trule { }\n}\n`;
    await open(uri, "alloy", text);
    const labels = await complete(uri, at(text, "remote_write.]", 13));
    expect(labels.map((i) => i.label)).toEqual(["default"]);
    const text2 = text.replace("remote_write.]", "remote_write.default.]");
    const uri2 = uriOf(join(pipelines(), "refs2.alloy"));
    await open(uri2, "alloy", text2);
    const exports = await complete(uri2, at(text2, "default.]", 8));
    expect(exports.map((i) => i.label)).toEqual(["receiver"]);
  });

  it("offers stdlib members, arguments and the names an expression starts with", async () => {
    const uri = uriOf(join(pipelines(), "stdlib.alloy"));
    const text = 'logging {\n\tlevel = string.\n}\n';
    await open(uri, "alloy", text);
    const members = (await complete(uri, at(text, "string.", 7))).map((i) => i.label);
    expect(members).toContain("format");
    expect(members).toContain("to_lower");
    const module = MODULE.replace("argument.job.value", "argument.");
    const moduleUri2 = uriOf(join(workspace, "modules", "typing.alloy"));
    await open(moduleUri2, "alloy", module);
    const args = (await complete(moduleUri2, at(module, "argument.\n", 9))).map((i) => i.label);
    expect(args.sort()).toEqual(["job", "targets"]);
    const starts = (await complete(metricsUri(), at(METRICS, "sys.env", 0))).map((i) => i.label);
    expect(starts).toEqual(expect.arrayContaining(["sys", "string", "coalesce", "prometheus.remote_write.default", "true"]));
  });

  it("offers the arguments of a custom component inside its use", async () => {
    const items = await complete(moduleUri(), at(MODULE, "\ttargets = scraper", 0));
    expect(items.map((i) => i.label)).toEqual(["job"]);
    expect(items[0].detail).toBe("optional argument");
  });

  it("offers pipeline YAML keys and config_type values", async () => {
    const uri = uriOf(join(pipelines(), "new.yaml"));
    const text = "name: new\nena";
    await open(uri, "yaml", text);
    const keys = await complete(uri, at(text, "ena", 3));
    expect(keys.map((i) => i.label)).toEqual(expect.arrayContaining(["enabled", "matchers", "config_type", "contents_file"]));
    expect(keys.map((i) => i.label)).not.toContain("name");
    const values = "name: new\nconfig_type: ";
    const valuesUri = uriOf(join(pipelines(), "values.yaml"));
    await open(valuesUri, "yaml", values);
    expect((await complete(valuesUri, at(values, "type: ", 6))).map((i) => i.label)).toEqual(["alloy", "otel"]);
  });
});

describe("navigation", () => {
  async function definitionOf(uri: string, position: Position): Promise<Location[]> {
    const result = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    return (Array.isArray(result) ? result : result ? [result] : []) as Location[];
  }

  it("goes to the component a reference names", async () => {
    const [target] = await definitionOf(metricsUri(), at(METRICS, "remote_write.default.receiver", 15));
    expect(target).toEqual({ uri: metricsUri(), range: { start: { line: 8, character: 0 }, end: { line: 8, character: 33 } } });
  });

  it("goes to argument blocks, declares and a custom component's export", async () => {
    const [argument] = await definitionOf(moduleUri(), at(MODULE, "argument.targets.value", 10));
    expect(argument.range.start).toEqual(at(MODULE, 'argument "targets"'));
    const [declare] = await definitionOf(moduleUri(), at(MODULE, 'scraper "b"', 2));
    expect(declare.range.start).toEqual(at(MODULE, 'declare "scraper"'));
    const [exported] = await definitionOf(moduleUri(), at(MODULE, "scraper.a.scraped", 12));
    expect(exported.range.start).toEqual(at(MODULE, 'export "scraped"'));
  });

  it("opens the file an import.file names", async () => {
    const [file] = await definitionOf(moduleUri(), at(MODULE, '"lib.alloy"', 3));
    expect(file.uri).toBe(uriOf(join(workspace, "modules", "lib.alloy")));
  });

  it("goes from argument.pipeline_exports to the other pipeline's export block", async () => {
    const [target] = await definitionOf(metricsUri(), at(METRICS, '["url"]', 2));
    expect(target).toEqual({ uri: uriOf(join(pipelines(), "shared.alloy")), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } } });
  });

  it("finds the references of a component from its block", async () => {
    const found = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: metricsUri() },
      position: at(METRICS, '"default" {\n\tendpoint', 2),
      context: { includeDeclaration: false },
    });
    expect(found).toEqual([{ uri: metricsUri(), range: { start: at(METRICS, "prometheus.remote_write.default.receiver"), end: at(METRICS, "prometheus.remote_write.default.receiver", 31) } }]);
    const uses = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: moduleUri() }, position: at(MODULE, '"scraper"', 2), context: { includeDeclaration: true } });
    expect(uses).toHaveLength(3);
  });

  it("lists the block outline, nested", async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: moduleUri() } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['declare "scraper"', 'import.file "lib"', 'scraper "a"', 'scraper "b"']);
    expect(symbols[0].children!.map((s) => s.name)).toEqual(['argument "targets"', 'argument "job"', 'prometheus.scrape "inner"', 'export "scraped"']);
    expect(symbols[0].children![2].children!.map((s) => s.name)).toEqual(["targets", "forward_to", "job_name"]);
    const yaml = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(join(pipelines(), "metrics.yaml")) } })) as DocumentSymbol[];
    expect(yaml.map((s) => s.name)).toEqual(["name", "enabled", "matchers"]);
  });
});

describe("rename", () => {
  it("renames a component label and every reference to it", async () => {
    const position = at(METRICS, "remote_write.default.receiver", 15);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: metricsUri() }, position });
    expect(prepared).toMatchObject({ placeholder: "default" });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: metricsUri() }, position, newName: "primary" });
    const renamed = apply(METRICS, edit!.changes![metricsUri()]);
    expect(renamed).toContain('prometheus.remote_write "primary" {');
    expect(renamed).toContain("forward_to = [prometheus.remote_write.primary.receiver]");
    // Another component's "default" label is not touched.
    expect(renamed).toContain('prometheus.exporter.self "default"');
  });

  it("renames an argument, its references and the custom component's uses", async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: moduleUri() }, position: at(MODULE, '"job"', 2), newName: "job_label" });
    const renamed = apply(MODULE, edit!.changes![moduleUri()]);
    expect(renamed).toContain('argument "job_label" {');
    expect(renamed).toContain("job_name   = argument.job_label.value");
    expect(renamed).toContain('\tjob_label     = "a"');
  });

  it("refuses an invalid or taken name with a message", async () => {
    const position = at(METRICS, '"self" {', 1);
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: metricsUri() }, position, newName: "not valid" })).rejects.toThrow(/not a valid Alloy identifier/);
    const taken = METRICS + '\nprometheus.scrape "other" {\n\ttargets    = []\n\tforward_to = []\n}\n';
    const uri = uriOf(join(pipelines(), "taken.alloy"));
    await open(uri, "alloy", taken);
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(taken, '"self" {', 1), newName: "other" })).rejects.toThrow(
      /"prometheus.scrape.other" already exists/,
    );
    await expect(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(taken, "sys.env", 1) })).rejects.toThrow(/Only a component label/);
  });
});

describe("code actions", () => {
  async function actionsFor(uri: string, diagnostics: Awaited<ReturnType<typeof open>>["diagnostics"], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) as CodeAction[];
  }

  it("offers the did-you-mean name for an unknown component, and disabling the rule for the line", async () => {
    const uri = uriOf(join(pipelines(), "typo.alloy"));
    writeFileSync(join(pipelines(), "typo.yaml"), "enabled: true\nmatchers:\n  - team=typo\n");
    const text = 'prometheus.exporter.slef "x" { }\n';
    const unknown = (await open(uri, "alloy", text)).diagnostics.filter((d) => d.code === "alloy-unknown-component");
    expect(unknown).toHaveLength(1);
    const actions = await actionsFor(uri, unknown);
    const change = actions.find((a) => a.title === 'Change to "prometheus.exporter.self"')!;
    expect(change.isPreferred).toBe(true);
    expect(apply(text, change.edit!.changes![uri])).toBe('prometheus.exporter.self "x" { }\n');
    const disable = actions.find((a) => a.title === "Disable alloy-unknown-component for this line")!;
    expect(apply(text, disable.edit!.changes![uri])).toBe(`// fleetlint-disable-next-line alloy-unknown-component\n${text}`);
  });

  it("offers the did-you-mean name for a misspelt attribute, block and export", async () => {
    const uri = uriOf(join(pipelines(), "args.alloy"));
    writeFileSync(join(pipelines(), "args.yaml"), "enabled: true\nmatchers:\n  - team=args\n");
    const text = [
      'prometheus.remote_write "w" {',
      "\tendpont {",
      '\t\turl = "https://prometheus.example/api/v1/push"',
      "\t}",
      "}",
      "",
      'prometheus.scrape "s" {',
      "\ttargets    = []",
      "\tforward_to = [prometheus.remote_write.w.reciever]",
      '\tjob_nme    = "s"',
      "}",
      "",
    ].join("\n");
    const { diagnostics } = await open(uri, "alloy", text);
    const expected = [
      ["endpont", "endpoint"],
      ["reciever", "receiver"],
      ["job_nme", "job_name"],
    ];
    for (const [wrong, right] of expected) {
      const diagnostic = diagnostics.find((d) => String(d.message).includes(`did you mean "${right}"`));
      expect(diagnostic, `${wrong} -> ${right} in ${JSON.stringify(diagnostics.map((d) => d.message))}`).toBeDefined();
      const actions = await actionsFor(uri, [diagnostic!]);
      const change = actions.find((a) => a.title === `Change to "${right}"`)!;
      expect(apply(text, change.edit!.changes![uri])).toBe(text.replace(wrong, right));
    }
  });

  it("offers the did-you-mean key of a definition, and a YAML suppression comment", async () => {
    const uri = uriOf(join(pipelines(), "keys.yaml"));
    writeFileSync(join(pipelines(), "keys.alloy"), 'prometheus.exporter.self "keys" { }\n');
    const text = "enabled: true\nmatcher:\n  - team=keys\n";
    const schema = (await open(uri, "yaml", text)).diagnostics.filter((d) => d.code === "pipeline-schema" && String(d.message).includes("did you mean"));
    expect(schema).toHaveLength(1);
    const actions = await actionsFor(uri, schema);
    const change = actions.find((a) => a.title === 'Change to "matchers"')!;
    expect(apply(text, change.edit!.changes![uri])).toBe("enabled: true\nmatchers:\n  - team=keys\n");
    const disable = actions.find((a) => a.title === "Disable pipeline-schema for this line")!;
    expect(apply(text, disable.edit!.changes![uri])).toBe("enabled: true\n# fleetlint-disable-next-line pipeline-schema\nmatcher:\n  - team=keys\n");
  });

  it("writes the suppression inside inline contents only where the scalar keeps lines as written (a | block)", async () => {
    const block = uriOf(join(pipelines(), "inline-block.yaml"));
    const blockText = 'enabled: true\nmatchers:\n  - team=inline\ncontents: |\n  prometheus.exporter.slef "x" { }\n';
    const inBlock = (await open(block, "yaml", blockText)).diagnostics.filter((d) => d.code === "alloy-unknown-component");
    expect(inBlock).toHaveLength(1);
    const disable = (await actionsFor(block, inBlock)).find((a) => a.title === "Disable alloy-unknown-component for this line")!;
    expect(apply(blockText, disable.edit!.changes![block])).toBe(
      'enabled: true\nmatchers:\n  - team=inline\ncontents: |\n  // fleetlint-disable-next-line alloy-unknown-component\n  prometheus.exporter.slef "x" { }\n',
    );
    // In a quoted scalar an inserted line would fold into the Alloy after it (or land at YAML's top level): no action.
    const quoted = uriOf(join(pipelines(), "inline-quoted.yaml"));
    const quotedText = 'enabled: true\nmatchers:\n  - team=inline\ncontents: "prometheus.exporter.slef \\"x\\" { }\\n"\n';
    const inQuoted = (await open(quoted, "yaml", quotedText)).diagnostics.filter((d) => d.code === "alloy-unknown-component");
    expect(inQuoted).toHaveLength(1);
    const titles = (await actionsFor(quoted, inQuoted)).map((a) => a.title);
    expect(titles).toContain('Change to "prometheus.exporter.self"');
    expect(titles).not.toContain("Disable alloy-unknown-component for this line");
  });

  it("applies every safe fix with source.fixAll.fleetlint", async () => {
    const uri = uriOf(join(pipelines(), "fixall.alloy"));
    writeFileSync(join(pipelines(), "fixall.yaml"), "enabled: true\nmatchers:\n  - team=fix\n");
    const text = 'prometheus.exporter.self "fix" {}\nprometheus.scrape "fix" {\ntargets = prometheus.exporter.self.fix.targets\n  forward_to = []\n}\n';
    const { diagnostics } = await open(uri, "alloy", text);
    expect(diagnostics.map((d) => d.code)).toContain("alloy-format");
    const actions = await actionsFor(uri, [], ["source.fixAll.fleetlint"]);
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe("source.fixAll.fleetlint");
    expect(apply(text, actions[0].edit!.changes![uri])).toBe(
      'prometheus.exporter.self "fix" { }\n\nprometheus.scrape "fix" {\n\ttargets    = prometheus.exporter.self.fix.targets\n\tforward_to = []\n}\n',
    );
  });
});

describe("range formatting", () => {
  it("formats only the top-level blocks the range touches", async () => {
    const uri = uriOf(join(pipelines(), "range.alloy"));
    const text = 'prometheus.exporter.self "a" {}\n\nprometheus.scrape "b" {\ntargets = []\n      forward_to = []\n}\n\nprometheus.exporter.self   "c" {}\n';
    await open(uri, "alloy", text);
    const position = at(text, "targets");
    const edits = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: position, end: position },
      options: { tabSize: 4, insertSpaces: false },
    });
    expect(apply(text, edits!)).toBe('prometheus.exporter.self "a" {}\n\nprometheus.scrape "b" {\n\ttargets    = []\n\tforward_to = []\n}\n\nprometheus.exporter.self   "c" {}\n');
  });
});

describe("shutdown", () => {
  it("exits with code 0", async () => {
    expect(await client.stop()).toBe(0);
  });
});
