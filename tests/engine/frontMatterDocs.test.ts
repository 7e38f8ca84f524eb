// The front matter's words (editor completion and hover, the playground's pickers) come from one
// engine table: every key and every allowed value has them, in every message language.
import { describe, expect, it } from 'vitest';
import { FRONT_MATTER_KEY_DOCS, FRONT_MATTER_KEYS, FRONT_MATTER_VALUE_DOCS, FRONT_MATTER_VALUES } from '../../server/src/engine/index.js';

describe('front matter docs', () => {
  it('describe every key, cc included, and nothing else', () => {
    expect(Object.keys(FRONT_MATTER_KEY_DOCS).sort()).toEqual([...FRONT_MATTER_KEYS].sort());
    for (const doc of Object.values(FRONT_MATTER_KEY_DOCS)) expect(doc.en && doc.zh).toBeTruthy();
  });

  it('describe every allowed channel, stage and lang, and nothing else', () => {
    const values = Object.values(FRONT_MATTER_VALUES).flat();
    expect(Object.keys(FRONT_MATTER_VALUE_DOCS).sort()).toEqual([...values].sort());
    for (const doc of Object.values(FRONT_MATTER_VALUE_DOCS)) expect(doc.en && doc.zh).toBeTruthy();
  });
});
