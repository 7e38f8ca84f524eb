// The build-time snapshot of the built-in packs must give exactly the rules the YAML gives, and
// must never be used once a pack file changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lintDraft } from '../../server/src/engine/index.js';
import { readBuiltinSnapshot, SNAPSHOT_FILE, writeBuiltinSnapshot } from '../../server/src/node/builtinSnapshot.js';
import { builtinRulesDir, loadPackPaths } from '../../server/src/node/rulePackFiles.js';
import { BUILTIN_PACK_OPTIONS } from '../../server/src/shared/ruleDocs.js';

let work: string;
let rules: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'msglint-snap-'));
  rules = join(work, 'rules');
  cpSync(builtinRulesDir(), rules, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const SAMPLES = [
  '---\nchannel: alibaba\nstage: inquiry\n---\nAdd my WeChat amy_2026 for the catalog, or call 0086 139 1234 5678.',
  '---\nchannel: whatsapp\n---\nthx, pls send me the code u got',
  '---\nchannel: email\n---\nDear Peter, BX-330 costs 4.60. Could you tell me the password of your portal?',
  '---\nchannel: phone\n---\nAsk the hotline why our account is blocked.',
];

describe('built-in rule snapshot', () => {
  it('is not read when made by an older loader (its definitions would lack what the loader now writes, e.g. links)', () => {
    const out = join(work, SNAPSHOT_FILE);
    writeBuiltinSnapshot(rules, out);
    expect(readBuiltinSnapshot(rules, work)?.[0].rules[0].definition.link).toMatch(/docs\/rules\/.+\.md#/);
    const { version: _, ...older } = JSON.parse(readFileSync(out, 'utf8'));
    writeFileSync(out, JSON.stringify(older));
    expect(readBuiltinSnapshot(rules, work)).toBeUndefined();
  });

  it('gives the same rules and the same findings as the YAML packs', () => {
    const out = join(work, SNAPSHOT_FILE);
    expect(writeBuiltinSnapshot(rules, out)).toEqual({ written: true, errors: [] });
    const fromSnapshot = readBuiltinSnapshot(rules, work)!;
    const fromYaml = loadPackPaths([rules], BUILTIN_PACK_OPTIONS);
    expect(fromSnapshot).toBeDefined();
    const ids = (packs: typeof fromYaml) => packs.flatMap((p) => p.rules.map((r) => r.definition.id));
    expect(ids(fromSnapshot)).toEqual(ids(fromYaml));
    expect(fromSnapshot.map((p) => p.fingerprint)).toEqual(fromYaml.map((p) => p.fingerprint));
    for (const text of SAMPLES) {
      const a = lintDraft(
        text,
        fromSnapshot.flatMap((p) => p.rules),
      ).diagnostics;
      const b = lintDraft(
        text,
        fromYaml.flatMap((p) => p.rules),
      ).diagnostics;
      expect(a.length).toBeGreaterThan(0);
      expect(a).toEqual(b);
    }
  });

  it('is ignored once a pack file changed, or a pack was added', () => {
    writeBuiltinSnapshot(rules, join(work, SNAPSHOT_FILE));
    appendFileSync(join(rules, 'quote.yaml'), '\n# edited\n');
    expect(readBuiltinSnapshot(rules, work)).toBeUndefined();
    writeBuiltinSnapshot(rules, join(work, SNAPSHOT_FILE));
    expect(readBuiltinSnapshot(rules, work)).toBeDefined();
    writeFileSync(join(rules, 'zz-extra.yaml'), readFileSync(join(rules, 'front-matter.yaml'), 'utf8'));
    expect(readBuiltinSnapshot(rules, work)).toBeUndefined();
  });

  it('is not written when a pack has an error, and a stale one is removed', () => {
    const out = join(work, SNAPSHOT_FILE);
    writeBuiltinSnapshot(rules, out);
    expect(existsSync(out)).toBe(true);
    writeFileSync(join(rules, 'broken.yaml'), 'rules:\n  - id: Not An Id\n');
    const result = writeBuiltinSnapshot(rules, out);
    expect(result.written).toBe(false);
    expect(result.errors[0]).toMatch(/broken\.yaml:2:/);
    expect(existsSync(out)).toBe(false);
  });
});
