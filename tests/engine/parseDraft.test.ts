import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../server/src/engine/index.js';
import { isFrontMatterFence, parseFrontMatter } from '../../server/src/engine/draft/frontMatter.js';

const slice = (text: string, p: { start: number; end: number }) => text.slice(p.start, p.end);

describe('front matter', () => {
  it('reads every key with its value', () => {
    const text = '---\nchannel: wechat\nstage: inquiry\nlang: zh\nto: Peter Liu\nsubject: Samples\nrefs: [PO-1, 7781]\n---\nHello';
    const draft = parseDraft(text);
    expect(draft.frontMatter.problems).toEqual([]);
    expect(draft.frontMatter.data).toEqual({
      channel: 'wechat',
      stage: 'inquiry',
      lang: 'zh',
      to: 'Peter Liu',
      subject: 'Samples',
      refs: ['PO-1', 7781],
    });
    expect(draft.channel).toBe('wechat');
    expect(draft.channelSource).toBe('front-matter');
    expect(draft.bodyStart).toBe(text.indexOf('Hello'));
  });

  it('locates an invalid value exactly and suggests the closest one', () => {
    const text = '---\nchannel: emial\nstage: ordr\n---\nHi';
    const { problems, data } = parseDraft(text).frontMatter;
    expect(problems.map((p) => [p.check, slice(text, p), p.suggestion])).toEqual([
      ['invalid-value', 'emial', 'email'],
      ['invalid-value', 'ordr', 'order'],
    ]);
    expect(data).toEqual({});
  });

  it('reports an unknown key at the key, keeping the valid keys', () => {
    const text = '---\nchanel: email\nstage: order\n---\nHi';
    const draft = parseDraft(text);
    expect(draft.frontMatter.problems.map((p) => [p.check, slice(text, p), p.suggestion])).toEqual([['unknown-key', 'chanel', 'channel']]);
    expect(draft.stage).toBe('order');
  });

  it('reports a pair without a key at the pair, with no suggestion', () => {
    for (const [text, named] of [
      ['---\n: email\n---\nHi', ': email'],
      ['---\n:\n---\nHi', ':'],
      ['---\r\n?\r\n---\r\nHi', '?'],
      ['---\nchannel: email\n: x\n---\nHi', ': x'],
    ]) {
      const [problem, ...rest] = parseDraft(text).frontMatter.problems;
      expect(rest).toEqual([]);
      expect([problem.check, slice(text, problem), problem.suggestion]).toEqual(['unknown-key', named, undefined]);
    }
  });

  it('does not suggest a key that is already present', () => {
    const text = '---\nchannel: email\nchanel: email\n---\n';
    expect(parseDraft(text).frontMatter.problems[0].suggestion).toBeUndefined();
  });

  it('works with CRLF line breaks and keeps positions exact', () => {
    const text = '---\r\nchannel: emial\r\nstage: order\r\n---\r\nHi\r\n';
    const draft = parseDraft(text);
    const [problem] = draft.frontMatter.problems;
    expect(slice(text, problem)).toBe('emial');
    expect(draft.lines.rangeOf(problem.start, problem.end)).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
    expect(draft.stage).toBe('order');
    expect(draft.bodyStart).toBe(text.indexOf('Hi'));
  });

  it('accepts a BOM before the opening fence', () => {
    const text = '\uFEFF---\nchannel: emial\n---\nHi';
    const draft = parseDraft(text);
    expect(draft.frontMatter.present).toBe(true);
    expect(slice(text, draft.frontMatter.problems[0])).toBe('emial');
  });

  it('reports broken YAML and keeps going with defaults', () => {
    const text = '---\nchannel: [email\n---\nHi there';
    const draft = parseDraft(text, { channel: 'email' });
    expect(draft.frontMatter.problems.map((p) => p.check)).toContain('yaml-syntax');
    const p = draft.frontMatter.problems[0];
    expect(p.start).toBeGreaterThanOrEqual(draft.frontMatter.yamlStart);
    expect(p.end).toBeLessThanOrEqual(draft.frontMatter.end);
    expect(p.params.detail.length).toBeGreaterThan(0);
    expect(draft.channel).toBe('email');
    expect(draft.channelSource).toBe('default');
  });

  it('reports front matter that is a list or a sentence rather than a mapping', () => {
    for (const yaml of ['- email\n- inquiry', 'just a sentence']) {
      const text = `---\n${yaml}\n---\nHi`;
      const { problems } = parseDraft(text).frontMatter;
      expect(
        problems.map((p) => p.check),
        yaml,
      ).toEqual(['not-a-mapping']);
      expect(slice(text, problems[0])).toBe(yaml);
    }
  });

  it('reports tabs used as YAML indentation as a syntax error, located in the front matter', () => {
    const text = '---\nchannel: email\n\tstage: order\n---\nHi';
    const { problems, yamlStart, yamlEnd } = parseDraft(text).frontMatter;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.check === 'yaml-syntax' && p.start >= yamlStart && p.end <= yamlEnd + 1)).toBe(true);
  });

  it('reports an unclosed front matter at its opening fence', () => {
    const text = '---\nchannel: email\nHello Peter';
    const { present, problems } = parseDraft(text).frontMatter;
    expect(present).toBe(false);
    expect(problems.map((p) => [p.check, slice(text, p)])).toEqual([['unclosed', '---']]);
  });

  it('treats an empty block as present and fine, and a late fence as body', () => {
    expect(parseDraft('---\n---\nHi').frontMatter).toMatchObject({ present: true, problems: [], data: {} });
    expect(parseDraft('Hi\n---\nchannel: x\n---\n').frontMatter.present).toBe(false);
  });

  it('reports duplicate keys', () => {
    const { problems } = parseFrontMatter('---\nchannel: email\nchannel: sms\n---\n');
    expect(problems.map((p) => p.check)).toEqual(['yaml-syntax']);
  });
});

