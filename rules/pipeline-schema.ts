/**
 * Definition files as the sync action decodes them (strictly) plus
 * fleetlint's extension keys: YAML errors, unknown keys, wrong types, and
 * exactly one readable, non-empty contents source. The loader (src/repo) finds
 * these while reading, since it has to decide what the file means anyway;
 * this rule reports them with severities, suppressions and the linted-file
 * filter like any other rule.
 */
import { renameSuggestion } from "../src/engine/suggest.js";
import { defineRule } from "../src/engine/types.js";
import type { LoadProblemCode } from "../src/repo/types.js";

export default defineRule({
  meta: {
    id: "pipeline-schema",
    type: "problem",
    category: "fast",
    scope: "file",
    defaultSeverity: "error",
    docs: { description: "Pipeline definition files follow the schema and name exactly one contents source" },
    // One message per loader finding: the loader names findings, this rule words them.
    messages: {
      yamlError: "Invalid YAML: {{message}}",
      notMapping: "Expected a mapping of pipeline keys (name, enabled, matchers), found {{found}}",
      unknownKey: 'Unknown key "{{key}}"; expected one of {{allowed}}',
      unknownKeySuggestion: 'Unknown key "{{key}}" (did you mean "{{suggestion}}"?)',
      wrongType: 'Expected "{{path}}" to be {{expected}}, found {{found}}',
      invalidValue: 'Invalid value for "{{path}}": expected {{expected}}',
      contentsMissing: "Expected one contents source: the sibling file {{sibling}}, `contents` or `contents_file`; found none",
      siblingNotFound:
        "Expected the contents of an Alloy pipeline in the sibling file {{sibling}} (the sync action reads only that; inline `contents` is for config_type: otel); not found",
      contentsAmbiguous: "Expected exactly one contents source, found {{sources}}",
      contentsFileNotFound: 'Expected the `contents_file` "{{path}}" to exist; not found (looked for {{tried}})',
      contentsEmpty: "Expected pipeline contents, found an empty {{source}}",
      otelContentsMissing:
        "Expected `contents` or `contents_file` for an OTel pipeline (config_type: otel); a sibling .alloy file holds only Alloy contents",
      extensionKey:
        'Disallowed key "{{key}}" with compat: sync-action (the sync action rejects every key but name, enabled, matchers, config_type and contents)',
      fileUnreadable: "Cannot read {{path}}: {{reason}}",
    } satisfies Record<LoadProblemCode, string>,
    fixable: false,
    hasSuggestions: true,
    schema: [],
  },
  create(context) {
    return {
      project(project) {
        for (const problem of project.problems) {
          if (!context.isLinted(problem.file.path)) continue;
          const loc = { file: problem.file, range: problem.range };
          const misspelt = problem.code === "unknownKeySuggestion" && problem.data;
          context.report({
            messageId: problem.code,
            ...(problem.data ? { data: problem.data } : {}),
            loc,
            ...(problem.related ? { related: problem.related } : {}),
            ...(misspelt ? { suggestions: renameSuggestion(loc, String(misspelt.key), String(misspelt.suggestion)) } : {}),
          });
        }
      },
    };
  },
});
