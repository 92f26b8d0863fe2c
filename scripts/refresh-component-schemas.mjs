#!/usr/bin/env node
/**
 * Regenerates data/alloy-component-schemas/ from a grafana/alloy checkout at
 * the pinned commit: what every registered component and builtin block
 * accepts (attributes, blocks, enum blocks, squashed structs, labels) and
 * exports, read from the Go structs' `alloy:"…"` tags the way Alloy's
 * tagcache reads them, with named types followed across the repository's
 * packages (all of its Go modules). Types from other modules are opaque,
 * except the few whose Alloy decoding is known (durations, byte sizes).
 *
 * The Go source is parsed with tree-sitter-go; nothing is evaluated. The
 * reference docs' argument tables are then compared with the code: each
 * disagreement is printed (the code wins), and the docs' descriptions and
 * defaults are kept for hover.
 *
 *   node scripts/refresh-component-schemas.mjs <alloy-checkout> [--report FILE]
 *
 * The disagreements are also written to data/alloy-component-schemas/docs-vs-code.md.
 *
 * A checkout at the pin: `git clone https://github.com/grafana/alloy && git -C alloy checkout <pin>`,
 * or `git archive <pin> | tar -x -C dir` from any clone (then the HEAD check is skipped).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Language, Parser } from "web-tree-sitter";

const PIN = "66ebea856dffb242f921775e9552a133f60dc5c1";
const REPOSITORY = "https://github.com/grafana/alloy";
const MAIN_MODULE = "github.com/grafana/alloy";
const DOCS_URL = "https://grafana.com/docs/alloy/latest/reference";

/**
 * Builtin blocks and the Go type `alloy validate` type-checks them against
 * (internal/validator/validate.go). Services are found from their
 * service.Definition literals instead.
 */
const BUILTINS = [
  { name: "logging", labeled: false, pkg: "internal/runtime/logging", type: "Options", docs: "config-blocks/logging" },
  { name: "tracing", labeled: false, pkg: "internal/runtime/tracing", type: "Options", docs: "config-blocks/tracing" },
  { name: "argument", labeled: true, pkg: "internal/nodeconf/argument", type: "Arguments", docs: "config-blocks/argument" },
  { name: "export", labeled: true, pkg: "internal/nodeconf/export", type: "Arguments", docs: "config-blocks/export" },
  { name: "foreach", labeled: true, pkg: "internal/nodeconf/foreach", type: "Arguments", docs: "config-blocks/foreach" },
  { name: "import.file", labeled: true, pkg: "internal/nodeconf/importsource", type: "FileArguments", docs: "config-blocks/import.file" },
  { name: "import.string", labeled: true, pkg: "internal/nodeconf/importsource", type: "StringArguments", docs: "config-blocks/import.string" },
  { name: "import.http", labeled: true, pkg: "internal/nodeconf/importsource", type: "HTTPArguments", docs: "config-blocks/import.http" },
  { name: "import.git", labeled: true, pkg: "internal/nodeconf/importsource", type: "GitArguments", docs: "config-blocks/import.git" },
];

/** Types of other modules whose Alloy decoding is known: they are strings the type parses. */
const MAPPED_FOREIGN = new Map([
  ["time.Duration", "text:time.Duration"],
  ["github.com/alecthomas/units.Base2Bytes", "text:units.Base2Bytes"],
  ["github.com/prometheus/common/model.Duration", "text:model.Duration"],
  ["net/url.URL", "opaque:url.URL"],
  // A Go interface (Appender(ctx) Appender), so a capsule to Alloy (value.AlloyType: reflect.Interface):
  // the element of every prometheus `forward_to` list and the `receiver` export.
  ["github.com/prometheus/prometheus/storage.Appendable", "capsule:github.com/prometheus/prometheus/storage.Appendable"],
]);

