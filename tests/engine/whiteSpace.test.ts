// isWhiteSpaceCode replaces `/\s/u.test(ch)` in per-character loops: it must agree on every unit.
import { describe, expect, it } from 'vitest';
import { isWhiteSpaceCode } from '../../server/src/engine/text/whiteSpace.js';

describe('isWhiteSpaceCode', () => {
  it('is \\s on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
