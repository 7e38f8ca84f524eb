// Drafts written by hand for the generalization work on quote/*, im-style/*, contact-drop/* and
// off-platform-payment/*: quotes in many units and languages of commerce, run-ons, honest
// near-misses and payment talk. Each case lists every category of these four that must be flagged.
import { describe, expect, it } from 'vitest';
import { flaggedCategories } from '../helpers/corpusScore.js';
import { DRAFTS } from './quoteAndChatDrafts.cases.js';

const CATEGORIES = ['quote', 'im-style', 'contact-drop', 'off-platform-payment'];

describe('hand-written drafts: quote, im-style, contact-drop, off-platform-payment', () => {
  it.each(DRAFTS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c, CATEGORIES)).toEqual([...c.expect].sort());
  });
});