const GO_SCALARS = new Map([
  ["string", "string"],
  ["bool", "bool"],
  ["any", "any"],
  ["error", "capsule:error"],
  ...["int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "byte", "rune"].map(
    (t) => [t, "number"],
  ),
]);

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(REPO_ROOT, "data/alloy-component-schemas");

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const checkout = args.find((a) => !a.startsWith("--"));
const reportIndex = args.indexOf("--report");
const reportFile = reportIndex >= 0 ? args[reportIndex + 1] : undefined;
if (!checkout || !existsSync(join(checkout, "go.mod"))) {
  console.error("usage: node scripts/refresh-component-schemas.mjs <grafana/alloy checkout at the pin> [--report FILE]");
  process.exit(2);
}
const SRC = resolve(checkout);
if (existsSync(join(SRC, ".git"))) {
  const head = execFileSync("git", ["-C", SRC, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  if (head !== PIN) {
    console.error(`the checkout is at ${head}, the catalog is pinned to ${PIN}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- Go parsing

await Parser.init();
const require = createRequire(import.meta.url);
const Go = await Language.load(require.resolve("tree-sitter-go/tree-sitter-go.wasm"));
const parser = new Parser();
parser.setLanguage(Go);

/** Every Go module in the repository: import path prefix -> directory. */
const modules = findModules(SRC);

function findModules(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!["node_modules", "testdata", "vendor", ".git", "integration-tests", "example"].includes(entry.name)) walk(join(dir, entry.name));
      } else if (entry.name === "go.mod") {
        const m = /^module\s+(\S+)/m.exec(readFileSync(join(dir, entry.name), "utf8"));
        if (m) out.push({ path: m[1], dir });
      }
    }
  };
  walk(root);
  // Longest module path first, so nested modules (syntax/) win over the main one.
  return out.sort((a, b) => b.path.length - a.path.length);
}

function dirOfImport(importPath) {
  for (const m of modules) {
    if (importPath === m.path) return m.dir;
    if (importPath.startsWith(`${m.path}/`)) return join(m.dir, importPath.slice(m.path.length + 1));
  }
  return undefined;
}

function importOfDir(dir) {
  for (const m of modules) {
    const rel = relative(m.dir, dir);
    if (!rel.startsWith("..")) return rel === "" ? m.path : `${m.path}/${rel.split("\\").join("/")}`;
  }
  return undefined;
}

const field = (node, name) => node.childForFieldName(name);
const named = (node) => node.namedChildren;
const unquote = (text) => (text.startsWith("`") ? text.slice(1, -1) : JSON.parse(text));

/** The build the catalog describes: Linux/amd64 with the tags of Alloy's Makefile (GO_TAGS). */
const BUILD_TAGS = new Set(["linux", "amd64", "unix", "cgo", "gc", "netgo", "builtinassets", "promtail_journal_enabled"]);

/** Whether a file's `//go:build` constraint holds for that build. */
function inBuild(source) {
  const m = /^\/\/go:build (.+)$/m.exec(source);
  if (!m) return true;
  const expr = m[1].replace(/[A-Za-z0-9_.]+/g, (tag) => (BUILD_TAGS.has(tag) ? "true" : "false"));
  if (!/^[truefals!&|() ]+$/.test(expr)) return true;
  return Boolean(new Function(`return (${expr});`)());
}

const packages = new Map();

/** Parses one package (on first use): its types, string constants, methods and imports per file. */
function loadPackage(importPath) {
  if (packages.has(importPath)) return packages.get(importPath);
  const dir = dirOfImport(importPath);
  const pkg = { importPath, dir, name: undefined, types: new Map(), consts: new Map(), methods: new Map(), files: [] };
  packages.set(importPath, pkg);
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) return pkg;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".go") || file.endsWith("_test.go")) continue;
    if (/_(windows|darwin|freebsd|openbsd|netbsd|solaris|plan9|js|wasm|arm64|arm|386|s390x|ppc64le)\.go$/.test(file)) continue;
    const source = readFileSync(join(dir, file), "utf8");
    if (!inBuild(source)) continue;
    const tree = parser.parse(source);
    const ctx = { pkg, imports: new Map(), path: join(dir, file), tree };
    pkg.files.push(ctx);
    for (const decl of named(tree.rootNode)) {
      if (decl.type === "package_clause") pkg.name ??= named(decl)[0]?.text;
      else if (decl.type === "import_declaration") readImports(decl, ctx);
      else if (decl.type === "type_declaration") {
        for (const spec of named(decl)) {
          if ((spec.type === "type_spec" || spec.type === "type_alias") && !pkg.types.has(field(spec, "name").text)) {
            pkg.types.set(field(spec, "name").text, { node: field(spec, "type"), ctx, generic: !!field(spec, "type_parameters") });
          }
        }
      } else if (decl.type === "const_declaration") {
        for (const spec of named(decl)) {
          if (spec.type !== "const_spec") continue;
          const names = spec.childrenForFieldName("name");
          const values = field(spec, "value");
          const literals = values ? named(values) : [];
          names.forEach((n, i) => {
            const v = literals[i];
            if (v && (v.type === "interpreted_string_literal" || v.type === "raw_string_literal")) pkg.consts.set(n.text, unquote(v.text));
          });
        }
      } else if (decl.type === "method_declaration") {
        const receiver = named(field(decl, "receiver"))[0];
        let t = receiver && field(receiver, "type");
        while (t && (t.type === "pointer_type" || t.type === "generic_type")) t = t.type === "pointer_type" ? named(t)[0] : field(t, "type");
        if (!t) continue;
        let set = pkg.methods.get(t.text);
        if (!set) pkg.methods.set(t.text, (set = new Set()));
        set.add(field(decl, "name").text);
        if (field(decl, "name").text === "UnmarshalText") pkg.unmarshalText ??= new Map();
        if (field(decl, "name").text === "UnmarshalText") pkg.unmarshalText.set(t.text, { node: decl, ctx });
      }
    }
  }
  return pkg;
}

function readImports(decl, ctx) {
  const specs = [];
  const collect = (n) => {
    for (const c of named(n)) {
      if (c.type === "import_spec") specs.push(c);
      else if (c.type === "import_spec_list") collect(c);
    }
  };
  collect(decl);
  for (const spec of specs) {
    const path = unquote(field(spec, "path").text);
    const alias = field(spec, "name")?.text;
    // Without an alias the local name is the imported package's own name, read when first used.
    ctx.imports.set(alias ?? `\0${path}`, path);
  }
}

/** The import path a package qualifier refers to in a file. */
function resolveQualifier(ctx, qualifier) {
  const aliased = ctx.imports.get(qualifier);
  if (aliased) return aliased;
  for (const [key, path] of ctx.imports) {
    if (!key.startsWith("\0")) continue;
    const last = path.split("/").pop();
    // Cheap guess first (the last path element, minus a major-version suffix), then the real package name.
    const guess = /^v\d+$/.test(last) ? path.split("/").slice(-2, -1)[0] : last;
    if (guess.replace(/[-.]/g, "_") === qualifier || guess === qualifier) return path;
  }
  for (const [key, path] of ctx.imports) {
    if (key.startsWith("\0") && dirOfImport(path) && loadPackage(path).name === qualifier) return path;
  }
  return undefined;
}

// ---------------------------------------------------------------- types -> stored schema

const MAIN_PREFIX = `${MAIN_MODULE}/`;
const shortName = (importPath, name) => `${importPath.startsWith(MAIN_PREFIX) ? importPath.slice(MAIN_PREFIX.length) : importPath}.${name}`;

/** Stored bodies by key, shared by all components (each chunk later takes what it reaches). */
const bodies = new Map();
/** Named type key -> stored value type (memo; cycles go through `bodies`). */
const namedTypes = new Map();

function hasMethod(pkg, typeName, method) {
  return pkg.methods.get(typeName)?.has(method) ?? false;
}

/** The stored value type of a named type, following it across the repository's packages. */
function namedType(importPath, name) {
  const key = shortName(importPath, name);
  if (namedTypes.has(key)) return namedTypes.get(key);
  const foreign = MAPPED_FOREIGN.get(`${importPath}.${name}`);
  if (foreign) return foreign;
  if (!dirOfImport(importPath)) return `opaque:${importPath}.${name}`;
  const pkg = loadPackage(importPath);
  const decl = pkg.types.get(name);
  if (!decl || decl.generic) return `opaque:${key}`;
  let result;
  if (hasMethod(pkg, name, "AlloyCapsule")) {
    result = /alloytypes\.(Secret|OptionalSecret)$/.test(key) ? `secret:${key}` : `capsule:${key}`;
  } else if (hasMethod(pkg, name, "UnmarshalText") || hasMethod(pkg, name, "MarshalText")) {
    const values = pkg.unmarshalText?.get(name) && textValues(pkg.unmarshalText.get(name));
    result = values ? { text: key, ...values } : `text:${key}`;
  } else if (unwrapParens(decl.node).type === "struct_type") {
    // Placeholder first: a struct that contains itself resolves to the same body.
    result = { object: key };
    namedTypes.set(key, result);
    structBody(key, unwrapParens(decl.node), decl.ctx);
    if (bodies.get(key)?.capsuleStruct) result = `capsule:${key}`;
  } else if (hasMethod(pkg, name, "UnmarshalAlloy")) {
    result = `opaque:${key}`;
  } else {
    namedTypes.set(key, `opaque:${key}`);
    result = valueType(decl.node, decl.ctx, key);
  }
  namedTypes.set(key, result);
  return result;
}

function unwrapParens(node) {
  while (node.type === "parenthesized_type") node = named(node)[0];
  return node;
}

/**
 * The values an UnmarshalText accepts, when it is the common enum shape: a
 * `switch` over string constants whose default returns
 * `fmt.Errorf("… %q|%v|%s", x)`, optionally on `strings.ToLower` of the
 * text. Anything else (maps, loops, parsing) stays a plain text type.
 */
function textValues({ node, ctx }) {
  const body = field(node, "body");
  const params = named(field(node, "parameters"))[0];
  const textParam = params && field(params, "name")?.text;
  let switchNode;
  walk(body, (n) => {
    if (!switchNode && n.type === "expression_switch_statement") switchNode = n;
  });
  if (!switchNode || !textParam) return undefined;
  const source = body.text;
  const lower = /strings\.ToLower\(/.test(source);
  if (/strings\.(ToUpper|TrimSpace|Title)|strconv\./.test(source)) return undefined;
  const values = [];
  let error;
  for (const clause of named(switchNode)) {
    if (clause.type === "expression_case") {
      for (const v of named(field(clause, "value") ?? clause).filter((c) => c !== clause)) {
        const text = caseValue(v, ctx);
        if (text === undefined) return undefined;
        values.push(text);
      }
      if (/return\s+fmt\.Errorf|errors\.New/.test(clause.text)) return undefined;
    } else if (clause.type === "default_case") {
      const m = /return\s+fmt\.Errorf\(("(?:[^"\\]|\\.)*"),\s*([^)]*\)?)\s*\)/.exec(clause.text);
      if (!m) return undefined;
      const format = JSON.parse(m[1]);
      const verbs = format.match(/%[a-z]/g) ?? [];
      if (verbs.length !== 1 || !["%q", "%v", "%s"].includes(verbs[0])) return undefined;
      // The argument is the raw text (`text`, `string(text)`) or the switched (maybe lowered) value.
      const arg = m[2].trim();
      const raw = arg === textParam || arg === `string(${textParam})`;
      error = { format, raw };
    }
  }
  if (!error || values.length === 0) return undefined;
  return { values, error: { format: error.format, argument: error.raw ? "text" : lower ? "lowercased" : "text" }, ...(lower && { lowercase: true }) };
}

function caseValue(node, ctx) {
  if (node.type === "interpreted_string_literal" || node.type === "raw_string_literal") return unquote(node.text);
  if (node.type === "identifier") return ctx.pkg.consts.get(node.text);
  if (node.type === "selector_expression") return stringValue(node, ctx);
  // string(Const) or Type("literal")
  if (node.type === "call_expression" || node.type === "type_conversion_expression") {
    const args = named(field(node, "arguments") ?? node).filter((c) => c.type !== "type_identifier" && c !== field(node, "function") && c !== field(node, "type"));
    return args.length === 1 ? caseValue(args[0], ctx) : undefined;
  }
  return undefined;
}

/** The stored value type of a Go type expression. `hint` names anonymous structs. */
function valueType(node, ctx, hint) {
  node = unwrapParens(node);
  switch (node.type) {
    case "type_identifier": {
      const scalar = GO_SCALARS.get(node.text);
      if (scalar && !ctx.pkg.types.has(node.text)) return scalar;
      return namedType(ctx.pkg.importPath, node.text);
    }
    case "qualified_type": {
      const path = resolveQualifier(ctx, field(node, "package").text);
      return path ? namedType(path, field(node, "name").text) : `opaque:${node.text}`;
    }
    case "pointer_type":
      return valueType(named(node)[0], ctx, hint);
    case "slice_type":
    case "array_type":
      return { list: valueType(field(node, "element"), ctx, `${hint}[]`) };
    case "map_type": {
      const key = valueType(field(node, "key"), ctx, hint);
      return key === "string" ? { map: valueType(field(node, "value"), ctx, `${hint}{}`) } : `capsule:${node.text}`;
    }
    case "interface_type":
      return named(node).length === 0 ? "any" : `capsule:${node.text.replace(/\s+/g, " ")}`;
    case "struct_type":
      structBody(hint, node, ctx);
      return bodies.get(hint)?.capsuleStruct ? `capsule:${hint}` : { object: hint };
    case "function_type":
    case "channel_type":
      return `capsule:${node.type}`;
    default:
      return `opaque:${node.text}`;
  }
}

/** Parses `alloy:"name,kind,optional"`. */
function alloyTag(tagNode) {
  if (!tagNode) return undefined;
  const m = /(?:^|\s)alloy:"([^"]*)"/.exec(unquote(tagNode.text));
  if (!m || m[1] === "-") return undefined;
  const [name, kind = "", ...flags] = m[1].split(",");
  return { name, kind, optional: flags.includes("optional") };
}

