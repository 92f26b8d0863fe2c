/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that
 * produced results (id, description, docs link), and one result per problem
 * located by a repo-relative URI under %SRCROOT%, so alerts stay stable when
 * the checkout path changes between runs.
 */
import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { ERROR, WARN, type Diagnostic, type FileResult, type RelatedLocation, type Severity } from "../core/diagnostic.js";
import type { RuleMeta } from "../engine/types.js";
import { version } from "../core/version.js";
import { stringifyJson } from "../core/neutralize.js";
import type { FormatContext } from "./index.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/fleetlint/fleetlint";
const SRCROOT = "%SRCROOT%";
/** Stands in for a rule when a problem has no rule (an unreadable file, an internal failure). */
const NO_RULE_ID = "fleetlint";

type SarifLevel = "error" | "warning" | "note";

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface PhysicalLocation {
  artifactLocation: ArtifactLocation;
  region?: Region;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: PhysicalLocation; message: { text: string } }[];
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The folder report paths are relative to: on GitHub Actions the checkout
 * (`$GITHUB_WORKSPACE`), which annotations and code scanning resolve paths
 * against even when fleetlint runs in a subfolder; elsewhere the working
 * directory.
 */
export function reportRoot(cwd: string, workspace: string | undefined): string {
  return workspace && isAbsolute(workspace) && isInside(cwd, workspace) ? workspace : cwd;
}

/**
 * A path as the repository knows it: relative to `cwd` with forward slashes.
 * Paths outside `cwd` stay absolute (they cannot be expressed from the root).
 */
export function repoRelative(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  if (rel === "" || rel.startsWith("..") || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) {
    return filePath.split(sep).join("/");
  }
  return rel.split(sep).join("/");
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const rel = relative(cwd, filePath);
  if (rel !== "" && !rel.startsWith("..") && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep)) {
    // Percent-encode each segment as a URI reference needs, keeping the slashes.
    const uri = rel.split(sep).map(encodeURIComponent).join("/");
    return { uri, uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}

function region(line: number, column: number, endLine: number, endColumn: number): Region | undefined {
  if (!(line >= 1)) return undefined;
  const startColumn = Math.max(1, column || 1);
  const lastLine = Math.max(line, endLine || line);
  // SARIF's endColumn is the column after the last character; an empty range
  // still has to cover something on GitHub, so it never ends before it starts.
  const lastColumn = lastLine === line ? Math.max(startColumn, endColumn || startColumn) : Math.max(1, endColumn || 1);
  return { startLine: line, startColumn, endLine: lastLine, endColumn: lastColumn };
}

/** path.relative and pathToFileURL are slow enough to matter per problem; each path is converted once. */
type Artifacts = (filePath: string) => ArtifactLocation;

function artifactCache(cwd: string): Artifacts {
  const cache = new Map<string, ArtifactLocation>();
  return (filePath) => {
    let location = cache.get(filePath);
    if (!location) {
      location = artifactLocation(filePath, cwd);
      cache.set(filePath, location);
    }
    return location;
  };
}

function physicalLocation(artifacts: Artifacts, filePath: string, at: Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn">): PhysicalLocation {
  const location: PhysicalLocation = { artifactLocation: artifacts(filePath) };
  const r = region(at.line, at.column, at.endLine, at.endColumn);
  if (r) location.region = r;
  return location;
}

function relatedLocations(related: RelatedLocation[], artifacts: Artifacts): SarifResult["relatedLocations"] {
  return related.map((loc, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(artifacts, loc.filePath, { line: loc.line, column: loc.column, endLine: loc.line, endColumn: loc.column }),
    message: { text: loc.message || "related location" },
  }));
}

function levelOfSeverity(severity: Severity): SarifLevel {
  return severity === ERROR ? "error" : severity === WARN ? "warning" : "note";
}

function defaultLevel(meta: RuleMeta | undefined): SarifLevel {
  if (meta?.defaultSeverity === "error") return "error";
  if (meta?.defaultSeverity === "warn") return "warning";
  if (meta?.defaultSeverity === "info") return "note";
  // Off by default and switched on in the config: advice rather than a verdict.
  return meta ? "note" : "error";
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined): SarifRule {
  const rule: SarifRule = {
    id,
    shortDescription: { text: meta?.docs.description || (id === NO_RULE_ID ? "fleetlint could not lint the file" : id) },
    defaultConfiguration: { level: defaultLevel(meta) },
    properties: { tags: meta ? [meta.type, meta.category] : ["fatal"] },
  };
  if (meta?.docs.url) rule.helpUri = meta.docs.url;
  return rule;
}

export default function format(results: FileResult[], context: FormatContext): string {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(id, index);
      rules.push(ruleDescriptor(id, context.rulesMeta[id]));
    }
    return index;
  };

  const root = reportRoot(context.cwd, context.actions?.workspace);
  const artifacts = artifactCache(root);
  const sarifResults: SarifResult[] = [];
  for (const file of results) {
    for (const message of file.messages) {
      const ruleId = message.ruleId ?? NO_RULE_ID;
      const result: SarifResult = {
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: levelOfSeverity(message.severity),
        message: { text: message.message },
        locations: [{ physicalLocation: physicalLocation(artifacts, file.filePath, message) }],
      };
      if (message.related?.length) result.relatedLocations = relatedLocations(message.related, artifacts);
      sarifResults.push(result);
    }
  }

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "fleetlint", version, semanticVersion: version, informationUri: INFORMATION_URI, rules },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith(sep) ? root : root + sep).href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${stringifyJson(log, 2)}\n`;
}
