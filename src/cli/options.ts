/**
 * Option parsers shared by the commands, so a flag means the same thing
 * wherever it appears.
 */
import { InvalidArgumentError } from "commander";

/** `--max-deletes N`: a whole number >= 0. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number >= 0");
  return n;
}

/** A repeatable flag (`--target a --target b`) collected into a list. */
export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
