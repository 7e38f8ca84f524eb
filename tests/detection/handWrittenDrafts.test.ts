// Hand-written drafts scored like the labelled corpus, organized by rule category: each case lists
// every category of its set that must be flagged (error or warning), and appears under each category
// its set scores — as a draft that must be flagged for it, or one that must stay quiet.
import { describe, expect, it } from 'vitest';
import { flaggedCategories, type LabelledCase } from '../helpers/corpusScore.js';
import { BLIND_3, MIXED, NEAR, NOTES, OWN, OWN_2, REPORTED, TERSE } from './handWritten.codeRiskyCall.cases.js';
import { DRAFTS, MORE_DRAFTS } from './handWritten.quoteChatContactPayment.cases.js';

/** A hand-written case has the labelled corpus's shape. */
type ScoredCase = LabelledCase;

const SETS: { categories: string[]; cases: ScoredCase[] }[] = [
  {
    categories: ['code-request', 'risky-ask', 'call-prep'],
    cases: [...REPORTED, ...OWN, ...OWN_2, ...NEAR, ...TERSE, ...NOTES, ...MIXED, ...BLIND_3],
  },
  { categories: ['quote', 'im-style', 'contact-drop', 'off-platform-payment'], cases: [...DRAFTS, ...MORE_DRAFTS] },
];

// Each draft is linted once; every category reads the same result.
const flagged = new Map<ScoredCase, string[]>();
const flaggedFor = (c: ScoredCase, categories: string[]) => {
  if (!flagged.has(c)) flagged.set(c, flaggedCategories(c, categories));
  return flagged.get(c)!;
};

const categories = [...new Set(SETS.flatMap((s) => s.categories))];
for (const category of categories) {
  describe(`${category}: hand-written drafts`, () => {
    for (const set of SETS.filter((s) => s.categories.includes(category))) {
      const failing = set.cases.filter((c) => c.expect.includes(category));
      const passing = set.cases.filter((c) => !c.expect.includes(category));
      if (failing.length > 0) {
        it.each(failing.map((c) => [c.id, c] as const))('flags %s', (_id, c) => {
          expect(flaggedFor(c, set.categories)).toContain(category);
        });
      }
      it.each(passing.map((c) => [c.id, c] as const))('leaves %s alone', (_id, c) => {
        expect(flaggedFor(c, set.categories)).not.toContain(category);
      });
    }
  });
}