/** The struct type a block field decodes into, or a map body, or opaque. */
function blockBody(typeNode, ctx, hint) {
  let node = unwrapParens(typeNode);
  let repeatable = false;
  /** A Go array `[N]T` of blocks: typecheck's checkStructBlock wants exactly N of them. */
  let count;
  for (;;) {
    if (node.type === "pointer_type") node = named(node)[0];
    else if (node.type === "slice_type" || node.type === "array_type") {
      repeatable = true;
      if (node.type === "array_type" && count === undefined) {
        const length = field(node, "length")?.text;
        if (length && /^\d+$/.test(length)) count = Number(length);
      }
      node = field(node, "element");
    } else break;
    node = unwrapParens(node);
  }
  const type = valueType(node, ctx, hint);
  if (typeof type === "object" && "object" in type) return { key: type.object, repeatable, ...(count !== undefined && { count }) };
  // A slice-typed named type (e.g. `type Rules []*Config`) is still a repeatable block.
  if (typeof type === "object" && "list" in type && typeof type.list === "object" && "object" in type.list) return { key: type.list.object, repeatable: true };
  if (typeof type === "object" && "map" in type) {
    const key = `${hint}{}`;
    bodies.set(key, { open: type.map });
    return { key, repeatable };
  }
  const key = `${hint}?`;
  bodies.set(key, { opaque: true });
  return { key, repeatable };
}

