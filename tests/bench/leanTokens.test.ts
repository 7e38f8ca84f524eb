// parseMarkdownStructure builds markdown-it's block tokens without the Babel field helper (a
// hotspot found by profiling the benchmark corpus). The tokens must be exactly stock markdown-it's.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { blockTokens } from '../../server/src/engine/draft/markdownStructure.js';
import { generateDraft } from '../../bench/generator.mjs';

const stock = new MarkdownIt('commonmark', { html: true });
stock.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
const same = (source: string) => {
  const lean = blockTokens(source);
  const reference = stock.parse(source, {});
  expect(JSON.parse(JSON.stringify(lean))).toEqual(JSON.parse(JSON.stringify(reference)));
  expect(lean.map((t) => Object.keys(t))).toEqual(reference.map((t) => Object.keys(t)));
  expect(lean.every((t) => typeof t.attrGet === 'function')).toBe(true);
};

const pieces = [
  '# Title',
  '> quote',
  '> > nested',
  '- item',
  '  - sub',
  '1. one',
  '10) ten',
  '```js',
  '```',
  '~~~',
  '    code',
  '<!-- c -->',
  '<div>',
  '</div>',
  '---',
  '***',
  'Setext',
  '===',
  '| a | b |',
  'plain words',
  '',
  '\t- tab item',
  '<!-- open',
  '-->',
  '[ref]: http://x',
  '* * *',
  '+ plus',
];
const markdown = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('\n', '\r\n', '\n\n')), { maxLength: 25 })
  .map((parts) => parts.map(([p, eol]) => p + eol).join(''));

describe('lean block tokens', () => {
  it('are the tokens stock markdown-it makes, on generated Markdown', () => {
    fc.assert(fc.property(markdown, same), { numRuns: 1000, seed: 11 });
  });

  it('are the tokens stock markdown-it makes, on benchmark corpus drafts', () => {
    for (let i = 0; i < 300; i++) same(generateDraft(1, i).text);
  });
});
