import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, MAX_BYTES, MIN_BYTES, generateDraft, writeCorpus } from '../../bench/generator.mjs';

const N = 2000;
const digest = (seed: number) => {
  const hash = createHash('sha256');
  for (let i = 0; i < N; i++) hash.update(generateDraft(seed, i).text);
  return hash.digest('hex');
};

describe('benchmark corpus generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed different ones', () => {
    expect(digest(7)).toBe(digest(7));
    expect(digest(7)).not.toBe(digest(8));
  });

  it('writes the same files twice, and a small corpus is a prefix of a larger one', () => {
    const a = mkdtempSync(join(tmpdir(), 'msglint-gen-'));
    const b = mkdtempSync(join(tmpdir(), 'msglint-gen-'));
    try {
      writeCorpus(a, 11, 30);
      writeCorpus(b, 11, 10);
      writeCorpus(b, 11, 30); // grows the existing corpus
      const files = (root: string) =>
        readdirSync(join(root, 'seed-11', 'd000'))
          .sort()
          .map((name) => [name, readFileSync(join(root, 'seed-11', 'd000', name), 'utf8')]);
      expect(files(a)).toHaveLength(30);
      expect(files(b)).toEqual(files(a));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('covers 0.3–20 KB, both languages, every channel, clean and violating drafts', () => {
    const sizes: number[] = [];
    const channels = new Set<string>();
    const langs = new Set<string>();
    let violating = 0;
    for (let i = 0; i < N; i++) {
      const draft = generateDraft(3, i);
      sizes.push(Buffer.byteLength(draft.text));
      channels.add(draft.channel);
      langs.add(draft.lang);
      if (draft.violating) violating++;
      expect(draft.name).toMatch(/\.msg\.md$/);
    }
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_BYTES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BYTES);
    // The range is covered, not just respected: short chat messages and long threads both occur.
    expect(sizes.filter((s) => s < 1024).length).toBeGreaterThan(N * 0.2);
    expect(sizes.filter((s) => s > 8 * 1024).length).toBeGreaterThan(N * 0.01);
    expect(Math.max(...sizes)).toBeGreaterThan(16 * 1024);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
    expect([...langs].sort()).toEqual(['en', 'zh']);
    expect(violating).toBeGreaterThan(N * 0.1);
    expect(violating).toBeLessThan(N * 0.5);
  });

  it('can force a size beyond the corpus range for the growth benchmark', () => {
    const big = generateDraft(1, 0, { size: 100 * 1024 });
    expect(Buffer.byteLength(big.text)).toBeGreaterThanOrEqual(100 * 1024);
  });
});
