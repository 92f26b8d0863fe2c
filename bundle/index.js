import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderPlans
} from "./chunks/chunk-WFLWIG2V.js";
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunks/chunk-TBOKGWJ6.js";
import "./chunks/chunk-HCIWKTZJ.js";
import "./chunks/chunk-CAIIXZGZ.js";
import "./chunks/chunk-ZBIVLIXN.js";
import {
  loadProject
} from "./chunks/chunk-C4CQOJ7V.js";
import "./chunks/chunk-LLODODTP.js";
import "./chunks/chunk-TTWNWPW7.js";
import {
  RuleContractError,
  applyFixes,
  fileResult,
  lintProject
} from "./chunks/chunk-T7LKTU32.js";
import "./chunks/chunk-Z3GFFZNX.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-CY6IWGDQ.js";
import "./chunks/chunk-XAE6IWDX.js";
import {
  SourceText
} from "./chunks/chunk-5VRL6YA5.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-5EXLRFNF.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-UT2NPSPN.js";
import "./chunks/chunk-OO7CAYSI.js";
import "./chunks/chunk-EID6HQGN.js";
import {
  FleetSession,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  SyncRefusedError
} from "./chunks/chunk-N4QABNPJ.js";
import {
  hasChanges,
  planJson
} from "./chunks/chunk-TSCGRKIC.js";
import "./chunks/chunk-VLVIIYR3.js";
import "./chunks/chunk-ICAS7NOP.js";
import "./chunks/chunk-GXBRFKVI.js";
import "./chunks/chunk-NIL3DZS3.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-BE62LYWP.js";
import "./chunks/chunk-MMEZPQX6.js";
import "./chunks/chunk-EDOWYMCE.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-VMCWEPZP.js";
import "./chunks/chunk-GEBKUC7T.js";
import {
  version
} from "./chunks/chunk-GHC3NUGM.js";
import {
  FleetlintError,
  UsageError
} from "./chunks/chunk-SZVLGFVG.js";
import "./chunks/chunk-JJKORLGK.js";
import "./chunks/chunk-4W7P2XDW.js";
import "./chunks/chunk-XXFPFKBW.js";
import {
  CredentialsError,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError
} from "./chunks/chunk-LIZFXGBB.js";
import "./chunks/chunk-JKUQAI7V.js";
import "./chunks/chunk-LNV7EB7H.js";
import "./chunks/chunk-2MG4L5QS.js";
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
