import type { Draft } from '../../draft/parseDraft.js';
import { memorySlot } from '../../draft/draftMemory.js';
import { afterGreeting, alreadyHas, beforeSignOff } from '../../fixes/placement.js';
import { spanContaining, type Span } from '../../text/sentences.js';
import type { OffsetEdit, RawFinding } from '../../types.js';
import type { CompiledRule } from '../compiledRule.js';
import { matchView, type MatchView } from '../matchView.js';
import { compilePatterns, matchAll, test } from '../patterns.js';
import type { ChecklistRule } from '../ruleSchema.js';

/**
 * "If the draft does X, it must also contain A, B, C": finds the first triggering sentence and
 * reports each missing element there, with a fix that inserts it.
 */
export function compileChecklist(rule: ChecklistRule): CompiledRule['run'] {
  // Rules that share a trigger (a YAML anchor: missing context, no deadline) find the same
  // sentence; the first one to run on a draft finds it for all.
  const triggerKey = JSON.stringify([rule.scope, rule.trigger, rule.triggerUnless, rule.triggerAlso, rule.weakTrigger]);
  const trigger = compilePatterns(rule.trigger);
  const triggerUnless = rule.triggerUnless && compilePatterns(rule.triggerUnless);
  const triggerAlso = rule.triggerAlso && compilePatterns(rule.triggerAlso);
  const weak = (rule.weakTrigger ?? []).map((w) => ({ pattern: compilePatterns(w.patterns), context: compilePatterns(w.context) }));
  const items = rule.require.map((item) => ({ item, pattern: compilePatterns(item.patterns ?? []) }));
  const findTrigger = (draft: Draft, view: MatchView): Span | undefined => {
    const text = view.text;
    const accepts = (sentence: Span) =>
      !(triggerUnless && test(triggerUnless, text, sentence.start, sentence.end)) &&
      !(triggerAlso && !test(triggerAlso, text, sentence.start, sentence.end));
    let sentence = firstTrigger(view, trigger, accepts);
    for (const w of weak) {
      // The weak pattern first: it rarely matches, and then the draft and its quotes need no reading for the context.
      const weakSentence = firstTrigger(view, w.pattern, accepts, sentence?.start);
      if (!weakSentence || (sentence && weakSentence.start >= sentence.start)) continue;
      if (!test(w.context, text) && !test(w.context, matchView(draft, 'quoted').text)) continue;
      sentence = weakSentence;
    }
    return sentence;
  };
  return (draft) => {
    const view = matchView(draft, rule.scope === 'visible' ? 'visible' : 'prose');
    const found = draft.memory.get(TRIGGERS, () => new Map<string, Span | undefined>());
    if (!found.has(triggerKey)) found.set(triggerKey, findTrigger(draft, view));
    const viewSentence = found.get(triggerKey);
    if (!viewSentence) return [];
    // Found on the normalized view; reported and fixed on the draft as written.
    const sentence = view.toOriginal(viewSentence.start, viewSentence.end);
    const findings: RawFinding[] = [];
    for (const [index, { item, pattern }] of items.entries()) {
      if (test(pattern, view.text)) continue;
      const finding: RawFinding = { start: sentence.start, end: sentence.end, params: { missing: item.message } };
      // A quick fix never inserts what the draft already says (two rules, one sentence).
      if (item.fix && !alreadyHas(draft.text, item.fix.text[draft.lang])) {
        const earlier = items.slice(0, index).map((i) => i.pattern);
        finding.fix = {
          title: item.fix.title[draft.lang],
          edits: [insertion(draft, sentence, item.fix.at, item.fix.text[draft.lang], earlier)],
          safe: false,
        };
      }
      findings.push(finding);
    }
    return findings;
  };
}

/** Trigger sentences found per draft, by trigger spec. */
const TRIGGERS = memorySlot<Map<string, Span | undefined>>('trigger sentences');

/** The sentence of the first match of `trigger` (before `before`, when given) that `accepts` admits. */
function firstTrigger(view: MatchView, trigger: RegExp, accepts: (sentence: Span) => boolean, before = view.text.length): Span | undefined {
  for (const m of matchAll(trigger, view.text, 0, before)) {
    const sentence = spanContaining(view.sentences, m.index) ?? { start: m.index, end: m.index + m[0].length };
    if (!accepts(sentence)) continue;
    return sentence;
  }
  return undefined;
}

/** Where a missing part goes: after the greeting, before the sign-off, and fields in checklist order. */
function insertion(
  draft: Draft,
  sentence: Span,
  at: NonNullable<ChecklistRule['require'][number]['fix']>['at'],
  text: string,
  earlier: RegExp[],
): OffsetEdit {
  const greetingEnd = afterGreeting(draft.prose, draft.bodyStart);
  switch (at) {
    case 'before-sentence': {
      // "李总好，验证码发我一下": the context goes after the greeting, not before it.
      const offset = sentence.start < greetingEnd && greetingEnd < sentence.end ? greetingEnd : sentence.start;
      return { start: offset, end: offset, newText: text };
    }
    case 'after-sentence':
      return { start: sentence.end, end: sentence.end, newText: text };
    case 'body-start': {
      // Fields already there that come earlier in the checklist stay above this one.
      let offset = greetingEnd;
      for (;;) {
        const lineEnd = draft.prose.slice(offset).search(/\r\n|\r|\n/);
        const isField = /^[ \t]*[^\r\n:：]{1,30}[:：]/u.test(draft.prose.slice(offset, offset + lineEnd)); // "Company: …"
        if (lineEnd <= 0 || !isField || !earlier.some((p) => test(p, draft.prose, offset, offset + lineEnd))) break;
        offset += lineEnd + (/^\r\n/.test(draft.prose.slice(offset + lineEnd)) ? 2 : 1);
      }
      return { start: offset, end: offset, newText: text };
    }
    case 'body-end': {
      const signOff = beforeSignOff(draft.prose, draft.bodyStart);
      // Before the sign-off the part is a line of its own, whatever the pack wrote for the end of the text.
      if (signOff < draft.text.length) return { start: signOff, end: signOff, newText: text.replace(/^\s+/, '').replace(/\s*$/, '\n') };
      const end = draft.text.length;
      const needsBreak = end > 0 && !/[\r\n]$/.test(draft.text);
      return { start: end, end, newText: (needsBreak ? '\n' : '') + text };
    }
  }
}
