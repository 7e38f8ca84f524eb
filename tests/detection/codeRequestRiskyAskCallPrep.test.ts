// Drafts for the generalization work on code-request/*, risky-ask/* and call-prep/*: reported blind
// misses and hand-written honest near-misses and violations, scored by category like the corpus.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';
import { BLIND_3, MIXED, NEAR, NOTES, OWN, OWN_2, REPORTED, TERSE, type Case } from './codeRequestRiskyAskCallPrep.cases.js';

const CATEGORIES = ['code-request', 'risky-ask', 'call-prep'];

function flaggedCategories(c: Case): string[] {
  const fm = [`channel: ${c.channel}`, c.lang && `lang: ${c.lang}`].filter(Boolean).join('\n');
  const found = new Set<string>();
  for (const d of lint(`---\n${fm}\n---\n${c.text}\n`).diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    const category = d.ruleId.split('/')[0];
    if (CATEGORIES.includes(category)) found.add(category);
  }
  return [...found].sort();
}

describe('reported blind misses (general shapes)', () => {
  it.each(REPORTED.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c)).toEqual([...c.expect].sort());
  });
});

describe('hand-written drafts', () => {
  it.each([...OWN, ...OWN_2, ...NEAR, ...TERSE, ...NOTES, ...MIXED].map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c)).toEqual([...c.expect].sort());
  });
});

describe('blind set 3 (general shapes)', () => {
  it.each(BLIND_3.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(flaggedCategories(c)).toEqual([...c.expect].sort());
  });
});
