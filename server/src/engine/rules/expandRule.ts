import { PatternError } from './patterns.js';
import { expandSlots, listPattern, phraseToPattern, readPhrases, requiredSlot, type PhraseLists } from './phrases.js';
import type { RuleDefinition } from './ruleSchema.js';

/** Longest pattern or phrase as written in a pack; expanded lists may be longer. */
const MAX_SOURCE_LENGTH = 2000;

/**
 * The rule with its phrases and list slots turned into plain regular expressions: what the kinds
 * compile and what the build snapshot stores (so a vetted pack needs no lists to load).
 */
export function expandRule(rule: RuleDefinition, lists: PhraseLists): RuleDefinition {
  const checked = (p: string) => {
    if (p.length > MAX_SOURCE_LENGTH) throw new PatternError(`pattern is longer than ${MAX_SOURCE_LENGTH} characters`);
    return p;
  };
  const pattern = (p: string) => expandSlots(checked(p), lists);
  const phrases = (block: string | readonly string[] | undefined) =>
    readPhrases(block ?? []).map((p) => phraseToPattern(checked(p), lists));
  const all = (list: readonly string[] | undefined) => list?.map(pattern);
  switch (rule.kind) {
    case 'existence': {
      const { phrases: block, ...rest } = rule;
      const patterns = [...(all(rule.patterns) ?? []), ...phrases(block)];
      const prefilter = rule.rawPatterns ? undefined : gate([...(rule.patterns ?? []), ...readPhrases(block ?? [])], lists);
      return {
        ...rest,
        ...(patterns.length > 0 ? { patterns } : {}),
        ...(prefilter ? { prefilter } : {}),
        rawPatterns: all(rule.rawPatterns),
        unless: all(rule.unless),
        unlessClause: all(rule.unlessClause),
        unlessQuoted: all(rule.unlessQuoted),
      };
    }
    case 'checklist':
      return {
        ...rule,
        trigger: all(rule.trigger)!,
        triggerUnless: all(rule.triggerUnless),
        triggerAlso: all(rule.triggerAlso),
        weakTrigger: rule.weakTrigger?.map((w) => ({ patterns: all(w.patterns)!, context: all(w.context)! })),
        require: rule.require.map(({ phrases: block, ...item }) => ({
          ...item,
          patterns: [...(all(item.patterns) ?? []), ...phrases(block)],
        })),
      };
    case 'detector':
      // Options are the detector's own; strings in them may use the pack's lists too.
      return { ...rule, options: expandStrings(rule.options, pattern) as Record<string, unknown> };
    default:
      return rule;
  }
}

function expandStrings(value: unknown, expand: (s: string) => string): unknown {
  if (typeof value === 'string') return value.includes('{{') ? expand(value) : value;
  if (Array.isArray(value)) return value.map((v) => expandStrings(v, expand));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandStrings(v, expand)]));
  return value;
}

/**
 * One pattern of the phrases every match of the rule must contain: per pattern or phrase, the
 * list it requires (a phrase without lists is itself required). Undefined if any cannot be gated.
 */
function gate(sources: readonly string[], lists: PhraseLists): string | undefined {
  const parts = new Set<string>();
  for (const source of sources) {
    const slot = requiredSlot(source);
    if (slot) parts.add(listPattern(slot, lists));
    else if (!/[\\()[\]|?*+{]/.test(source.replace(/\.\.\./g, ''))) parts.add(phraseToPattern(source, lists));
    else return undefined;
  }
  return parts.size > 0 ? [...parts].join('|') : undefined;
}
