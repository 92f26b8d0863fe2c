/**
 * The rule contract (DESIGN §3), modelled on ESLint's: a rule is metadata plus
 * `create(context)`, which returns the hooks it wants called. Reports name a
 * declared message id and a location; the engine turns them into Diagnostics,
 * applies severities and suppressions, and rejects undeclared ids and ranges
 * outside the file.
 */
import type { Collector } from "../core/collector.js";
import type { SourceText, TextRange } from "../core/source.js";
import type { SeverityName } from "../core/diagnostic.js";
import type { AlloyDocument, Pipeline, Project, Target } from "../repo/types.js";
import type { ResolvedConfig } from "../config/types.js";
export type RuleType = "problem" | "suggestion" | "layout";
/** fast: local, run everywhere. network: only with --online, plan and sync. */
export type RuleCategory = "fast" | "network";
/** file: reports on one document at a time. project: sees the whole repository. */
export type RuleScope = "file" | "project";
export interface RuleMeta {
    id: string;
    type: RuleType;
    category: RuleCategory;
    scope: RuleScope;
    defaultSeverity: SeverityName;
    docs: {
        description: string;
        /** Filled by the registry from the id when omitted. */
        url?: string;
    };
    /** messageId → template with {{placeholders}}. */
    messages: Record<string, string>;
    /** messageId → a one-line "what to do" template, shown under the code frame. */
    help?: Record<string, string>;
    fixable?: boolean;
    hasSuggestions?: boolean;
    /** JSON Schema (draft-07) for the options array; validated by the engine. */
    schema?: readonly object[];
    defaultOptions?: readonly unknown[];
    /**
     * "reported": the file's messages from this rule stay in the order the rule
     * reported them (merged into the position-sorted rest), for rules that
     * reproduce another tool's output order. Default: sorted by position.
     */
    reportOrder?: "position" | "reported";
}
/** Where a report points: a file and a UTF-16 range in it. */
export interface Location {
    file: SourceText;
    range: TextRange;
}
export interface RelatedReport extends Location {
    message: string;
}
export interface ReportDescriptor {
    messageId: string;
    data?: Record<string, string | number>;
    loc: Location;
    related?: RelatedReport[];
    /** Replacement in loc.file (UTF-16 offsets). Only for rules with meta.fixable. */
    fix?: {
        range: TextRange;
        text: string;
    };
    suggestions?: {
        desc: string;
        fix: {
            range: TextRange;
            text: string;
        };
    }[];
    /**
     * Caps this report's severity below the rule's configured one, for a milder
     * variant of the rule's problem (e.g. names equal except for case): the
     * configured severity is used when lower, and "off" drops the report.
     */
    maxSeverity?: SeverityName;
}
export interface RuleContext {
    readonly id: string;
    /** Options after the severity in the config, merged over meta.defaultOptions. */
    readonly options: readonly unknown[];
    readonly project: Project;
    /** The resolved configuration (for rules that point into the config file). */
    readonly config: ResolvedConfig;
    /** Present only with --online, plan and sync; network rules use it. */
    readonly online?: OnlineState;
    /** Whether a file is among those being linted (project rules report only on these). */
    isLinted(filePath: string): boolean;
    report(descriptor: ReportDescriptor): void;
    /** Maps a range inside Alloy/OTel contents to a location in the file that holds it. */
    contentsLocation(doc: AlloyDocument | Pipeline, range: TextRange): Location;
    /**
     * A location in the configuration file (for problems about `targets` and
     * file-less summaries); without a config file, line 1 of a pseudo file
     * `fleetlint.config.yaml` in the base folder. Always reported, linted or not.
     */
    configLocation(range?: TextRange): Location;
}
/** Hooks a rule may implement; the engine calls only those present. */
export interface RuleHooks {
    /** Every Alloy document being linted (pipeline contents and standalone `.alloy` files). */
    alloy?(doc: AlloyDocument): void;
    /** Every pipeline whose definition or contents file is being linted. */
    pipeline?(pipeline: Pipeline): void;
    /** Once per run, with every pipeline of every target loaded. */
    project?(project: Project): void | Promise<void>;
    /** Per target, for rules that reason about one sync unit. */
    target?(target: Target, pipelines: Pipeline[]): void | Promise<void>;
}
export interface Rule {
    meta: RuleMeta;
    create(context: RuleContext): RuleHooks;
}
/** Identity helper that gives rule modules their types (as ESLint's RuleModule). */
export declare function defineRule(rule: Rule): Rule;
/** A pipeline as the server has it (only what the network rules need). */
export interface RemotePipelineSummary {
    name: string;
    /** e.g. SOURCE_TYPE_GIT, SOURCE_TYPE_TERRAFORM, SOURCE_TYPE_GRAFANA, SOURCE_TYPE_UNSPECIFIED (UI/API). */
    sourceType: string;
    namespace?: string;
}
/**
 * What the network rules may ask the server, built by src/fleet for
 * `check --online`, plan and sync, and passed down as plain data/functions so
 * the engine never imports the client. Absent offline.
 */
export interface OnlineState {
    /** Every pipeline currently in the target's stack. */
    remotePipelines(target: Target): Promise<RemotePipelineSummary[]>;
    /** The stack's pipeline limit from the Tenant API, when it reports one. */
    pipelineLimit(target: Target): Promise<number | undefined>;
    /** The server's verdict on one pipeline (UpsertPipeline with validate_only). */
    validate(pipeline: Pipeline): Promise<{
        ok: true;
    } | {
        ok: false;
        message: string;
    }>;
    /** The collectors of the target's stack (ListCollectors), or undefined when the token may not list them. */
    collectors?(target: Target): Promise<readonly Collector[] | undefined>;
}
