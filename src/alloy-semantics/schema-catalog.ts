/**
 * The component schema catalog (data/alloy-component-schemas/): what every
 * registered component and builtin block of the pinned Alloy commit accepts
 * and exports, generated from Alloy's Go source by
 * scripts/refresh-component-schemas.mjs. The data is split into chunks by
 * the first two name segments and read on first use, so a file that only
 * uses `prometheus.scrape` never parses the `otelcol.*` schemas.
 *
 * Pure data access: no rule logic here (see body-check.ts for the decoder).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { nearestName } from "../core/did-you-mean.js";

/**
 * The type of an attribute value, as Alloy's decoder sees the Go field.
 * `text` values are strings the field parses itself (encoding.TextUnmarshaler,
 * e.g. durations, byte sizes, enums); `secret` is alloytypes.Secret (a string
 * or a secret); `opaque` is a Go type from another module or a capsule whose
 * conversions the catalog does not know: nothing about its values is checked.
 */
export type ValueType =
  | { kind: "string" | "number" | "bool" | "any" }
  | { kind: "text"; goType: string; enum?: TextEnum }
  | { kind: "secret" | "opaque" | "capsule"; goType: string }
  | { kind: "list"; element: ValueType }
  | { kind: "map"; element: ValueType }
  | { kind: "object"; readonly body: BodySchema };

/** The values a text type's UnmarshalText accepts, read from its `switch`, and the error it gives otherwise. */
export interface TextEnum {
  values: readonly string[];
  /** The value is lowercased before it is compared. */
  caseInsensitive: boolean;
  /** The Go format of the error (one %q, %v or %s verb) and what it formats: the text as written, or lowercased. */
  error: { format: string; argument: "text" | "lowercased" };
}

export interface AttributeSchema {
  name: string;
  type: ValueType;
  required: boolean;
  /** The default as the docs state it (Alloy syntax), when they state one. */
  default?: string;
  /** One-line description from the docs' argument table, when documented. */
  description?: string;
}

export interface BlockSchema {
  name: string;
  required: boolean;
  /** May appear more than once (a slice of blocks). */
  repeatable: boolean;
  /** A Go array `[N]T` of blocks: it must appear exactly N times when it appears (typecheck checkStructBlock). */
  count?: number;
  /** Member of an enum block group (`alloy:",enum"`): the group's field name. */
  enumGroup?: string;
  /** Block label: "required" for labeled blocks (`alloy:",label"`). */
  label?: "required";
  readonly body: BodySchema;
  description?: string;
}

export interface BodySchema {
  /** The Go type the body decodes into (package path + name), for hover and debugging. */
  goType?: string;
  attributes: ReadonlyMap<string, AttributeSchema>;
  blocks: ReadonlyMap<string, BlockSchema>;
  /** A map-shaped body (map[string]T): any attribute name is accepted, no blocks. */
  open?: { element: ValueType };
  /** The body's type is not known to the catalog: nothing inside is checked. */
  opaque?: boolean;
  /**
   * Required attribute and block names in Go field order, where that is not
   * "attributes, then blocks": the order typecheck reports missing ones in.
   */
  requiredOrder?: readonly string[];
}

export interface ComponentSchema {
  /** Block name, e.g. `prometheus.scrape`, `logging`, `import.git`. */
  name: string;
  /** Registered component or builtin block (config block, import, declare, …). */
  kind: "component" | "builtin";
  /** Whether the block takes a label (every component does; `logging` does not). */
  labeled: boolean;
  arguments: BodySchema;
  /** Exported fields, readable as `<name>.<label>.<field>`. */
  exports: ReadonlyMap<string, AttributeSchema>;
  /** Go package that registers it, for hover and debugging. */
  goPackage?: string;
  docsUrl?: string;
  /** First sentence of the component's reference page. */
  summary?: string;
}

