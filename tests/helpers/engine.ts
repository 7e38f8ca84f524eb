import { lintDraft, RuleSet, type LintOptions, type RuleDefinition, type RuleExample } from '../../server/src/engine/index.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';

let builtin: RuleSet | undefined;
export function builtinRules(): RuleSet {
  return (builtin ??= new RuleSet(loadBuiltinPacks()));
}

export function lint(text: string, options: LintOptions = {}) {
  return lintDraft(text, builtinRules().rules, options);
}

/** The draft text of a rule example: given front matter wins, else the rule's first channel and stage. */
export function exampleText(example: RuleExample, rule: RuleDefinition): string {
  const body = typeof example === 'string' ? example : example.text;
  if (body.startsWith('---')) return body;
  const channel = (typeof example !== 'string' && example.channel) || rule.applies?.channels?.[0];
  const stage = (typeof example !== 'string' && example.stage) || rule.applies?.stages?.find((s) => s !== 'none');
  const lang = typeof example !== 'string' ? example.lang : undefined;
  const keys = [channel && `channel: ${channel}`, stage && `stage: ${stage}`, lang && `lang: ${lang}`].filter(Boolean);
  return keys.length > 0 ? `---\n${keys.join('\n')}\n---\n${body}` : body;
}
