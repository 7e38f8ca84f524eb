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

  it('front matter over 500 lines is one located problem, found before any YAML parser runs', () => {
    const keys = (n: number) => `---\n${Array.from({ length: n }, (_, i) => `"key${i}": v`).join('\n')}\n---\nHello\n`;
    const text = keys(80_000);
    const problems = parseFrontMatter(text).problems;
    expect(problems.map((p) => [p.check, p.params.detail, text.slice(p.start, p.end)])).toEqual([
      ['yaml-syntax', 'front matter this long is not read (more than 500 lines; it needs a few)', '"key500": v'],
    ]);
    // 500 lines are still read.
    expect(parseFrontMatter(keys(500)).problems).toHaveLength(500);
  });

  it('front matter over 64 KB (few lines) is one problem too', () => {
    const text = `---\nto: ${'x'.repeat(70_000)}\n---\nHello\n`;
    expect(details(text)).toEqual([
      ['yaml-syntax', 'front matter this long is not read (more than 65536 characters; it needs a few lines)'],
    ]);
  });

  it('many quoted keys: time grows linearly from 1× to 4× to 16× (5,000 → 80,000 keys)', () => {
    const time = (n: number) => {
      const text = `---\n${Array.from({ length: n }, (_, i) => `"key${i}": v`).join('\n')}\n---\nHello\n`;
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        parseFrontMatter(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const [x1, x4, x16] = [5_000, 20_000, 80_000].map(time);
    console.log(`front matter growth: ${x1.toFixed(1)} → ${x4.toFixed(1)} → ${x16.toFixed(1)} ms (1×, 4×, 16×)`);
    // Before the pre-scan: 0.6 s → 1 s → 3.2 s. Timer noise is kept out by a 1 ms floor.
    expect(x4 / Math.max(x1, 1)).toBeLessThan(8);
    expect(x16 / Math.max(x1, 1)).toBeLessThan(32);
  });

  it('1000-deep front matter: one clear problem', () => {
    expect(details(`---\nrefs: ${'['.repeat(1000)}${']'.repeat(1000)}\n---\nHi\n`)).toEqual([
      ['yaml-syntax', 'nested too deeply (YAML here needs only a few levels)'],
    ]);
  });
});

describe('config', () => {
  it('a config over 5,000 lines is one located error, before the YAML parser', () => {
    const source = `severity:\n${Array.from({ length: 20_000 }, (_, i) => `  "rule${i}": off`).join('\n')}\n`;
    const started = performance.now();
    const { errors } = parseConfig(source, 'c.yaml');
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual([[5001, 1, 'a config this long is not read (more than 5000 lines)']]);
    // The YAML parser takes about a second on this; the pre-scan a fraction of a millisecond.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('1000-deep config: one clear error', () => {
    const block = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
    for (const source of [`channel: email\nx: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, block]) {
      expect(parseConfig(source, 'c.yaml').errors.map((e) => e.message)).toEqual(['nested too deeply (YAML here needs only a few levels)']);
    }
  });
});
