// The homophone lexicon is generated at build time from pinyin-pro (never at run time); this
// checks that the committed file is what the generator produces today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateHomophones, OUTPUT } from '../../scripts/generate-homophones.mjs';
import { KOU, WEI, XIN } from '../../server/src/engine/detectors/contact-drop/generated/homophones.js';

describe('generated homophone lexicon', () => {
  it('is up to date (run `node scripts/generate-homophones.mjs` when this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateHomophones());
  });

  it('holds the usual disguises of 微信 and 扣扣', () => {
    for (const ch of '微威薇维为伟') expect(WEI).toContain(ch);
    for (const ch of '信心新芯欣鑫') expect(XIN).toContain(ch);
    for (const ch of '扣口抠寇蔻') expect(KOU).toContain(ch);
    expect(WEI).not.toContain('信');
    expect(XIN).not.toContain('微');
  });
});
