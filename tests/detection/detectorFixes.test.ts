// A detector declares whether its findings carry a fix (`fixes:` in detectors/<name>/index.ts: always,
// sometimes or never); the rule docs print that. Here every built-in rule bound to a detector is held
// to its declaration on the rule's own examples and on the hand-written detection drafts.
import { describe, expect, it } from 'vitest';
import { DETECTORS, detectorNamed, fixesOf } from '../../server/src/engine/detectors/index.js';
import type { DetectorRule } from '../../server/src/engine/rules/ruleSchema.js';
import { caseDraft } from '../helpers/corpusScore.js';
import { builtinRules, exampleText, lint } from '../helpers/engine.js';
import { BLIND_3, MIXED, NEAR, NOTES, OWN, OWN_2, REPORTED, TERSE } from './handWritten.codeRiskyCall.cases.js';
import { DRAFTS, MORE_DRAFTS } from './handWritten.quoteChatContactPayment.cases.js';

const handWritten = [...REPORTED, ...OWN, ...OWN_2, ...NEAR, ...TERSE, ...NOTES, ...MIXED, ...BLIND_3, ...DRAFTS, ...MORE_DRAFTS].map((c) =>
  caseDraft({ ...c, id: c.id, expect: [] }),
);

const detectorRules = builtinRules()
  .rules.map((r) => r.definition)
  .filter((d): d is DetectorRule => d.kind === 'detector');

describe('a detector fixes as it declares', () => {
  it('every built-in detector is bound by a rule, and every rule names a detector by its current name', () => {
    expect(new Set(detectorRules.map((r) => r.detector))).toEqual(new Set(DETECTORS.keys()));
  });

  for (const rule of detectorRules) {
    const declared = fixesOf(detectorNamed(rule.detector)!, rule.options);
    if (declared.when === 'sometimes') continue;
    it(`${rule.id} (${rule.detector}): ${declared.when}`, () => {
      const texts = [...rule.examples.fail, ...rule.examples.pass].map((e) => exampleText(e, rule)).concat(handWritten);
      let findings = 0;
      for (const text of texts) {
        for (const d of lint(text).diagnostics.filter((d) => d.ruleId === rule.id)) {
          findings++;
          expect(d.fix !== undefined, `${declared.when}: ${text}`).toBe(declared.when === 'always');
        }
      }
      // Not vacuous: the rule's failing examples give it findings to check.
      expect(findings).toBeGreaterThanOrEqual(rule.examples.fail.length);
    });
  }

  it('the declarations cover all three answers among the built-in rules (so both checks above run)', () => {
    const whens = new Set(detectorRules.map((r) => fixesOf(detectorNamed(r.detector)!, r.options).when));
    expect([...whens].sort()).toEqual(['always', 'never', 'sometimes']);
  });
});
