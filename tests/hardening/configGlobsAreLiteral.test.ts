// Item 12 of issue 16: config globs never become regex groups. `ignore: ["(a+)+b"]` was a
// catastrophic regex (25 s on a 29-character name); parentheses are now literal characters.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../server/src/engine/index.js';

describe('config globs', () => {
  it('ignore: ["(a+)+b"] against a long name of a-s answers at once, and does not match', () => {
    expect(settingsFor({ ignore: ['(a+)+b'] }, 'a'.repeat(40)).ignored).toBe(false);
    expect(settingsFor({ overrides: [{ files: '(a|aa)+c', channel: 'email' }] }, 'a'.repeat(40)).defaults.channel).toBeUndefined();
  }, 10_000);

  it('parentheses match themselves', () => {
    expect(settingsFor({ ignore: ['(a+)+b'] }, '(a+)+b').ignored).toBe(true);
    expect(settingsFor({ ignore: ['drafts/(old)/*.msg.md'] }, 'drafts/(old)/x.msg.md').ignored).toBe(true);
  });

  it('the usual glob syntax still works', () => {
    expect(settingsFor({ ignore: ['**/old/**'] }, 'a/old/x.msg.md').ignored).toBe(true);
    expect(settingsFor({ ignore: ['*.{en,zh}.msg.md'] }, 'deep/x.zh.msg.md').ignored).toBe(true);
    expect(settingsFor({ ignore: ['[ab]*.msg.md'] }, 'b1.msg.md').ignored).toBe(true);
    expect(settingsFor({ ignore: ['drafts/*.msg.md'] }, 'other/drafts/x.msg.md').ignored).toBe(false);
  });
});