export interface SchemaCatalog {
  /** The Alloy commit the schemas were generated from. */
  alloyRef: string;
  /** Every registered component name, sorted. */
  componentNames(): readonly string[];
  /** Builtin block names that take a schema (logging, import.git, foreach, …), sorted. */
  builtinNames(): readonly string[];
  /** The schema of a registered component or builtin block; undefined if unknown. */
  component(name: string): ComponentSchema | undefined;
  /** The body schema at a path of nested block names inside a component, e.g. ["endpoint", "basic_auth"]. */
  nestedBody(component: string, path: readonly string[]): BodySchema | undefined;
  /** The closest name among `candidates` when close enough to be a likely typo. */
  suggest(name: string, candidates: Iterable<string>): string | undefined;
}

// ---- stored format (see scripts/refresh-component-schemas.mjs) ----

/** A type as stored: a scalar name, "opaque:<go>", "text:<go>", "secret:<go>", "capsule:<go>", or a composite. */
type StoredType =
  | string
  | { list: StoredType }
  | { map: StoredType }
  | { object: string }
  | { text: string; values: string[]; lowercase?: true; error: TextEnum["error"] };

interface StoredAttribute {
  name: string;
  type: StoredType;
  required?: true;
  default?: string;
  description?: string;
}

interface StoredBlock {
  name: string;
  /** Key of the body type in the chunk's `types`. */
  body: string;
  required?: true;
  repeatable?: true;
  count?: number;
  enumGroup?: string;
  label?: true;
  description?: string;
}

interface StoredBody {
  attributes?: StoredAttribute[];
  blocks?: StoredBlock[];
  open?: StoredType;
  opaque?: true;
  requiredOrder?: string[];
}

interface StoredComponent {
  kind: "component" | "builtin";
  labeled: boolean;
  /** Key of the arguments body in `types`. */
  arguments: string;
  exports?: StoredAttribute[];
  goPackage?: string;
  docsUrl?: string;
  summary?: string;
}

interface StoredChunk {
  components: Record<string, StoredComponent>;
  types: Record<string, StoredBody>;
}

interface StoredIndex {
  alloy: { repository: string; ref: string };
  /** Component or builtin name -> chunk file (without .json). */
  components: Record<string, string>;
  builtins: string[];
}

const DATA_DIR = "data/alloy-component-schemas";