/**
 * Reads a struct's tagged fields into bodies[key], as Alloy's tagcache does:
 * squash inlines the embedded struct's fields, enum fields contribute the
 * blocks of their element type, a label field marks the block as labeled.
 */
function structBody(key, structNode, ctx) {
  if (bodies.has(key)) return bodies.get(key);
  // fields: attribute and block names in Go field order (syntaxtags.Get, squashed fields in place).
  const body = { attributes: [], blocks: [], fields: [] };
  bodies.set(key, body);
  let tagged = 0;
  for (const decl of named(named(structNode)[0] ?? structNode)) {
    if (decl.type !== "field_declaration") continue;
    const tag = alloyTag(field(decl, "tag"));
    if (!tag) continue;
    tagged++;
    const typeNode = field(decl, "type");
    const goName = decl.childrenForFieldName("name")[0]?.text ?? typeNode.text.replace(/^\*/, "").split(".").pop();
    const hint = `${key}.${goName}`;
    if (tag.kind === "label") {
      body.label = true;
    } else if (tag.kind === "squash") {
      const inner = valueType(typeNode, ctx, hint);
      const innerKey = typeof inner === "object" && "object" in inner ? inner.object : undefined;
      const innerBody = innerKey && bodies.get(innerKey);
      if (!innerBody || innerBody.opaque || innerBody.capsuleStruct) {
        body.opaque = true;
        continue;
      }
      if (innerBody.pending) {
        // A squash cycle cannot happen in valid Go; be safe.
        body.opaque = true;
        continue;
      }
      body.attributes.push(...(innerBody.attributes ?? []));
      body.blocks.push(...(innerBody.blocks ?? []));
      body.fields.push(...(innerBody.fields ?? []));
      if (innerBody.label) body.label = true;
      if (innerBody.opaque) body.opaque = true;
    } else if (tag.kind === "enum") {
      // Expanded once every body is read: the element type may contain this struct (stage.match holds stages).
      const { key: elementKey } = blockBody(typeNode, ctx, hint);
      (body.enums ??= []).push({ name: tag.name, key: elementKey });
    } else if (tag.kind === "block") {
      const { key: blockKey, repeatable, count } = blockBody(typeNode, ctx, hint);
      const inner = bodies.get(blockKey);
      body.blocks.push({
        name: tag.name,
        body: blockKey,
        ...(!tag.optional && { required: true }),
        ...(repeatable && { repeatable: true }),
        ...(count !== undefined && { count }),
        ...(inner?.label && { label: true }),
      });
      body.fields.push(tag.name);
    } else if (tag.kind === "attr") {
      body.attributes.push({ name: tag.name, type: valueType(typeNode, ctx, hint), ...(!tag.optional && { required: true }) });
      body.fields.push(tag.name);
    }
  }
  // A struct without alloy tags is a capsule to Alloy (value.AlloyType).
  if (tagged === 0) body.capsuleStruct = true;
  return body;
}

