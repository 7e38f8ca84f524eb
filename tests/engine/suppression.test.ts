import { describe, expect, it } from 'vitest';
import { loadPack } from './packs.js';
import { lintDraft } from '../../server/src/engine/index.js';

const rules = loadPack('test-pack.yaml').rules;
const found = (text: string) => lintDraft(text, rules).diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`);

describe('suppression comments', () => {
  it('without comments, every finding is reported', () => {
    expect(found('pls go!!\npls stay!!')).toEqual(['0:test/shorthand', '0:test/bang', '1:test/shorthand', '1:test/bang']);
  });

  it('disable … enable turns every rule off in between', () => {
    const text = 'pls a\n\n<!-- msglint-disable -->\n\npls b!!\n\n<!-- msglint-enable -->\n\npls c';
    expect(found(text)).toEqual(['0:test/shorthand', '8:test/shorthand']);
  });

  it('disable without enable lasts to the end', () => {
    expect(found('pls a\n\n<!-- msglint-disable -->\n\npls b\npls c')).toEqual(['0:test/shorthand']);
  });

  it('names a rule or a whole category', () => {
    expect(found('<!-- msglint-disable test/bang -->\n\npls!!')).toEqual(['2:test/shorthand']);
    expect(found('<!-- msglint-disable test -->\n\npls!!')).toEqual([]);
    expect(found('<!-- msglint-disable tes -->\n\npls!!')).toEqual(['2:test/shorthand', '2:test/bang']);
    expect(found('<!-- msglint-disable test/bang, test/shorthand -->\n\npls!! fyi')).toEqual(['2:test/fyi']);
  });

  it('enable of one rule keeps the others disabled', () => {
    const text = '<!-- msglint-disable -->\n\npls!!\n\n<!-- msglint-enable test/bang -->\n\npls!!';
    expect(found(text)).toEqual(['6:test/bang']);
  });

  it('disable-line and disable-next-line cover one line only', () => {
    expect(found('pls!! <!-- msglint-disable-line test/shorthand -->\npls!!')).toEqual(['0:test/bang', '1:test/shorthand', '1:test/bang']);
    expect(found('<!-- msglint-disable-next-line -->\npls!!\npls!!')).toEqual(['2:test/shorthand', '2:test/bang']);
  });

  it('works with CRLF line breaks', () => {
    expect(found('<!-- msglint-disable-next-line -->\r\npls!!\r\npls')).toEqual(['2:test/shorthand']);
    expect(found('pls <!-- msglint-disable-line -->\r\npls')).toEqual(['1:test/shorthand']);
  });

  it('a directive inside code or a quote is not a directive', () => {
    expect(found('```\n<!-- msglint-disable -->\n```\n\npls')).toEqual(['4:test/shorthand']);
    expect(found('`<!-- msglint-disable -->` pls')).toEqual(['0:test/shorthand']);
  });
});
