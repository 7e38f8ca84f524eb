// The node layer: config discovery (walking up; nearer configs win, parents still apply), --config, --no-config, untrusted
// workspaces, extra packs, and cache invalidation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../server/src/node/project.js';
import { isolatingConfig, TEST_PACK, workspace } from './harness.js';

const hasTestRules = (p: Project, file: string) => Boolean(p.contextFor(file).rules.get('test/shorthand'));

describe('Project', () => {
  it('finds the nearest config walking up, over its parent; .msglintrc.yml works too', () => {
    const ws = workspace(
      { 'team/.msglintrc.yml': 'channel: wechat\n', 'team/a/b.msg.md': '', 'other/c.msg.md': '' },
      isolatingConfig('channel: email'),
    );
    const p = new Project();
    const deep = p.contextFor(join(ws, 'team/a/b.msg.md'));
    expect(deep.configPath).toBe(join(ws, 'team/.msglintrc.yml'));
    expect(deep.settings.defaults.channel).toBe('wechat');
    expect(hasTestRules(p, join(ws, 'team/a/b.msg.md'))).toBe(true); // the parent config's pack still applies
    const other = p.contextFor(join(ws, 'other/c.msg.md'));
    expect(other.configPath).toBe(join(ws, '.msglintrc.yaml'));
    expect(other.settings.defaults.channel).toBe('email');
    expect(hasTestRules(p, join(ws, 'other/c.msg.md'))).toBe(true);
  });

  it('--config: one file for every draft, globs relative to its folder', () => {
    const ws = workspace(
      {
        'conf/strict.yaml': 'overrides:\n  - files: "drafts/**"\n    channel: sms\n',
        'conf/drafts/a.msg.md': '',
        'x/.msglintrc.yaml': 'channel: email\n',
      },
      false,
    );
    const p = new Project({ configFile: join(ws, 'conf/strict.yaml') });
    expect(p.contextFor(join(ws, 'conf/drafts/a.msg.md')).settings.defaults.channel).toBe('sms');
    expect(p.contextFor(join(ws, 'x/b.msg.md')).configPath).toBe(join(ws, 'conf/strict.yaml'));
  });

  it('--no-config and untrusted workspaces read no config; untrusted also loads no extra pack', () => {
    const ws = workspace({ 'a.msg.md': '' }, isolatingConfig('channel: email'));
    const file = join(ws, 'a.msg.md');
    expect(new Project({ useConfig: false }).contextFor(file).settings.defaults).toEqual({});
    expect(hasTestRules(new Project({ useConfig: false, extraPacks: [TEST_PACK] }), file)).toBe(true);
    const untrusted = new Project({ trusted: false, extraPacks: [TEST_PACK] });
    expect(untrusted.contextFor(file).configPath).toBeUndefined();
    expect(hasTestRules(untrusted, file)).toBe(false);
  });

  it('an unreadable or broken config is a located error, not an exception', () => {
    const ws = workspace({ 'a.msg.md': '' }, 'channel: [email\n');
    const errors = new Project().contextFor(join(ws, 'a.msg.md')).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].path).toBe(join(ws, '.msglintrc.yaml'));
    const dir = workspace({ '.msglintrc.yaml/x': '', 'b.msg.md': '' }, false);
    expect(new Project().contextFor(join(dir, 'b.msg.md')).errors[0].message).toMatch(/cannot read config \(EISDIR\)/);
  });

  it('caches per folder until invalidate()', () => {
    const ws = workspace({ 'a.msg.md': '' }, 'channel: email\n');
    const p = new Project();
    const file = join(ws, 'a.msg.md');
    expect(p.contextFor(file).settings.defaults.channel).toBe('email');
    writeFileSync(join(ws, '.msglintrc.yaml'), 'channel: sms\n');
    expect(p.contextFor(file).settings.defaults.channel).toBe('email');
    p.invalidate();
    expect(p.contextFor(file).settings.defaults.channel).toBe('sms');
  });
});
