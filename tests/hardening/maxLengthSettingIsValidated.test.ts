// Item 23 of issue 16 (maxLength): `maxLength: 0.5` rounded down to 0, and every draft became "too
// large". Only a whole number of at least 1 is taken; anything else keeps the default.
import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../../server/src/lsp/settings.js';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings.js';

describe('maxLength setting', () => {
  it('fractions, zero, negatives and non-numbers keep the default', () => {
    for (const maxLength of [0.5, 0, -1, 1.5, Number.NaN, Infinity, '1000']) {
      expect(normalizeSettings({ maxLength }).maxLength).toBe(DEFAULT_SETTINGS.maxLength);
    }
  });

  it('a whole number is taken as it is', () => {
    expect(normalizeSettings({ maxLength: 1 }).maxLength).toBe(1);
    expect(normalizeSettings({ maxLength: 200_000 }).maxLength).toBe(200_000);
  });
});
