// Drafts written by hand for the generalization work on quote/*, im-style/*, contact-drop/* and
// off-platform-payment/*: quotes in many units and languages of commerce, run-ons, honest
// near-misses and payment talk. Each case lists every category of these four that must be flagged.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';
import { DRAFTS2 as DRAFTS } from './quoteAndChatDrafts2.cases.js';

const CATEGORIES = ['quote', 'im-style', 'contact-drop', 'off-platform-payment'];

function flaggedCategories(c: (typeof DRAFTS)[number]): string[] {
  const fm = [`channel: ${c.channel}`, c.stage && `stage: ${c.stage}`, c.lang && `lang: ${c.lang}`].filter(Boolean).join('\n');
  const found = new Set<string>();
  for (const d of lint(`---\n${fm}\n---\n${c.text}\n`).diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    const category = d.ruleId.split('/')[0];
    if (CATEGORIES.includes(category)) found.add(category);
  }
  return [...found].sort();
}

describe('hand-written drafts, second batch: quote, im-style, contact-drop, off-platform-payment', () => {
  it.each(DRAFTS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c)).toEqual([...c.expect].sort());
  });
});
