import { describe, expect, it } from 'vitest';
import { parseConfig, settingsFor, type MsglintConfig } from '../../server/src/engine/index.js';

describe('parseConfig', () => {
  it('reads a full config', () => {
    const source = [
      'channel: email',
      'stage: inquiry',
      'lang: auto',
      'locale: zh',
      'severity:',
      '  test/fyi: off',
      '  test: error',
      'rulePacks: [packs/team.yaml]',
      'ignore: ["archive/**"]',
      'overrides:',
      '  - files: "*.zh.msg.md"',
      '    lang: zh',
      '  - files: [wechat/**, "chat/*.msg.md"]',
      '    channel: wechat',
      '    severity: { test/bang: hint }',
    ].join('\n');
    const { config, errors } = parseConfig(source, '/p/.msglintrc.yaml');
    expect(errors).toEqual([]);
    expect(config).toEqual({
      channel: 'email',
      stage: 'inquiry',
      lang: 'auto',
      locale: 'zh',
      severity: { 'test/fyi': 'off', test: 'error' },
      rulePacks: ['packs/team.yaml'],
      ignore: ['archive/**'],
      overrides: [
        { files: '*.zh.msg.md', lang: 'zh' },
        { files: ['wechat/**', 'chat/*.msg.md'], channel: 'wechat', severity: { 'test/bang': 'hint' } },
      ],
    });
  });

  it('treats an empty file as an empty config', () => {
    expect(parseConfig('', 'c.yaml')).toEqual({ config: {}, errors: [] });
    expect(parseConfig('# only a comment\n', 'c.yaml')).toEqual({ config: {}, errors: [] });
  });

  it('locates a wrong value at its line and column (1-based)', () => {
    const source = 'channel: email\nstage: ordr\n';
    const { config, errors } = parseConfig(source, 'c.yaml');
    expect(config).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'c.yaml', line: 2, column: 8 });
    expect(errors[0].message).toMatch(/^stage: /);
    expect(source.slice(errors[0].start, errors[0].end)).toBe('ordr');
  });

  it('locates an unknown key and a bad nested severity', () => {
    const source = 'stage: order\nseverity:\n  test/fyi: loud\n  chanel: email\nchanel: email\n';
    const { errors } = parseConfig(source, 'c.yaml');
    const where = errors.map((e) => `${e.line}:${e.column} ${source.slice(e.start, e.end)}`).sort();
    expect(where).toEqual(['3:13 loud', '4:11 email', '5:1 chanel']);
  });

  it('reports YAML syntax errors with their position', () => {
    const { errors } = parseConfig('channel: [email\nstage: order\n', 'c.yaml');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].path).toBe('c.yaml');
    expect(errors[0].line).toBeGreaterThanOrEqual(1);
  });

  it('reports an alias to a missing anchor at the alias instead of throwing', () => {
    const source = 'stage: order\nchannel: *nope\n';
    const { config, errors } = parseConfig(source, 'c.yaml');
    expect(config).toEqual({});
    expect(errors.map((e) => [e.line, e.column, source.slice(e.start, e.end)])).toEqual([[2, 10, '*nope']]);
  });

  it('rejects a config that is not a mapping, and tabs used as indentation', () => {
    for (const source of ['- email\n- sms\n', 'just text\n', 'severity:\n\ttest/fyi: off\n']) {
      const { config, errors } = parseConfig(source, 'c.yaml');
      expect(errors.length, source).toBeGreaterThan(0);
      expect(config).toEqual({});
    }
  });
});

describe('settingsFor', () => {
  const config: MsglintConfig = {
    channel: 'email',
    severity: { test: 'warning', 'test/fyi': 'off' },
    ignore: ['archive/**', '*.draft.msg.md'],
    overrides: [
      { files: '*.zh.msg.md', lang: 'zh' },
      { files: 'wechat/**', channel: 'wechat', severity: { 'test/bang': 'error' } },
      { files: 'wechat/urgent/**', stage: 'order', severity: { test: 'error' } },
    ],
  };

  it('uses the top level where no override matches', () => {
    expect(settingsFor(config, 'a.msg.md')).toEqual({
      defaults: { channel: 'email', stage: undefined, lang: undefined },
      severity: { test: 'warning', 'test/fyi': 'off' },
      ignored: false,
    });
  });

  it('matches a glob without a slash against the base name, in any folder', () => {
    expect(settingsFor(config, 'deep/x/a.zh.msg.md').defaults.lang).toBe('zh');
    expect(settingsFor(config, 'deep/x/a.en.msg.md').defaults.lang).toBeUndefined();
  });

  it('applies matching overrides in order, later ones winning', () => {
    const s = settingsFor(config, 'wechat/urgent/b.zh.msg.md');
    expect(s.defaults).toEqual({ channel: 'wechat', stage: 'order', lang: 'zh' });
    expect(s.severity).toEqual({ test: 'error', 'test/fyi': 'off', 'test/bang': 'error' });
  });

  it('ignores by glob, including dot folders', () => {
    expect(settingsFor(config, 'archive/2024/old.msg.md').ignored).toBe(true);
    expect(settingsFor(config, 'x/y.draft.msg.md').ignored).toBe(true);
    expect(settingsFor({ ignore: ['**/.hidden/**'] }, 'a/.hidden/b.msg.md').ignored).toBe(true);
    expect(settingsFor(config, 'current/new.msg.md').ignored).toBe(false);
  });
});
