// Items 9 (front-matter part), 21 and 23 (depth) of issue 16: the front-matter reader is linear in
// the number of keys, reports YAML aliases and tags clearly (not "[object Object] is not a valid
// channel"), and a 1000-deep front matter or config is one clear error, not a stack overflow.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/engine/index.js';
import { parseFrontMatter } from '../../server/src/engine/draft/frontMatter.js';
import { runCli, workspace } from '../cli/harness.js';

const details = (text: string) => parseFrontMatter(text).problems.map((p) => [p.check, p.params.detail ?? p.params.key]);

describe('front matter', () => {
  it('an alias is reported as an alias', () => {
    expect(details('---\nstage: &s first-contact\nchannel: *s\n---\nHi\n')).toEqual([
      ['yaml-syntax', 'an alias (*s) is not supported in front matter; write the value itself'],
    ]);
  });

  it('a tag is reported as a tag', () => {
    expect(details('---\nchannel: !!str email\n---\nHi\n')).toEqual([['yaml-syntax', 'a tag (!!str) is not supported in front matter']]);
    expect(details('---\nchannel: !custom email\n---\nHi\n')).toEqual([
      ['yaml-syntax', 'a tag (!custom) is not supported in front matter'],
    ]);
  });

  it('through the CLI the message names the alias, never [object Object]', async () => {
    const ws = workspace({ 'a.msg.md': '---\nx: &c {a: 1}\nchannel: *c\n---\nHi\n' });
    const r = await runCli(['a.msg.md'], { cwd: ws });
    expect(r.stdout).toContain('alias (*c)');
    expect(r.stdout).not.toContain('[object Object]');
  });

  it('duplicate keys are still reported, at the second one', () => {
    const text = '---\nchannel: email\n"channel": wechat\n---\nHi\n';
    const problems = parseFrontMatter(text).problems;
    expect(problems.map((p) => [p.check, p.params.detail, text.slice(p.start, p.end)])).toEqual([
      ['yaml-syntax', 'Map keys must be unique', '"channel"'],
    ]);
  });

  it('80,000 quoted keys are read (the duplicate-key check is linear; the bench measures it)', () => {
    const text = `---\n${Array.from({ length: 80_000 }, (_, i) => `"key${i}": v`).join('\n')}\n---\nHello\n`;
    expect(parseFrontMatter(text).problems).toHaveLength(80_000);
  }, 30_000);

  it('1000-deep front matter: one clear problem', () => {
    expect(details(`---\nrefs: ${'['.repeat(1000)}${']'.repeat(1000)}\n---\nHi\n`)).toEqual([
      ['yaml-syntax', 'nested too deeply (YAML here needs only a few levels)'],
    ]);
  });
});

describe('config', () => {
  it('1000-deep config: one clear error', () => {
    const block = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
    for (const source of [`channel: email\nx: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, block]) {
      expect(parseConfig(source, 'c.yaml').errors.map((e) => e.message)).toEqual(['nested too deeply (YAML here needs only a few levels)']);
    }
  });
});
