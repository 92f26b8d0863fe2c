/** Small rules for engine tests: each reports something predictable. */
import { defineRule, type Rule, type RuleContext, type RuleHooks, type RuleMeta } from "../../src/engine/types.js";
import { lintProject, type LintOptions } from "../../src/engine/index.js";
import { buildProject, ROOT, type ProjectSpec } from "./project-builder.js";

export function testRule(meta: Partial<RuleMeta> & { id: string }, create: (context: RuleContext) => RuleHooks): Rule {
  return defineRule({
    meta: {
      type: "problem",
      category: "fast",
      scope: "file",
      defaultSeverity: "error",
      docs: { description: `test rule ${meta.id}` },
      messages: { named: "Pipeline '{{name}}' is named" },
      ...meta,
    },
    create,
  });
}

/** Reports every linted pipeline at its `name` value (message id `named`). */
export function namesRule(id = "names", extra: Partial<RuleMeta> = {}): Rule {
  return testRule({ id, ...extra }, (context) => ({
    pipeline(p) {
      const name = p.definition.keys.get("name");
      if (name) context.report({ messageId: "named", data: { name: p.name }, loc: { file: p.definition.file, range: name.value } });
    },
  }));
}

/** Lints a hand-made project with the given rules; returns messages as `rel:line:col rule severity message`. */
export async function lintSpec(spec: ProjectSpec, rules: Rule[], options: Partial<LintOptions> = {}) {
  const built = buildProject(spec);
  const outcome = await lintProject({ cwd: ROOT, project: built.project, config: built.config, rules, ...options });
  const lines = outcome.results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? "-"} ${m.severity} ${m.message}`),
  );
  return { outcome, lines, built };
}
