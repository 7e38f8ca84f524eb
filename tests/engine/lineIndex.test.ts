import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/engine/index.js';

describe('LineIndex (UTF-16 positions, as LSP counts them)', () => {
  it('counts \\n, \\r\\n and a lone \\r as line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((l) => text.slice(lines.lineStart(l), lines.lineEnd(l)))).toEqual(['ab', 'cd', 'ef', 'gh']);
    expect(lines.positionAt(text.indexOf('d'))).toEqual({ line: 1, character: 1 });
    expect(lines.positionAt(text.indexOf('g'))).toEqual({ line: 3, character: 0 });
  });

  it('an offset between \\r and \\n maps to the end of the line', () => {
    const lines = new LineIndex('ab\r\ncd');
    expect(lines.positionAt(3)).toEqual({ line: 0, character: 2 });
    expect(lines.positionAt(4)).toEqual({ line: 1, character: 0 });
  });

  it('counts emoji as two code units and CJK as one', () => {
    const text = '😀你好 pls\n𠮷a';
    const lines = new LineIndex(text);
    expect(lines.positionAt(text.indexOf('pls'))).toEqual({ line: 0, character: 5 });
    expect(lines.positionAt(text.indexOf('a'))).toEqual({ line: 1, character: 2 });
    expect(lines.offsetAt({ line: 1, character: 2 })).toBe(text.indexOf('a'));
  });

  it('round-trips every offset that is not inside a line break', () => {
    const text = '---\r\nchannel: 微信\r\n---\r\n\uFEFF😀 x\ry\n\nz';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const insideCrlf = text[offset - 1] === '\r' && text[offset] === '\n';
      if (insideCrlf) continue;
      expect(lines.offsetAt(lines.positionAt(offset)), `offset ${offset}`).toBe(offset);
    }
  });

  it('clamps positions outside the document', () => {
    const lines = new LineIndex('ab\ncd');
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 1, character: 2 });
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(5);
    expect(lines.offsetAt({ line: 1, character: -3 })).toBe(3);
  });

  it('handles the empty document and a trailing line break', () => {
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('').positionAt(0)).toEqual({ line: 0, character: 0 });
    const lines = new LineIndex('a\n');
    expect(lines.lineCount).toBe(2);
    expect(lines.positionAt(2)).toEqual({ line: 1, character: 0 });
  });
});
