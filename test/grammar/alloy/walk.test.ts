import { expect, test } from "vitest";
import { parseFile, statements, walk, type Node } from "../../../grammar/alloy/index.js";

const file = parseFile('a "x" {\n  b = f(1, [c.d])\n  e { g = {h = -1} }\n}\nk = 2\n').ast!;

function label(node: Node): string {
  switch (node.type) {
    case "Block":
      return `Block:${node.name.join(".")}`;
    case "Attribute":
      return `Attribute:${node.name.name}`;
    case "Identifier":
      return `Identifier:${node.name}`;
    case "Literal":
      return `Literal:${node.raw}`;
    default:
      return node.type;
  }
}

test("walk visits every node in source order, enter before leave", () => {
  const events: string[] = [];
  walk(file, {
    enter: (node) => void events.push(label(node)),
    field: (field) => void events.push(`field:${field.name}`),
  });
  expect(events).toEqual([
    "File",
    "Block:a",
    "Attribute:b",
    "Call",
    "Identifier:f",
    "Literal:1",
    "Array",
    "Access",
    "Identifier:c",
    "Block:e",
    "Attribute:g",
    "Object",
    "field:h",
    "Unary",
    "Literal:1",
    "Attribute:k",
    "Literal:2",
  ]);
});

test("returning false from enter skips the children but still leaves", () => {
  const entered: string[] = [];
  const left: string[] = [];
  walk(file, {
    enter: (node) => {
      entered.push(label(node));
      return node.type !== "Block";
    },
    leave: (node) => void left.push(label(node)),
  });
  expect(entered).toEqual(["File", "Block:a", "Attribute:k", "Literal:2"]);
  expect(left).toEqual(["Block:a", "Literal:2", "Attribute:k", "File"]);
});

test("parents are passed to the visitor", () => {
  const parents = new Map<string, string>();
  walk(file, { enter: (node, parent) => void parents.set(label(node), parent ? label(parent) : "-") });
  expect(parents.get("Attribute:b")).toBe("Block:a");
  expect(parents.get("Block:a")).toBe("File");
  expect(parents.get("File")).toBe("-");
});

test("statements lists nested statements in order", () => {
  expect([...statements(file)].map(label)).toEqual(["Block:a", "Attribute:b", "Block:e", "Attribute:g", "Attribute:k"]);
});