// ---------------------------------------------------------------- registrations

/** The value of a keyed element in a composite literal body. */
function keyedValues(literal) {
  const out = new Map();
  const bodyNode = field(literal, "body");
  for (const el of bodyNode ? named(bodyNode) : []) {
    if (el.type !== "keyed_element") continue;
    const [k, v] = named(el);
    if (k && v) out.set(k.text, named(v)[0] ?? v);
  }
  return out;
}

function stringValue(node, ctx) {
  if (!node) return undefined;
  if (node.type === "interpreted_string_literal" || node.type === "raw_string_literal") return unquote(node.text);
  if (node.type === "identifier") return ctx.pkg.consts.get(node.text);
  if (node.type === "selector_expression") {
    const path = resolveQualifier(ctx, field(node, "operand").text);
    return path ? loadPackage(path).consts.get(field(node, "field").text) : undefined;
  }
  return undefined;
}

/** The Go type of `Arguments{}`, `&Arguments{}` or `pkg.Arguments{}`; undefined for nil. */
function literalType(node) {
  if (!node) return undefined;
  if (node.type === "unary_expression") node = field(node, "operand");
  if (node.type === "composite_literal") return field(node, "type");
  return undefined;
}

function walk(node, visit) {
  visit(node);
  for (const c of named(node)) walk(c, visit);
}

