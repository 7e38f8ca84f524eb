// sentence-cues reads its `unless`, `negations` and `afterBuyerAsked` patterns as every other rule
// kind reads a veto (rules/patterns.ts `test`): only a non-empty match counts.
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from '../engine/packs.js';

const pack = (veto: string) =>
  `rules:\n${testRule(
    't/personal',
    `    detector: sentence-cues
    scope: visible
    options:
      cues:
        - all: [['\\bpersonal account\\b']]
      ${veto}`,
    { kind: 'detector', severity: 'error', message: 'off-platform: {match}' },
  )}`;
const draft = '---\nchannel: alibaba\n---\nPlease pay to my personal account.\n\nScam warning: never pay to a personal account.\n';

describe('sentence-cues vetoes', () => {
  it('an `unless` pattern that can match nothing vetoes only the sentences where it matches something', () => {
    const { rules, errors } = loadRulePack(pack("unless: ['(?:\\bscam\\b|)']"), 'p.yaml');
    expect(errors).toEqual([]);
    const found = lintDraft(draft, rules).diagnostics.map((d) => d.range.start.line);
    // Before, the empty alternative matched at the start of every sentence and silenced the rule.
    expect(found).toEqual([3]);
  });
  it('so does a negation', () => {
    const { rules, errors } = loadRulePack(pack("negations: ['(?:\\bnever\\b|)']"), 'p.yaml');
    expect(errors).toEqual([]);
    expect(lintDraft(draft, rules).diagnostics.map((d) => d.range.start.line)).toEqual([3]);
  });
});
