// The regression set: drafts the rules were tuned on (tests/corpus/regression.yaml). Passing it says
// nothing was lost; it does not measure generality. The bar: precision and recall at least 0.95.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCases, scoreCases } from '../helpers/corpusScore.js';

const cases = readCases(join(import.meta.dirname, 'regression.yaml'));

describe('regression set', () => {
  it('is large and balanced enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const honest = cases.filter((c) => c.expect.length === 0).length;
    expect(honest).toBeGreaterThanOrEqual(cases.length - honest);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('is detected with precision and recall of at least 0.95', () => {
    const score = scoreCases(cases);
    const report = `precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}\n${score.misses.join('\n')}`;
    expect(score.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.95);
  });
});
