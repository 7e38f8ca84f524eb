// quote runs in linear time on the adversarial inputs of issue 16 (item 9): a scan per price to
// the end of the text made them quadratic. Growth is checked by comparing 1× with 4× inputs (the
// best of three runs each, a generous ratio): not a wall-clock limit.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../server/src/engine/index.js';
import { quoteDetector } from '../../server/src/engine/detectors/quote/index.js';
import { builtinRules } from '../helpers/engine.js';

const rule = builtinRules().rules.find((r) => r.definition.id === 'quote/incomplete-price')!.definition;

function bestTime(text: string): { ms: number; findings: number } {
  const draft = parseDraft(`---\nchannel: email\n---\n${text}`);
  let ms = Infinity;
  let findings = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findings = quoteDetector.run(parseDraft(draft.text), {}, rule).length;
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, findings };
}

/** Input name, repeated unit, characters at 1×, whether every unit is a reported price. */
const INPUTS: [string, string, number, boolean][] = [
  ["'$1 ' (shell variables)", '$1 ', 80_000, false],
  ["'price $1.5 ' (a price each, all reported)", 'price $1.5 ', 80_000, true],
  ["one line of 'y 1.5 '", 'y 1.5 ', 300_000, false],
  ["one table row of '| 1.5 '", '| 1.5 ', 300_000, false], // fast per character: a larger 1× keeps timer noise out of the ratio
];

describe('quote: linear growth', () => {
  it.each(INPUTS)(
    '%s grows linearly from 1× to 4×',
    (_, unit, chars, reported) => {
      const small = bestTime(unit.repeat(Math.round(chars / unit.length)));
      const large = bestTime(unit.repeat(Math.round((4 * chars) / unit.length)));
      // The work is real: findings (where there are any) grow with the input too.
      expect(large.findings).toBeGreaterThanOrEqual(4 * small.findings - 4);
      if (reported) expect(small.findings).toBeGreaterThan(chars / unit.length / 2);
      const ratio = large.ms / Math.max(small.ms, 1);
      console.log(
        `quote growth ${unit.trim()}: ${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms (×${ratio.toFixed(1)} for 4× the text)`,
      );
      expect(ratio).toBeLessThan(8);
    },
    120_000,
  );
});