/** The package root holding the data, found from this module (src/ in tests, dist/src/ when built). */
function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, DATA_DIR);
    if (existsSync(join(candidate, "index.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`component schema data not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

class Chunk {
  private readonly bodies = new Map<string, BodySchema>();
  private readonly schemas = new Map<string, ComponentSchema>();

  private readonly stored: StoredChunk;

  constructor(stored: StoredChunk) {
    this.stored = stored;
  }

  component(name: string): ComponentSchema | undefined {
    const cached = this.schemas.get(name);
    if (cached) return cached;
    const c = this.stored.components[name];
    if (!c) return undefined;
    const schema: ComponentSchema = {
      name,
      kind: c.kind,
      labeled: c.labeled,
      arguments: this.body(c.arguments),
      exports: new Map((c.exports ?? []).map((a) => [a.name, this.attribute(a)])),
      ...(c.goPackage && { goPackage: c.goPackage }),
      ...(c.docsUrl && { docsUrl: c.docsUrl }),
      ...(c.summary && { summary: c.summary }),
    };
    this.schemas.set(name, schema);
    return schema;
  }

  /** Resolves a stored body by key; memoised, so recursive Go types become cyclic object graphs. */
  body(key: string): BodySchema {
    const cached = this.bodies.get(key);
    if (cached) return cached;
    const stored = this.stored.types[key] as StoredBody | undefined;
    const attributes = new Map<string, AttributeSchema>();
    const blocks = new Map<string, BlockSchema>();
    const body: BodySchema = { goType: key, attributes, blocks };
    this.bodies.set(key, body);
    if (!stored || stored.opaque) {
      body.opaque = true;
      return body;
    }
    for (const a of stored.attributes ?? []) attributes.set(a.name, this.attribute(a));
    for (const b of stored.blocks ?? []) blocks.set(b.name, this.block(b));
    if (stored.open !== undefined) body.open = { element: this.type(stored.open) };
    if (stored.requiredOrder) body.requiredOrder = stored.requiredOrder;
    return body;
  }

  private attribute(a: StoredAttribute): AttributeSchema {
    return {
      name: a.name,
      type: this.type(a.type),
      required: a.required === true,
      ...(a.default !== undefined && { default: a.default }),
      ...(a.description && { description: a.description }),
    };
  }

  private block(b: StoredBlock): BlockSchema {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter resolves lazily against this chunk
    const chunk = this;
    return {
      name: b.name,
      required: b.required === true,
      repeatable: b.repeatable === true,
      ...(b.count !== undefined && { count: b.count }),
      ...(b.enumGroup && { enumGroup: b.enumGroup }),
      ...(b.label && { label: "required" as const }),
      ...(b.description && { description: b.description }),
      get body() {
        return chunk.body(b.body);
      },
    };
  }

  private type(t: StoredType): ValueType {
    if (typeof t === "string") {
      const colon = t.indexOf(":");
      if (colon === -1) {
        if (t === "string" || t === "number" || t === "bool" || t === "any") return { kind: t };
        return { kind: "opaque", goType: t };
      }
      const kind = t.slice(0, colon);
      const goType = t.slice(colon + 1);
      if (kind === "text" || kind === "secret" || kind === "capsule") return { kind, goType };
      return { kind: "opaque", goType };
    }
    if ("text" in t) return { kind: "text", goType: t.text, enum: { values: t.values, caseInsensitive: t.lowercase === true, error: t.error } };
    if ("list" in t) return { kind: "list", element: this.type(t.list) };
    if ("map" in t) return { kind: "map", element: this.type(t.map) };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter resolves lazily against this chunk
    const chunk = this;
    const key = t.object;
    return {
      kind: "object",
      get body() {
        return chunk.body(key);
      },
    };
  }
}

function buildCatalog(dataDir: string): SchemaCatalog {
  const index = JSON.parse(readFileSync(join(dataDir, "index.json"), "utf8")) as StoredIndex;
  const chunks = new Map<string, Chunk>();
  const builtins = new Set(index.builtins);
  const componentNames = Object.keys(index.components)
    .filter((n) => !builtins.has(n))
    .sort();
  const builtinNames = [...builtins].sort();

  const chunkOf = (name: string): Chunk | undefined => {
    const file = index.components[name] as string | undefined;
    if (!file) return undefined;
    let chunk = chunks.get(file);
    if (!chunk) {
      chunk = new Chunk(JSON.parse(readFileSync(join(dataDir, `${file}.json`), "utf8")) as StoredChunk);
      chunks.set(file, chunk);
    }
    return chunk;
  };

  const component = (name: string) => chunkOf(name)?.component(name);

  return {
    alloyRef: index.alloy.ref,
    componentNames: () => componentNames,
    builtinNames: () => builtinNames,
    component,
    nestedBody(name, path) {
      let body = component(name)?.arguments;
      for (const segment of path) body = body?.blocks.get(segment)?.body;
      return body;
    },
    suggest: (name, candidates) => nearestName(name, [...candidates]),
  };
}

let catalog: SchemaCatalog | undefined;

/** The bundled schema catalog; the index is read on first call, each chunk on first use. */
export function schemaCatalog(): SchemaCatalog {
  catalog ??= buildCatalog(findDataDir());
  return catalog;
}

/** A catalog over another data directory (tests, or a refreshed copy before it is committed). */
export function loadSchemaCatalog(dataDir: string): SchemaCatalog {
  return buildCatalog(dataDir);
}
