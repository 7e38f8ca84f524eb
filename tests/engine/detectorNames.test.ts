// A detector's name (what a pack writes in `detector:`) is its folder: detectors/<name>/index.ts.
// Renamed detectors keep their former name as a deprecated alias, so user packs keep working.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DETECTOR_ALIASES, DETECTORS } from '../../server/src/engine/detectors/index.js';
import { lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'engine', 'detectors');
const folders = readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory());

describe('detector names', () => {
  it('every folder under detectors/ is a registered detector of that name, and every detector has its folder', () => {
    expect([...folders].sort()).toEqual([...DETECTORS.keys()].sort());
  });

  for (const [name, detector] of DETECTORS) {
    it(`detectors/${name}/index.ts exports the detector named "${name}"`, async () => {
      const module = (await import(join(DIR, name, 'index.ts'))) as Record<string, unknown>;
      expect(Object.values(module)).toContain(detector);
      expect(detector.name).toBe(name);
    });
  }

  it('an alias names a detector that exists and is not itself a detector name', () => {
    for (const [alias, name] of DETECTOR_ALIASES) {
      expect(DETECTORS.has(name), alias).toBe(true);
      expect(DETECTORS.has(alias), alias).toBe(false);
    }
  });
});

describe('a former detector name still works (deprecated alias)', () => {
  const rule = (detector: string) =>
    `rules:\n${testRule(
      't/personal',
      `    detector: ${detector}
    scope: visible
    options:
      cues:
        - all: [['\\bpersonal account\\b']]
      negations: ['\\bnever\\b']
      fix:
        title: { en: Rewrite, zh: 改写 }
        text: { en: Please pay through the platform., zh: 请通过平台付款。 }`,
      { kind: 'detector', severity: 'error', message: 'off-platform: {match}' },
    )}`;
  const draft = '---\nchannel: alibaba\n---\nHi Tom, please pay to my personal account. We never use a personal account for refunds.\n';

  it('normalized-cues loads and finds what sentence-cues finds', () => {
    const current = loadRulePack(rule('sentence-cues'), 'current.yaml');
    const former = loadRulePack(rule('normalized-cues'), 'former.yaml');
    expect(current.errors).toEqual([]);
    expect(former.errors).toEqual([]);
    const found = lintDraft(draft, current.rules).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeDefined();
    expect(lintDraft(draft, former.rules).diagnostics).toEqual(found);
  });

  it('an unknown name is refused, listing the current names only', () => {
    const { errors } = loadRulePack(rule('no-such-detector'), 'unknown.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('sentence-cues');
    expect(errors[0].message).not.toContain('normalized-cues');
  });
});