describe('front-matter fences (one definition for the parser and the editor)', () => {
  const lines = ['---', '--- ', '---\t', '\uFEFF---', '...', '----', ' ---', '-- -', '--- x', '', '---  \t '];
  it('a first line opens the front matter exactly when isFrontMatterFence says so', () => {
    for (const line of lines) {
      expect(parseFrontMatter(`${line}\nchannel: email\n---\nHi`).present, JSON.stringify(line)).toBe(isFrontMatterFence(line, 'open'));
    }
  });
  it('a line closes it exactly when isFrontMatterFence says so', () => {
    for (const line of lines) {
      expect(parseFrontMatter(`---\nchannel: email\n${line}\nHi`).present, JSON.stringify(line)).toBe(isFrontMatterFence(line, 'close'));
    }
  });
});

describe('masked views', () => {
  const text = [
    '---',
    'channel: email',
    '---',
    'Dear Peter, pls see `code pls` below.',
    '',
    '> pls send the quote',
    '',
    '```',
    'pls in a block',
    '```',
    '<!-- pls in a comment -->',
    'Thanks, pls reply.',
  ].join('\r\n');
  const draft = parseDraft(text);

  it('keep the length and every line break of the draft', () => {
    for (const view of [draft.prose, draft.visible]) {
      expect(view.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' || text[i] === '\n' || view[i] === '\r' || view[i] === '\n') expect(view[i], `at ${i}`).toBe(text[i]);
      }
    }
  });

  it('prose keeps only the rep’s own words', () => {
    const found = [...draft.prose.matchAll(/pls/g)].map((m) => m.index);
    expect(found).toEqual([text.indexOf('pls see'), text.indexOf('pls reply')]);
    expect(draft.prose).not.toContain('channel');
  });

  it('visible keeps code but not quotes or comments', () => {
    const found = [...draft.visible.matchAll(/pls/g)].map((m) => m.index);
    expect(found).toEqual([text.indexOf('pls see'), text.indexOf('pls`'), text.indexOf('pls in a block'), text.indexOf('pls reply')]);
  });

  it('collects the quoted text and the markdown structure', () => {
    expect(draft.quotedText).toBe('> pls send the quote');
    expect(draft.markdown.codeBlocks.map((s) => slice(text, s))).toEqual(['```\r\npls in a block\r\n```']);
    expect(draft.markdown.codeSpans.map((s) => slice(text, s))).toEqual(['`code pls`']);
    expect(draft.markdown.comments.map((s) => slice(text, s))).toEqual(['<!-- pls in a comment -->']);
  });

  it('headings: code spans are code and comments are comments', () => {
    const d = parseDraft('# Re: `pls` order <!-- msglint-disable-line -->\nSetext `thx`\n---\npls');
    expect(d.markdown.codeSpans.map((s) => slice(d.text, s))).toEqual(['`pls`', '`thx`']);
    expect(d.markdown.comments.map((s) => slice(d.text, s))).toEqual(['<!-- msglint-disable-line -->']);
    expect([...d.prose.matchAll(/pls|thx/g)].map((m) => m.index)).toEqual([d.text.lastIndexOf('pls')]);
  });

  it('splits sentences on Latin and CJK punctuation and line breaks', () => {
    const d = parseDraft('Hello Peter. How are you?\n您好！报价如下。谢谢');
    expect(d.sentences.map((s) => slice(d.text, s))).toEqual(['Hello Peter.', 'How are you?', '您好！', '报价如下。', '谢谢']);
  });
});

describe('language and defaults', () => {
  it('detects Chinese and English, a declared lang wins', () => {
    expect(parseDraft('您好，报价如下，请查收。').lang).toBe('zh');
    expect(parseDraft('Dear Peter, the quote is attached.').lang).toBe('en');
    expect(parseDraft('---\nlang: en\n---\n您好，报价如下，请查收。').lang).toBe('en');
    expect(parseDraft('您好，报价如下，请查收。', { lang: 'en' }).lang).toBe('en');
  });

  it('ignores quoted counterpart text when detecting the language', () => {
    expect(parseDraft('> 您好，请问价格是多少？请尽快回复。\n\nDear buyer, the price is 3 USD.').lang).toBe('en');
  });

  it('uses defaults only where the front matter is silent', () => {
    const draft = parseDraft('---\nstage: order\n---\nHi', { channel: 'sms', stage: 'inquiry' });
    expect([draft.channel, draft.stage, draft.channelSource]).toEqual(['sms', 'order', 'default']);
    expect(parseDraft('Hi').channelSource).toBe('none');
  });
});