function findLiterals(typeSuffix) {
  const out = [];
  const grep = execFileSync("grep", ["-rl", "--include=*.go", typeSuffix, join(SRC, "internal")], { encoding: "utf8" });
  for (const file of grep.split("\n").filter((f) => f && !f.endsWith("_test.go"))) {
    const pkg = loadPackage(importOfDir(dirname(file)));
    const ctx = pkg.files.find((f) => f.path === file);
    if (!ctx) continue;
    walk(ctx.tree.rootNode, (n) => {
      if (n.type === "composite_literal" && field(n, "type")?.text === typeSuffix) out.push({ node: n, ctx });
    });
  }
  return out;
}

const components = new Map();

/** Packages linked into the alloy binary (internal/component/all): test-only components are left out. */
const linked = new Set(
  [...readFileSync(join(SRC, "internal/component/all/all.go"), "utf8").matchAll(/^\s*_\s+"([^"]+)"/gm)].map((m) => m[1]),
);

for (const { node, ctx } of findLiterals("component.Registration")) {
  if (!linked.has(ctx.pkg.importPath)) continue;
  const values = keyedValues(node);
  const name = stringValue(values.get("Name"), ctx);
  if (!name) {
    console.warn(`! ${relative(SRC, ctx.path)}: registration name not a constant`);
    continue;
  }
  const argsType = literalType(values.get("Args"));
  const exportsType = literalType(values.get("Exports"));
  const hint = shortName(ctx.pkg.importPath, name);
  components.set(name, {
    kind: "component",
    labeled: true,
    arguments: argsType ? bodyKeyOf(valueType(argsType, ctx, `${hint}#args`), `${hint}#args`) : emptyBody(),
    exports: exportsType ? exportAttributes(valueType(exportsType, ctx, `${hint}#exports`)) : [],
    goPackage: ctx.pkg.importPath,
    docsPath: `components/${name.split(".")[0]}/${name}`,
  });
}

for (const b of BUILTINS) {
  const importPath = `${MAIN_MODULE}/${b.pkg}`;
  components.set(b.name, {
    kind: "builtin",
    labeled: b.labeled,
    arguments: bodyKeyOf(namedType(importPath, b.type), shortName(importPath, b.type)),
    exports: [],
    goPackage: importPath,
    docsPath: b.docs,
  });
}

for (const { node, ctx } of findLiterals("service.Definition")) {
  const values = keyedValues(node);
  const name = stringValue(values.get("Name"), ctx);
  const configType = literalType(values.get("ConfigType"));
  if (!name || !configType) continue;
  const hint = shortName(ctx.pkg.importPath, `${name}#config`);
  components.set(name, {
    kind: "builtin",
    labeled: false,
    arguments: bodyKeyOf(valueType(configType, ctx, hint), hint),
    exports: [],
    goPackage: ctx.pkg.importPath,
    docsPath: `config-blocks/${name}`,
  });
}

function emptyBody() {
  bodies.set("#empty", { attributes: [], blocks: [] });
  return "#empty";
}

function bodyKeyOf(type, hint) {
  if (typeof type === "object" && "object" in type) return type.object;
  if (typeof type === "object" && "map" in type) {
    bodies.set(hint, { open: type.map });
    return hint;
  }
  bodies.set(hint, { opaque: true });
  return hint;
}

function exportAttributes(type) {
  if (!(typeof type === "object" && "object" in type)) return [];
  const body = bodies.get(type.object);
  if (!body || body.opaque) return [];
  // Exports are read, never written: "required" means nothing for them.
  return (body.attributes ?? []).map(({ required: _required, ...a }) => a);
}

/** tagcache names an enum block "<enum name>.<block name>" (loki.process: stage.json); each may repeat. */
function expandEnums() {
  for (const body of bodies.values()) {
    for (const { name, key } of body.enums ?? []) {
      const element = bodies.get(key);
      if (!element || element.opaque || element.capsuleStruct) {
        body.opaque = true;
        continue;
      }
      for (const b of element.blocks ?? []) body.blocks.push({ ...b, name: `${name}.${b.name}`, required: undefined, repeatable: true, enumGroup: name });
    }
    delete body.enums;
  }
}
expandEnums();

// ---------------------------------------------------------------- docs cross-check

const disagreements = [];
const docsRoot = join(SRC, "docs/sources/reference");

