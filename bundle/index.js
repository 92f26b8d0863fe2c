import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderPlans
} from "./chunks/chunk-H46HHCUU.js";
import "./chunks/chunk-JKHIXBZC.js";
import "./chunks/chunk-HCIWKTZJ.js";
import "./chunks/chunk-24SBA7FR.js";
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunks/chunk-4AT2TQ4A.js";
import "./chunks/chunk-Y32ECCPH.js";
import {
  loadProject
} from "./chunks/chunk-TLCHCYA5.js";
import "./chunks/chunk-I3ZVTQAH.js";
import "./chunks/chunk-LLODODTP.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-CLKHH5RO.js";
import "./chunks/chunk-Z3GFFZNX.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-GGRE5J74.js";
import "./chunks/chunk-L4EREHKB.js";
import "./chunks/chunk-5V27NH3C.js";
import {
  SourceText
} from "./chunks/chunk-5VRL6YA5.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-5KQZCCNY.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-D36ROLY4.js";
import "./chunks/chunk-R6XLYLCT.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-OTHFPZGX.js";
import "./chunks/chunk-MMEZPQX6.js";
import "./chunks/chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-VMCWEPZP.js";
import "./chunks/chunk-EID6HQGN.js";
import "./chunks/chunk-GEBKUC7T.js";
import "./chunks/chunk-LNV7EB7H.js";
import "./chunks/chunk-2MG4L5QS.js";
import {
  FleetlintError,
  UsageError
} from "./chunks/chunk-SZVLGFVG.js";
import {
  FleetSession,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  SyncRefusedError
} from "./chunks/chunk-CERSRPII.js";
import {
  hasChanges,
  planJson
} from "./chunks/chunk-CBONEPEG.js";
import "./chunks/chunk-U3QDJVAS.js";
import {
  CredentialsError,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError
} from "./chunks/chunk-LIZFXGBB.js";
import "./chunks/chunk-VLVIIYR3.js";
import "./chunks/chunk-ICAS7NOP.js";
import {
  version
} from "./chunks/chunk-GHC3NUGM.js";
import "./chunks/chunk-HTDSFYMP.js";
export {
  ConfigError,
  CredentialsError,
  FORMAT_NAMES,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSession,
  FleetSetupError,
  FleetlintError,
  ImportUsageError,
  RULE_IDS,
  RuleContractError,
  SourceText,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  SyncRefusedError,
  UsageError,
  applyFixes,
  defineRule,
  fileResult,
  format,
  formatContext,
  formatResolvedConfig,
  hasChanges,
  importPipelines,
  isFormatName,
  isRuleId,
  lintProject,
  loadAllRules,
  loadConfig,
  loadFormatter,
  loadProject,
  loadRule,
  parseExpression,
  parseFile,
  planJson,
  planTargets,
  renderPlans,
  syncProject,
  version
};
