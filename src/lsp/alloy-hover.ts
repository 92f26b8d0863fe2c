/**
 * Hover in Alloy files: a component's stability, summary and reference page;
 * an attribute's or nested block's type, whether it is required and its
 * default; what a reference resolves to and where it is defined.
 */
import type { Block } from "../../grammar/alloy/ast.js";
import { blockId, blockName } from "../alloy-semantics/blocks.js";
import { componentCatalog } from "../alloy-semantics/catalog.js";
import { schemaCatalog } from "../alloy-semantics/schema-catalog.js";
import type { TextRange } from "../core/source.js";
import type { AlloyModel, Reference } from "./alloy-model.js";
import { bodyContext, typeName } from "./schema-lookup.js";
import { STDLIB, stdlibDocsUrl, stdlibStability } from "./stdlib-docs.js";

export interface HoverText {
  markdown: string;
  range: TextRange;
}

/** How the hover names a place in the same file. */
export type LineOf = (offset: number) => number;

export function alloyHover(model: AlloyModel, offset: number, lineOf: LineOf): HoverText | undefined {
  const header = model.headerAt(offset);
  if (header?.part === "name") {
    const block = header.block;
    return { markdown: blockHover(model, block, lineOf), range: { start: block.nameStart.offset, end: block.nameEnd.offset } };
  }
  const attribute = model.attributeNameAt(offset);
  if (attribute?.type === "Attribute") {
    const text = attributeHover(model, attribute.name.start.offset, attribute.name.name, lineOf);
    if (text) return { markdown: text, range: { start: attribute.name.start.offset, end: attribute.name.end.offset } };
  }
  const at = model.referenceAt(offset);
  if (at) {
    const text = referenceHover(model.text, at.reference, lineOf);
    if (text) return { markdown: text, range: at.reference.range };
  }
  return undefined;
}

function blockHover(model: AlloyModel, block: Block, lineOf: LineOf): string {
  const name = blockName(block);
  const path = model.blockPath(block.lcurly.offset + 1);
  const parents = path.blocks.slice(0, path.blocks.indexOf(block));
  const parent = parents.at(-1);
  // A nested block inside a component: its schema entry.
  if (parent && blockName(parent) !== "declare") {
    const outer = bodyContext({ blocks: parents, scope: path.scope });
    const schema = outer?.body?.blocks.get(name);
    if (!outer?.body) return `**${name}** block`;
    const where = [outer.componentName, ...outer.path].join(" > ");
    if (!schema) return `**${name}**: not a block of \`${where}\`.`;
    const facts = [schema.required ? "required" : "optional", schema.repeatable ? "may be repeated" : "at most once"];
    return [`**${name}** block in \`${where}\``, schema.description ?? "", facts.join(", ")].filter(Boolean).join("\n\n");
  }
  const custom = path.scope.declares.get(name);
  if (custom) {
    const args = [...(model.scopeOf(custom)?.arguments.keys() ?? [])];
    return [
      `**${name}** — custom component`,
      `Defined by \`declare "${name}"\` on line ${lineOf(custom.start.offset)}.`,
      args.length ? `Arguments: ${args.map((a) => `\`${a}\``).join(", ")}` : "No arguments.",
    ].join("\n\n");
  }
  const schema = schemaCatalog().component(name);
  const info = componentCatalog().get(name);
  const lines = [`**${name}**${schema?.kind === "builtin" ? " — configuration block" : ""}`];
  if (info) lines.push(`Stability: ${info.stability}${info.removed ? " (removed from Alloy)" : ""}${info.community ? " (community component)" : ""}`);
  if (schema?.summary) lines.push(schema.summary);
  if (schema && schema.exports.size > 0) lines.push(`Exports: ${[...schema.exports.keys()].map((e) => `\`${e}\``).join(", ")}`);
  if (schema?.docsUrl) lines.push(`[Reference](${schema.docsUrl})`);
  if (!schema && !info) lines.push("Unknown to the component catalog of this fleetlint version.");
  if (block.label) {
    const uses = model.referencesTo(block).length;
    lines.push(`\`${blockId(block)}\` is referenced ${uses === 1 ? "once" : `${uses} times`} in this file.`);
  }
  return lines.join("\n\n");
}

function attributeHover(model: AlloyModel, offset: number, name: string, lineOf: LineOf): string | undefined {
  const context = bodyContext(model.blockPath(offset));
  if (!context) return undefined;
  if (context.declare) {
    const argument = model.scopeOf(context.declare)?.arguments.get(name);
    if (!argument) return `**${name}**: \`${context.componentName}\` declares no argument \`${name}\`.`;
    return argumentText(model.text, argument, `argument of \`${context.componentName}\``, lineOf);
  }
  const where = [context.componentName, ...context.path].join(" > ");
  if (!context.body) return undefined;
  if (context.body.open) return `**${name}**: \`${typeName(context.body.open.element)}\` (any key is accepted in \`${where}\`)`;
  const schema = context.body.attributes.get(name);
  if (!schema) return context.body.opaque ? undefined : `**${name}**: not an argument of \`${where}\`.`;
  const lines = [`**${name}**: \`${typeName(schema.type)}\` — ${schema.required ? "required" : "optional"}`];
  if (schema.default !== undefined) lines.push(`Default: \`${schema.default}\``);
  if (schema.description) lines.push(schema.description);
  lines.push(`In \`${where}\`.`);
  return lines.join("\n\n");
}

function argumentText(text: string, argument: Block, what: string, lineOf: LineOf): string {
  const label = argument.label?.value ?? "";
  const lines = [`**${label}** — ${what}, declared on line ${lineOf(argument.start.offset)}`];
  for (const stmt of argument.body) {
    if (stmt.type !== "Attribute") continue;
    const key = stmt.name.name;
    if (key === "optional" || key === "default" || key === "comment") lines.push(`${key}: \`${text.slice(stmt.value.start.offset, stmt.value.end.offset)}\``);
  }
  return lines.join("\n\n");
}

function referenceHover(text: string, reference: Reference, lineOf: LineOf): string | undefined {
  const resolution = reference.resolution;
  const written = reference.traversal.map((p) => p.name).join(".");
  switch (resolution.kind) {
    case "component": {
      const name = blockName(resolution.block);
      const header = `\`${written}\` → \`${name} "${resolution.block.label?.value ?? ""}"\` on line ${lineOf(resolution.block.start.offset)}`;
      if (!resolution.exportName) return header;
      const custom = reference.scope.declares.get(name);
      if (custom) return `${header}\n\nExport \`${resolution.exportName}\` of the custom component \`${name}\`.`;
      const exported = schemaCatalog().component(name)?.exports.get(resolution.exportName);
      if (!exported) return `${header}\n\n\`${name}\` has no export \`${resolution.exportName}\`.`;
      return [header, `Export \`${resolution.exportName}\`: \`${typeName(exported.type)}\``, exported.description ?? ""].filter(Boolean).join("\n\n");
    }
    case "argument":
      return `\`${written}\` → ${argumentText(text, resolution.block, "argument of this module", lineOf)}`;
    case "stdlib": {
      const entry = STDLIB.get(resolution.name) ?? STDLIB.get(reference.traversal[0].name);
      if (!entry) return undefined;
      const stability = stdlibStability(entry.name);
      return [
        "```alloy\n" + entry.signature + "\n```",
        entry.summary,
        stability ? `Stability: ${stability}` : "",
        `[Reference](${stdlibDocsUrl(entry.name)})`,
      ]
        .filter(Boolean)
        .join("\n\n");
    }
    case "unknown":
      return undefined;
  }
}
