// The front matter fast path (simple `key: words` lines, found by profiling the benchmark corpus)
// must give exactly what the general YAML path gives: same data, same problems, same offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../server/src/engine/draft/frontMatter.js';
import { generateDraft } from '../../bench/generator.mjs';

const both = (text: string) => ({ fast: parseFrontMatter(text), yaml: parseFrontMatter(text, { fastPath: false }) });

const KEYS = [
  'channel',
  'stage',
  'lang',
  'to',
  'subject',
  'refs',
  'chanel',
  'Channel',
  'stag',
  'x-y',
  'a_b',
  'null',
  'true',
  'True',
  'No',
  'key1',
];
const VALUES = [
  'email',
  'emial',
  'wechat',
  'whatsapp',
  'inquiry',
  'ordr',
  'after-sales',
  'zh',
  'en',
  'auto',
  'fr',
  'Peter Liu, BuyerCo',
  'Quotation for bamboo cutting boards',
  '关于报价',
  '王先生',
  'Émile',
  'Àb',
  'ÿ',
  'true',
  'True',
  'TRUE',
  'false',
  'null',
  'Null',
  'NULL',
  'yes',
  'No',
  'on',
  'off',
  'y',
  'n',
  '~',
  '123',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '.NaN',
  '-1',
  '+2',
  '12:30',
  'a: b',
  'a #c',
  'a#b',
  'a:b',
  'a :b',
  '"quoted"',
  "'single'",
  '[a, b]',
  '[PO 1234]',
  '[PO-1, 7781]',
  '[]',
  '[ ]',
  '[a,b]',
  '[ a , b ]',
  '[a, ]',
  '[a,,b]',
  '[0, 01, 1e3]',
  '[true, x]',
  '[12:30]',
  '[a b, 关于]',
  '[email]',
  '[0x1F]',
  '[-1]',
  '[+2]',
  '[999999999999999]',
  '[9999999999999999]',
  '[a\tb]',
  '[a #b]',
  '{a: 1}',
  'a{b}',
  'a[b]',
  'a,b',
  'a, b',
  'a|b',
  'a>b',
  'A!',
  'a&b',
  'a*b',
  'a%b',
  'a@b',
  'a`b',
  'a - b',
  'a  b',
  'x\u00A0',
  'x\u00A0y',
  'a\u3000b',
  'a\u2028b',
  'a\tb',
  'a\\b',
  'a/b',
  'a.',
  'a?',
  'a!',
  '-a',
  '?a',
  '&a',
  '*a',
  '!a',
  '|',
  '>',
  '%a',
  '@a',
  '`a',
  '',
];
const SEPARATORS = [': ', ':  ', ':', ' : ', ':\t', ': \t'];
const TRAILING = ['', ' ', '  ', '\t', ' # comment', '#x'];
const EOLS = ['\n', '\n', '\n', '\r\n', '\r'];

const line = fc
  .tuple(
    fc.oneof(fc.constantFrom(...KEYS), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}$/)),
    fc.constantFrom(...SEPARATORS),
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    fc.constantFrom(...TRAILING),
  )
  .map(([k, sep, v, trail]) => `${k}${sep}${v}${trail}`);
const oddLine = fc.constantFrom(
  '',
  '  ',
  '# comment',
  '  channel: email',
  '- email',
  'channel:',
  '---x',
  'refs:\n  - a\n  - b',
  'to: >\n  folded',
);
const source = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: oddLine }), fc.constantFrom(...EOLS)), {
    minLength: 0,
    maxLength: 6,
  })
  .map((lines) => lines.map(([l, eol]) => l + eol).join(''));

// Lines close to the fast path's grammar, to probe its edges: most qualify, some miss by one character.
const EDGE_CHARS = [...'abcXYZ019 ,.;\'"!?&*%@`|>-/_+=()~^$\\\u00A0\u3000\u2009\u00E9\u00C0\u738B\u00FF\t#:[]{}'];
const edgeWord = fc
  .tuple(fc.constantFrom(...'aZé王Àÿ1-"[~!&*'), fc.array(fc.constantFrom(...EDGE_CHARS), { maxLength: 14 }))
  .map(([first, rest]) => first + rest.join(''));
// Flow lists close to the fast path's grammar: words, integers and near-misses, odd spacing.
const flowItem = fc.oneof(
  edgeWord,
  fc.constantFrom('12', '0', '007', '1.5', '1e3', '-3', 'true', 'null', 'PO 7781', 'PO-1', ''),
  fc.stringMatching(/^[1-9][0-9]{0,17}$/),
);
const edgeFlow = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom('', ' ', '  '), flowItem, fc.constantFrom('', ' ')), { maxLength: 4 }),
    fc.constantFrom(',', ', ', ' ,'),
  )
  .map(([items, sep]) => `[${items.map(([a, v, b]) => a + v + b).join(sep)}]`);
const edgeValue = fc.oneof({ weight: 3, arbitrary: edgeWord }, { weight: 2, arbitrary: edgeFlow });
const edgeSource = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(
        fc.constantFrom(...KEYS),
        fc.oneof({ weight: 5, arbitrary: fc.constant(': ') }, { weight: 1, arbitrary: fc.constantFrom(...SEPARATORS) }),
        edgeValue,
        fc.constantFrom('', '', '', ' ', '  ', '\t'),
      ),
      { minLength: 1, maxLength: 6, selector: ([k]) => k },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([lines, eol]) => lines.map(([k, sep, v, t]) => `${k}${sep}${v}${t}${eol}`).join(''));

describe('front matter fast path', () => {
  it('agrees with the YAML parser at the edges of the simple-line grammar', () => {
    fc.assert(
      fc.property(edgeSource, (src) => {
        const eol = src.endsWith('\r\n') ? '\r\n' : '\n';
        const { fast, yaml } = both(`---${eol}${src}---${eol}Body.`);
        expect(fast).toEqual(yaml);
      }),
      { numRuns: 2500, seed: 7 },
    );
  });

  it('agrees with the YAML parser on generated front matter (data, problems, offsets)', () => {
    fc.assert(
      fc.property(source, fc.constantFrom('\n', '\r\n'), (src, eol) => {
        const text = `---${eol}${src}${src.endsWith('\n') || src.endsWith('\r') || src === '' ? '' : eol}---${eol}Body text.`;
        const { fast, yaml } = both(text);
        expect(fast).toEqual(yaml);
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('agrees with the YAML parser on 1,500 benchmark corpus drafts', () => {
    for (let i = 0; i < 1500; i++) {
      const { text } = generateDraft(1, i);
      const { fast, yaml } = both(text);
      expect(fast).toEqual(yaml);
    }
  });

  it('agrees on simple hand-picked cases', () => {
    for (const text of [
      '---\nchannel: emial\nstage: ordr\n---\nHi',
      '---\r\nchannel: emial  \r\nstage: order\r\n---\r\nHi\r\n',
      '---\nchanel: email\nchannel: email\n---\n',
      '---\nto: Peter Liu, BuyerCo   \nsubject: 关于报价\nlang: zh\n---\n您好',
      '---\nchannel: true\n---\n',
      '---\nchannel: email\nchannel: wechat\n---\n',
    ]) {
      const { fast, yaml } = both(text);
      expect(fast).toEqual(yaml);
    }
  });
});