function docsTables(markdown) {
  /** Sections by heading text (backticks removed), each with its table rows. */
  const sections = [];
  let current = { heading: "", level: 1, rows: [], header: undefined, paragraphs: [] };
  sections.push(current);
  for (const line of markdown.split("\n")) {
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      current = { heading: h[2].replace(/`/g, "").trim(), level: h[1].length, rows: [], header: undefined, paragraphs: [] };
      sections.push(current);
      continue;
    }
    if (line.startsWith("|")) {
      const cells = line
        .slice(1, line.endsWith("|") ? -1 : undefined)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (!current.header) current.header = cells.map((c) => c.toLowerCase());
      else if (current.header[0] === "name" || current.header[0] === "block") current.rows.push(cells);
      continue;
    }
    current.header = current.header && line.trim() === "" ? current.header : current.header;
    if (line.trim() && !line.startsWith("{{") && !line.startsWith("<")) current.paragraphs.push(line.trim());
  }
  return sections;
}

const cellName = (cell) => cell.replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, "").trim();
const cleanText = (cell) =>
  cell
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<br\s*\/?>/g, " ")
    .trim();

/** Attaches docs descriptions/defaults and records where docs and code disagree. */
function crossCheck(name, component) {
  const file = join(docsRoot, `${component.docsPath}.md`);
  if (!existsSync(file)) {
    if (component.kind === "component") disagreements.push(`${name}: no reference page (${relative(SRC, file)})`);
    return;
  }
  component.docsUrl = `${DOCS_URL}/${component.docsPath}/`;
  const sections = docsTables(readFileSync(file, "utf8"));
  const title = sections.find((s) => s.level === 1 && s.heading === name);
  const summary = title?.paragraphs.find((p) => !p.startsWith("---") && !/^[a-z_]+:/.test(p));
  if (summary) component.summary = cleanText(summary).split(/(?<=\.)\s/)[0];

  const args = bodies.get(component.arguments);
  const argSection = sections.find((s) => s.level === 2 && s.heading === "Arguments");
  if (args && !args.opaque && argSection) compareAttributes(`${name}`, argSection.rows, args.attributes ?? [], true);
  const exportSection = sections.find((s) => s.level === 2 && /^Exported fields$/i.test(s.heading));
  if (exportSection && component.kind === "component") compareAttributes(`${name} exports`, exportSection.rows, component.exports, false);

  // Block tables: "Block" column holds a path `a` > `b`; compare presence and required.
  const blockSection = sections.find((s) => s.level === 2 && s.heading === "Blocks");
  if (args && !args.opaque && blockSection) {
    for (const row of blockSection.rows) {
      const path = row[0].split(">").map(cellName).filter(Boolean);
      let body = args;
      let block;
      for (const segment of path) {
        block = body?.blocks?.find((b) => b.name === segment);
        body = block && bodies.get(block.body);
      }
      if (!block) {
        disagreements.push(`${name}: docs list block ${path.join(" > ")}, the code has no such block`);
        continue;
      }
      const required = /^yes/i.test(row[row.length - 1]);
      if (required !== !!block.required && path.length === 1) {
        disagreements.push(`${name}: block ${path.join(" > ")} is ${block.required ? "required" : "optional"} in code, docs say ${required ? "required" : "optional"}`);
      }
    }
    // Attribute tables of block sections (### `name`), matched by the block's own name.
    for (const section of sections.filter((s) => s.level === 3 && s.rows.length > 0)) {
      for (const blockKey of findBlockBodies(args, section.heading)) {
        const blockBodyRef = bodies.get(blockKey);
        if (blockBodyRef && !blockBodyRef.opaque) annotate(blockBodyRef.attributes ?? [], section.rows);
      }
    }
  }
}

function findBlockBodies(body, name, seen = new Set()) {
  const out = [];
  for (const b of body.blocks ?? []) {
    if (seen.has(b.body)) continue;
    seen.add(b.body);
    if (b.name === name) out.push(b.body);
    const inner = bodies.get(b.body);
    if (inner && !inner.opaque) out.push(...findBlockBodies(inner, name, seen));
  }
  return out;
}

function columns(rows) {
  return rows.map((r) => ({ name: cellName(r[0]), type: cellName(r[1] ?? ""), description: cleanText(r[2] ?? ""), default: r[3], required: r[4] }));
}

function annotate(attributes, rows) {
  const docs = new Map(columns(rows).map((c) => [c.name, c]));
  for (const a of attributes) {
    const d = docs.get(a.name);
    if (!d) continue;
    if (d.description && !a.description) a.description = d.description;
    const def = d.default?.replace(/`/g, "").trim();
    if (def && a.default === undefined && !a.required) a.default = def;
  }
}

function compareAttributes(where, rows, attributes, withRequired) {
  const docs = columns(rows);
  const code = new Map(attributes.map((a) => [a.name, a]));
  for (const d of docs) {
    const a = code.get(d.name);
    if (!a) {
      disagreements.push(`${where}: docs list "${d.name}", the code has no such attribute`);
      continue;
    }
    if (withRequired && d.required !== undefined) {
      const docRequired = /^yes/i.test(d.required);
      if (docRequired !== !!a.required) disagreements.push(`${where}: "${d.name}" is ${a.required ? "required" : "optional"} in code, docs say ${docRequired ? "required" : "optional"}`);
    }
  }
  const documented = new Set(docs.map((d) => d.name));
  for (const a of attributes) if (!documented.has(a.name)) disagreements.push(`${where}: "${a.name}" is in the code but not in the docs`);
  annotate(attributes, rows);
}

for (const [name, component] of [...components].sort(([a], [b]) => (a < b ? -1 : 1))) crossCheck(name, component);

// ---------------------------------------------------------------- output

/** Bodies reachable from a set of keys (through blocks, object attributes, lists and maps). */
function reachable(keys) {
  const out = new Set();
  const visitType = (t) => {
    if (typeof t !== "object") return;
    if ("object" in t) visitBody(t.object);
    else if ("list" in t) visitType(t.list);
    else if ("map" in t) visitType(t.map);
  };
  const visitBody = (key) => {
    if (out.has(key)) return;
    out.add(key);
    const b = bodies.get(key);
    if (!b) return;
    for (const a of b.attributes ?? []) visitType(a.type);
    for (const blk of b.blocks ?? []) visitBody(blk.body);
    if (b.open !== undefined) visitType(b.open);
  };
  for (const k of keys) visitBody(k);
  return out;
}

function bodyKeysOfType(t) {
  if (typeof t !== "object") return [];
  if ("object" in t) return [t.object];
  return bodyKeysOfType("list" in t ? t.list : t.map);
}

function storedBody(key) {
  const b = bodies.get(key);
  if (!b || b.opaque) return { opaque: true };
  const out = {};
  if (b.attributes?.length) out.attributes = b.attributes;
  if (b.blocks?.length) out.blocks = b.blocks.map(({ required, repeatable, count, label, enumGroup, ...rest }) => ({ ...rest, ...(required && { required }), ...(repeatable && { repeatable }), ...(count !== undefined && { count }), ...(label && { label }), ...(enumGroup && { enumGroup }) }));
  if (b.open !== undefined) out.open = b.open;
  // typecheck's block() reports missing required fields in Go field order, attributes and blocks interleaved.
  // Stored only where that differs from "attributes, then blocks" (the order the two lists already give).
  const required = new Set([...(b.attributes ?? []), ...(b.blocks ?? [])].filter((f) => f.required).map((f) => f.name));
  const requiredOrder = (b.fields ?? []).filter((n) => required.has(n));
  const listed = [...(b.attributes ?? []), ...(b.blocks ?? [])].filter((f) => f.required).map((f) => f.name);
  if (requiredOrder.join() !== listed.join()) out.requiredOrder = requiredOrder;
  return out;
}

/** Chunk of a component: its first two name segments (otelcol.receiver, prometheus.scrape), so a file reads little; builtins share one. */
const chunkOf = (name, component) => (component.kind === "builtin" ? "builtin" : name.split(".").slice(0, 2).join("."));

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const index = { alloy: { repository: REPOSITORY, ref: PIN }, components: {}, builtins: [] };
const chunks = new Map();
for (const [name, component] of [...components].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const chunk = chunkOf(name, component);
  index.components[name] = chunk;
  if (component.kind === "builtin") index.builtins.push(name);
  if (!chunks.has(chunk)) chunks.set(chunk, { components: {}, keys: new Set() });
  const c = chunks.get(chunk);
  const { docsPath: _docsPath, ...stored } = component;
  if (stored.exports.length === 0) delete stored.exports;
  c.components[name] = stored;
  c.keys.add(component.arguments);
  for (const e of component.exports ?? []) for (const key of bodyKeysOfType(e.type)) c.keys.add(key);
}
let total = 0;
for (const [chunk, c] of [...chunks].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const types = {};
  for (const key of [...reachable(c.keys)].sort()) types[key] = storedBody(key);
  const text = `${JSON.stringify({ components: c.components, types })}\n`;
  total += text.length;
  writeFileSync(join(OUT_DIR, `${chunk}.json`), text);
}
writeFileSync(join(OUT_DIR, "index.json"), `${JSON.stringify(index, null, 2)}\n`);

const report = [
  `# Alloy reference docs vs code at ${PIN}`,
  "",
  "Generated by scripts/refresh-component-schemas.mjs. The catalog follows the code; these are the places the docs' tables disagree with it.",
  "",
  ...disagreements.map((d) => `- ${d}`),
].join("\n");
writeFileSync(join(OUT_DIR, "docs-vs-code.md"), `${report}\n`);
if (reportFile) writeFileSync(reportFile, `${report}\n`);
console.log(
  `${components.size} schemas (${index.builtins.length} builtin) in ${chunks.size} chunks, ${(total / 1024).toFixed(0)} KiB; ${disagreements.length} docs/code disagreements (see ${relative(REPO_ROOT, OUT_DIR)}/docs-vs-code.md)`,
);
