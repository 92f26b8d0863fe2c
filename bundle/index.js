import { createRequire as __fleetlintCreateRequire } from "node:module";
const require = __fleetlintCreateRequire(import.meta.url);
import {
  renderPlans
} from "./chunks/chunk-UVCG4OZT.js";
import "./chunks/chunk-5ARWVMHY.js";
import {
  ImportUsageError,
  importPipelines,
  planTargets,
  syncProject
} from "./chunks/chunk-G36TZHCG.js";
import "./chunks/chunk-KUBCEZNM.js";
import {
  loadProject
} from "./chunks/chunk-G2QA2ZJH.js";
import "./chunks/chunk-LZRMTJOQ.js";
import "./chunks/chunk-LLODODTP.js";
import {
  RuleContractError,
  applyFixes,
  lintProject
} from "./chunks/chunk-6CUBUCWT.js";
import "./chunks/chunk-Z3GFFZNX.js";
import "./chunks/chunk-HCIWKTZJ.js";
import "./chunks/chunk-CAIIXZGZ.js";
import {
  formatResolvedConfig
} from "./chunks/chunk-J6ALCUFO.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-AEVJZFKY.js";
import {
  SourceText
} from "./chunks/chunk-5VRL6YA5.js";
import "./chunks/chunk-5V27NH3C.js";
import {
  RULE_IDS,
  isRuleId,
  loadAllRules,
  loadRule
} from "./chunks/chunk-M3KZ3UBS.js";
import {
  FORMAT_NAMES,
  format,
  formatContext,
  isFormatName,
  loadFormatter
} from "./chunks/chunk-E5YUU5EX.js";
import {
  fileResult
} from "./chunks/chunk-YYNP75G5.js";
import "./chunks/chunk-OO7CAYSI.js";
import "./chunks/chunk-EID6HQGN.js";
import "./chunks/chunk-MMEZPQX6.js";
import "./chunks/chunk-2YBLRLLR.js";
import {
  defineRule
} from "./chunks/chunk-DBJ25EAL.js";
import "./chunks/chunk-JJKORLGK.js";
import "./chunks/chunk-4W7P2XDW.js";
import "./chunks/chunk-XXFPFKBW.js";
import "./chunks/chunk-JKUQAI7V.js";
import {
  FleetSession,
  SyncDriftError,
  SyncMismatchError,
  SyncOutcomeUnknownError,
  SyncRefusedError
} from "./chunks/chunk-426PQ5QP.js";
import {
  hasChanges,
  planJson
} from "./chunks/chunk-TEZ5XSFH.js";
import "./chunks/chunk-VLVIIYR3.js";
import "./chunks/chunk-MUIKWUQD.js";
import {
  CredentialsError,
  FleetApiError,
  FleetNetworkError,
  FleetProtocolError,
  FleetSetupError
} from "./chunks/chunk-LIZFXGBB.js";
import "./chunks/chunk-GXBRFKVI.js";
import "./chunks/chunk-NIL3DZS3.js";
import "./chunks/chunk-JMF2JWRJ.js";
import "./chunks/chunk-73YL4Q2F.js";
import {
  parseExpression,
  parseFile
} from "./chunks/chunk-VMCWEPZP.js";
import "./chunks/chunk-GEBKUC7T.js";
import "./chunks/chunk-LNV7EB7H.js";
import {
  version
} from "./chunks/chunk-PWOCY44R.js";
import {
  FleetlintError,
  UsageError
} from "./chunks/chunk-SZVLGFVG.js";
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
