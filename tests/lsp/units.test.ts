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
    const s = normalizeSettings({ enable: false, run: 'onSave', debounceMs: -3, severity: { 'a/b': 'off', c: 'loud' }, locale: 'zh-TW', defaultChannel: ' email ' });
    expect(s).toMatchObject({ enable: false, run: 'onSave', debounceMs: DEFAULT_SETTINGS.debounceMs, severity: { 'a/b': 'off' }, locale: 'zh-cn', defaultChannel: 'email' });
  });

  it('resolves: explicit setting, then the project file, then the editor', () => {
    expect(resolveLocale('zh-cn', 'en', 'en')).toBe('zh');
    expect(resolveLocale('auto', 'zh', 'en')).toBe('zh');
    expect(resolveLocale('auto', undefined, 'zh-Hans')).toBe('zh');
    expect(resolveLocale('auto', undefined, undefined)).toBe('en');
    expect(toLocale('ZH-cn')).toBe('zh');
  });
});
