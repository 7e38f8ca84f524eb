import { z } from 'zod';
import { compilePatterns, fastRegExp, test } from '../../rules/patterns.js';
import { localized } from '../../rules/ruleSchema.js';
import type { Span } from '../../text/sentences.js';
import type { RawFinding } from '../../types.js';
import { alreadyHas } from '../../fixes/placement.js';
import { defineDetector } from '../detector.js';
import { buyerAskedForContact } from '../contact-drop/buyerAsked.js';

import { clauseAt, original, scanOf, sentenceAt } from '../scan.js';

const optionsSchema = z
  .object({
    /** Each cue is a list of pattern groups that must all match in one sentence (one group: any match counts). */
    cues: z.array(z.object({ all: z.array(z.array(z.string().min(1)).min(1)).min(1) }).strict()).min(1),
    /** Negations or warnings in the same clause before the cue ("never", "don't", "请勿"): the cue does not count. */
    negations: z.array(z.string().min(1)).default([]),
    /** The sentence does not count when it matches one of these anywhere (warnings, the approved way). */
    unless: z.array(z.string().min(1)).default([]),
    /**
     * When the counterpart's quoted message asked for the contact first, only sentences matching
     * one of these still count (a motive of the rep's own, e.g. saving the platform's fees); the
     * rest is answering the buyer.
     */
    afterBuyerAsked: z.array(z.string().min(1)).optional(),
    /** Replaces the sentence with a better one (per draft language). */
    fix: z.object({ title: localized, text: localized }).strict().optional(),
  })
  .strict();

type Options = {
  cues: RegExp[][];
  negations?: RegExp;
  unless?: RegExp;
  afterBuyerAsked?: RegExp;
  fix?: z.infer<typeof optionsSchema>['fix'];
};

/**
 * Phrase cues matched on the normalized text (traditional characters, full-width letters and
 * invisible characters do not hide them), sentence by sentence. The lexicons live in the rule
 * packs, so users can extend them; this code only brings normalization, co-occurrence within a
 * sentence and negation handling.
 */
export const sentenceCuesDetector = defineDetector({
  name: 'sentence-cues',
  optionsSchema: optionsSchema.transform((o) => ({
    cues: o.cues.map((cue) => cue.all.map((group) => compile(group))),
    negations: o.negations.length > 0 ? compile(o.negations) : undefined,
    unless: o.unless.length > 0 ? compile(o.unless) : undefined,
    afterBuyerAsked: o.afterBuyerAsked && compile(o.afterBuyerAsked),
    fix: o.fix,
  })) as unknown as z.ZodType<Options>,
  fixes: (options) =>
    options.fix !== undefined
      ? { when: 'always', why: "replaces the sentence with the rule's `fix:` wording (or drops it when the draft already says that)" }
      : { when: 'never', why: 'the rule gives no `fix:` wording' },
  run(draft, options, rule) {
    const scan = scanOf(draft, rule.scope);
    const keepOnly = options.afterBuyerAsked && buyerAskedForContact(draft) ? options.afterBuyerAsked : undefined;
    const text = scan.text;
    const findings: RawFinding[] = [];
    const reported = new Set<number>();
    for (const groups of options.cues) {
      const [first, ...rest] = groups;
      first.lastIndex = 0;
      for (let m = first.exec(text); m; m = first.exec(text)) {
        if (m[0].length === 0) {
          first.lastIndex++;
          continue;
        }
        const sentence = sentenceAt(scan, m.index);
        if (reported.has(sentence.start)) continue;
        let start = m.index;
        let end = m.index + m[0].length;
        // Underline every cue of the first group in this sentence ("转到我的" … "私人账户").
        let more = first.exec(text);
        for (; more && more.index < sentence.end; more = first.exec(text)) {
          if (more[0].length === 0) first.lastIndex++;
          end = Math.max(end, more.index + more[0].length);
        }
        // Resume at the next sentence's first cue (or past this sentence when there is none).
        first.lastIndex = more ? more.index : text.length;
        let ok = true;
        for (const group of rest) {
          const hit = firstIn(group, text, sentence.start, sentence.end);
          if (!hit) {
            ok = false;
            break;
          }
          start = Math.min(start, hit.start);
          end = Math.max(end, hit.end);
        }
        if (!ok) continue;
        const sentenceText = text.slice(sentence.start, sentence.end);
        if (options.unless && test(options.unless, sentenceText)) continue;
        if (keepOnly && !test(keepOnly, sentenceText)) continue;
        if (options.negations) {
          const clause = clauseAt(scan, start, start);
          if (test(options.negations, text.slice(Math.max(clause.start, start - 40), start))) continue;
        }
        reported.add(sentence.start);
        const span = original(scan, start, end);
        const finding: RawFinding = { start: span.start, end: span.end, params: { match: draft.text.slice(span.start, span.end) } };
        if (options.fix) {
          const whole = original(scan, sentence.start, trimEnd(text, sentence));
          const newText = options.fix.text[draft.lang];
          // The draft already says it (another sentence was fixed first): drop this sentence, never say it twice.
          if (alreadyHas(draft.text, newText)) {
            const space = /[ \t]*$/.exec(draft.text.slice(0, whole.start))![0].length;
            const end = whole.end + (/^[.!?。！？]/u.test(draft.text.slice(whole.end)) ? 1 : 0);
            finding.fix = { title: options.fix.title[draft.lang], edits: [{ start: whole.start - space, end, newText: '' }], safe: false };
          } else
            finding.fix = { title: options.fix.title[draft.lang], edits: [{ start: whole.start, end: whole.end, newText }], safe: false };
        }
        findings.push(finding);
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

/** Validated like every rule-pack pattern (catastrophic backtracking refused), then built without `u` when it is not needed (much faster). */
function compile(patterns: string[]): RegExp {
  const checked = compilePatterns(patterns);
  return fastRegExp(checked.source, checked.flags);
}

/** Sentence end without its closing punctuation (the replacement brings its own). */
function trimEnd(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?。！？]/u.test(text[end - 1])) end--;
  return end;
}

function firstIn(pattern: RegExp, text: string, from: number, to: number): Span | undefined {
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  const m = pattern.exec(slice);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined;
}
