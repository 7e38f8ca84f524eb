// The server's small pure parts: suppression edits, snippet text, settings and locale.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableFileEdit, disableLineEdit } from '../../server/src/lsp/codeActions.js';
import { resolveLocale, toLocale } from '../../server/src/lsp/locale.js';
import { normalizeSettings } from '../../server/src/lsp/settings.js';
import { snippetToPlainText } from '../../server/src/lsp/snippets.js';
import { DEFAULT_SETTINGS } from '../../server/src/shared/settings.js';
import { applyEdits } from './helpers/client.js';

const doc = (text: string) => TextDocument.create('file:///x.msg.md', 'msglint-draft', 1, text);

describe('suppression edits', () => {
  it('appends a disable-line comment, or adds the rule to the one already there', () => {
    const text = 'Hi,\nKindly revert.\n';
    const once = applyEdits(text, [disableLineEdit(doc(text), 1, 'a/b')]);
    expect(once).toBe('Hi,\nKindly revert. <!-- msglint-disable-line a/b -->\n');
    const twice = applyEdits(once, [disableLineEdit(doc(once), 1, 'c/d')]);
    expect(twice).toBe('Hi,\nKindly revert. <!-- msglint-disable-line a/b c/d -->\n');
  });

  it('puts a disable comment after the front matter, keeping CRLF, or extends the one there', () => {
    const text = '---\r\nchannel: email\r\n---\r\nHi\r\n';
    const once = applyEdits(text, [disableFileEdit(doc(text), 26, 'a/b')]);
    expect(once).toBe('---\r\nchannel: email\r\n---\r\n<!-- msglint-disable a/b -->\r\nHi\r\n');
    const twice = applyEdits(once, [disableFileEdit(doc(once), 26, 'c')]);
    expect(twice).toBe('---\r\nchannel: email\r\n---\r\n<!-- msglint-disable a/b c -->\r\nHi\r\n');
  });
});

describe('snippets as plain text', () => {
  it('keeps placeholder defaults and drops tab stops', () => {
    expect(snippetToPlainText('Dear ${1:Ms. Lindqvist},\n${2|a,b|} $1 ${3} end$0')).toBe('Dear Ms. Lindqvist,\na   end');
    expect(snippetToPlainText('${1:outer ${2:inner}}')).toBe('outer inner');
    expect(snippetToPlainText('USD \\$5')).toBe('USD $5');
  });
});

describe('settings and locale', () => {
  it('keeps valid fields and falls back to the defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({
      enable: false,
      run: 'onSave',
      debounceMs: -3,
      severity: { 'a/b': 'off', c: 'loud' },
      locale: 'zh-TW',
      defaultChannel: ' email ',
    });
    expect(s).toMatchObject({
      enable: false,
      run: 'onSave',
      debounceMs: DEFAULT_SETTINGS.debounceMs,
      severity: { 'a/b': 'off' },
      locale: 'zh-cn',
      defaultChannel: 'email',
    });
  });

  it('resolves: explicit setting, then the project file, then the editor', () => {
    expect(resolveLocale('zh-cn', 'en', 'en')).toBe('zh');
    expect(resolveLocale('auto', 'zh', 'en')).toBe('zh');
    expect(resolveLocale('auto', undefined, 'zh-Hans')).toBe('zh');
    expect(resolveLocale('auto', undefined, undefined)).toBe('en');
    expect(toLocale('ZH-cn')).toBe('zh');
  });
});

describe('strict framing', () => {
  async function read(chunks: (string | Buffer)[]) {
    const { PassThrough } = await import('node:stream');
    const { StrictStreamReader } = await import('../../server/src/lsp/framing.js');
    const stream = new PassThrough();
    const events = { fatal: [] as string[], unparsable: 0, messages: [] as unknown[] };
    const reader = new StrictStreamReader(stream, { fatal: (r) => events.fatal.push(r), unparsable: () => events.unparsable++ });
    reader.listen((m) => events.messages.push(m));
    for (const chunk of chunks) stream.write(chunk);
    await new Promise((r) => setImmediate(r));
    return events;
  }
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

  it('reads frames split anywhere, several per chunk, with multi-byte text and a Content-Type', async () => {
    const bodies = ['{"jsonrpc":"2.0","method":"a","params":{"t":"您好 😀"}}', '{"jsonrpc":"2.0","id":1,"method":"b"}'];
    const bytes = Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n${frame(bodies[0])}${frame(bodies[1])}`);
    for (const at of [1, 17, 40, 60, 70, bytes.length - 1]) {
      const events = await read([bytes.subarray(0, at), bytes.subarray(at)]);
      expect(events.fatal).toEqual([]);
      expect(events.messages).toEqual(bodies.map((b) => JSON.parse(b)));
    }
  });

  it('reads a large body that arrives in many chunks', async () => {
    const bytes = Buffer.from(
      frame(JSON.stringify({ jsonrpc: '2.0', method: 'big', params: { text: '价格 4.60 USD. '.repeat(200_000) } })),
    );
    const chunks: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
    const events = await read(chunks);
    expect(events.fatal).toEqual([]);
    expect((events.messages[0] as { params: { text: string } }).params.text).toHaveLength('价格 4.60 USD. '.length * 200_000);
  });

  it('skips a body that is not JSON and reads on', async () => {
    const events = await read([frame('{oops'), frame('{"jsonrpc":"2.0","method":"c"}')]);
    expect(events.unparsable).toBe(1);
    expect(events.messages).toEqual([{ jsonrpc: '2.0', method: 'c' }]);
  });

  it('is fatal, once and without quoting the input, for a header it cannot read', async () => {
    for (const bad of [
      'Content-Length: abc\r\n\r\n',
      'Content-Length: -5\r\n\r\n',
      'Content-Length: 1e3\r\n\r\n',
      'X: 1\r\n\r\n',
      'Content-Length: 2\n\n{}',
      'secret words\r\n',
      'x'.repeat(9000),
    ]) {
      const events = await read([bad, frame('{"jsonrpc":"2.0","method":"after"}')]);
      expect(events.fatal, bad).toHaveLength(1);
      expect(events.fatal[0]).toMatch(/^malformed message header: /);
      expect(events.fatal[0]).not.toMatch(/abc|secret|xxx/);
      expect(events.messages).toEqual([]);
    }
  });
});

describe('code action ranges', () => {
  it('a cursor touches a finding from its first to its last character; a selection must share one', async () => {
    const { overlaps } = await import('../../server/src/lsp/codeActions.js');
    const r = (l1: number, c1: number, l2: number, c2: number) => ({
      start: { line: l1, character: c1 },
      end: { line: l2, character: c2 },
    });
    const finding = r(2, 4, 2, 9);
    expect(overlaps(finding, r(2, 4, 2, 4))).toBe(true);
    expect(overlaps(finding, r(2, 9, 2, 9))).toBe(true);
    expect(overlaps(finding, r(2, 3, 2, 3))).toBe(false);
    expect(overlaps(finding, r(0, 0, 3, 0))).toBe(true);
    expect(overlaps(finding, r(2, 0, 2, 4))).toBe(false);
    expect(overlaps(finding, r(2, 9, 2, 12))).toBe(false);
    expect(overlaps(r(1, 0, 1, 0), r(1, 0, 1, 5))).toBe(true);
  });
});
