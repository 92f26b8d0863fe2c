/**
 * A rule that broke its contract (undeclared message id, range outside the
 * file, a fix it did not declare). It names the rule so the failing test, or
 * the user's bug report, points at the culprit instead of a misplaced caret.
 */
export declare class RuleContractError extends Error {
    readonly ruleId: string;
    constructor(ruleId: string, detail: string);
}
