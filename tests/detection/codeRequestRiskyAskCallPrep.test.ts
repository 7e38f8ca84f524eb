// Drafts for the generalization work on code-request/*, risky-ask/* and call-prep/*: reported blind
// misses and hand-written honest near-misses and violations, scored by category like the corpus.
import { describe, expect, it } from 'vitest';
import { flaggedCategories } from '../helpers/corpusScore.js';
import { BLIND_3, MIXED, NEAR, NOTES, OWN, OWN_2, REPORTED, TERSE } from './codeRequestRiskyAskCallPrep.cases.js';

const CATEGORIES = ['code-request', 'risky-ask', 'call-prep'];

describe('reported blind misses (general shapes)', () => {
  it.each(REPORTED.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c, CATEGORIES)).toEqual([...c.expect].sort());
  });
});

describe('hand-written drafts', () => {
  it.each([...OWN, ...OWN_2, ...NEAR, ...TERSE, ...NOTES, ...MIXED].map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c, CATEGORIES)).toEqual([...c.expect].sort());
  });
});

describe('blind set 3 (general shapes)', () => {
  it.each(BLIND_3.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c, CATEGORIES)).toEqual([...c.expect].sort());
  });
});
