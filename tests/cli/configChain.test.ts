// How configs combine: a nested .msglintrc.yaml applies over its parents' (packs, severities and
// defaults are kept unless it overrides them), `root: true` stops the walk, and `extends:` applies
// named files first. Each file's globs and pack paths are relative to that file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../server/src/node/project.js';
import { isolatingConfig, runCli, workspace, type JsonOutput } from './harness.js';

const WARN = 'Dear Peter,\n\npls reply\n';

describe('config chain', () => {
  it('a nested config keeps its parent’s packs and severities, and overrides what it sets', () => {
    const ws = workspace(
      { 'team/.msglintrc.yaml': 'channel: wechat\nseverity:\n  test/shorthand: error\n', 'team/a.msg.md': '', 'b.msg.md': '' },
      isolatingConfig('channel: email\nstage: inquiry\nlocale: zh', { test: 'warning' }),
    );
    const p = new Project();
    const team = p.contextFor(join(ws, 'team/a.msg.md'));
    expect(team.rules.get('test/shorthand')).toBeDefined(); // the parent's pack
    expect(team.settings.defaults).toEqual({ channel: 'wechat', stage: 'inquiry' });
    expect(team.settings.severity).toEqual({ test: 'warning', 'test/shorthand': 'error' });
    expect(team.locale).toBe('zh');
    expect(p.contextFor(join(ws, 'b.msg.md')).settings.defaults.channel).toBe('email');
  });

  it('root: true stops at that config', () => {
    const ws = workspace(
      { 'team/.msglintrc.yaml': 'root: true\nchannel: wechat\n', 'team/a.msg.md': '' },
      isolatingConfig('stage: inquiry'),
    );
    const team = new Project().contextFor(join(ws, 'team/a.msg.md'));
    expect(team.rules.get('test/shorthand')).toBeUndefined();
    expect(team.settings.defaults).toEqual({ channel: 'wechat' });
  });

  it('extends: applies the named files first (their globs relative to themselves), then the config', () => {
    const ws = workspace(
      {
        'shared/base.yaml': `${isolatingConfig('channel: sms\nignore: ["old/**"]', { 'test/shorthand': 'error' })}`,
        'project/.msglintrc.yaml': 'root: true\nextends: ../shared/base.yaml\nchannel: email\n',
        'project/a.msg.md': '',
      },
      false,
    );
    const p = new Project();
    const context = p.contextFor(join(ws, 'project/a.msg.md'));
    expect(context.errors).toEqual([]);
    expect(context.rules.get('test/shorthand')).toBeDefined();
    expect(context.settings.severity['test/shorthand']).toBe('error');
    expect(context.settings.defaults.channel).toBe('email');
    expect(p.contextFor(join(ws, 'shared/old/x.msg.md')).settings.ignored).toBe(false); // not under base.yaml's chain
  });

  it('an extends cycle or a missing file is a located config error (exit 2)', async () => {
    const cycle = workspace({ 'a.yaml': 'extends: ./.msglintrc.yaml\n', 'd.msg.md': WARN }, 'root: true\nextends: ./a.yaml\n');
    const run = await runCli(['d.msg.md'], { cwd: cycle });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.msglintrc\.yaml:1:1: extends ".\/\.msglintrc\.yaml" makes a cycle|a\.yaml:1:1: extends/);
    const missing = workspace({ 'd.msg.md': WARN }, 'root: true\nextends: ./nope.yaml\n');
    const gone = await runCli(['d.msg.md'], { cwd: missing });
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain('nope.yaml:1:1: cannot read config (ENOENT)');
  });

  it('one run over folders with different configs gives each draft what it gets alone (drafts are linted in batches)', async () => {
    const files: Record<string, string> = {
      'team/.msglintrc.yaml': 'severity:\n  test/shorthand: error\nlocale: zh\n',
      'other/.msglintrc.yaml': 'root: true\nchannel: whatsapp\n',
    };
    for (let i = 0; i < 5; i++) {
      files[`a${i}.msg.md`] = WARN;
      files[`team/t${i}.msg.md`] = WARN;
      files[`other/o${i}.msg.md`] = `pls send me ur pw ${i}\n`;
    }
    const ws = workspace(files);
    const together = JSON.parse((await runCli(['--jobs', '1', '--format', 'json', '.'], { cwd: ws })).stdout) as JsonOutput;
    const paths = together.files.map((f) => f.path);
    expect(paths).toHaveLength(15);
    for (const file of together.files) {
      const alone = JSON.parse((await runCli(['--format', 'json', file.path], { cwd: ws })).stdout) as JsonOutput;
      expect(file, file.path).toEqual(alone.files[0]);
    }
    // The configs did make the drafts differ.
    const summary = (prefix: string) =>
      JSON.stringify(together.files.find((f) => f.path.startsWith(prefix))?.diagnostics.map((d) => [d.ruleId, d.severity, d.message]));
    expect(new Set(['a0', 'team/', 'other/'].map(summary)).size).toBe(3);
  }, 60_000);

  it('the CLI lints a nested folder with the parent’s pack', async () => {
    const ws = workspace({ 'team/.msglintrc.yaml': 'channel: email\n', 'team/a.msg.md': WARN });
    const run = await runCli(['--format', 'json', 'team'], { cwd: ws });
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(out.files[0].diagnostics.map((d) => d.ruleId)).toEqual(['test/shorthand']);
  });
});
