/**
 * Semantic analysis of Alloy files, shared by the alloy-* rules: pure
 * functions of the AST (grammar/alloy), no I/O besides the bundled catalog.
 */
export { analyzeAlloy, FLEET_INJECTED_ARGUMENTS, type AnalyzeOptions } from "./analyze.js";
export { FINDING_MESSAGES, type Finding, type FindingCode } from "./findings.js";
export { componentCatalog, type ComponentCatalog, type ComponentInfo } from "./catalog.js";
export { declaredExports, pipelineExportUses, type PipelineExportUse } from "./pipeline-exports.js";
export { traversalsOfBody, traversalsOfExpression, type Traversal } from "./traversals.js";
export { DEPRECATED_STDLIB, isStdlibIdentifier } from "./stdlib.js";
export { blockId, blockKind, blockName, topLevelNames } from "./blocks.js";
export {
  schemaCatalog,
  loadSchemaCatalog,
  type SchemaCatalog,
  type ComponentSchema,
  type BodySchema,
  type BlockSchema,
  type AttributeSchema,
  type ValueType,
  type TextEnum,
} from "./schema-catalog.js";
