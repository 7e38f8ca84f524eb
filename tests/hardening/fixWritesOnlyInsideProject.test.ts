// Item 2 of issue 16: --fix never writes through a symlink (file or folder) whose target is outside
// the folder msglint runs in, unless --follow-symlinks says so. A cloned repository cannot aim a fix
// at ~/.bashrc.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatingConfig, runCli, workspace } from '../cli/harness.js';

const VICTIM = 'alias u=uptime\npls\n';

function projectBesideVictim() {
  const ws = workspace({ 'project/.msglintrc.yaml': isolatingConfig() }, false);
  mkdirSync(join(ws, 'outside'));
  writeFileSync(join(ws, 'outside/victim.bashrc'), VICTIM);
  return ws;
}

describe('--fix stays inside the project', () => {
  it('a symlinked draft pointing outside is refused with a clear message; the target is untouched', async () => {
    const ws = projectBesideVictim();
    symlinkSync('../outside/victim.bashrc', join(ws, 'project/notes.msg.md'));
    const r = await runCli(['--fix', 'notes.msg.md'], { cwd: join(ws, 'project') });
    expect(readFileSync(join(ws, 'outside/victim.bashrc'), 'utf8')).toBe(VICTIM);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^msglint: notes\.msg\.md: is a symlink to .*outside\/victim\.bashrc, outside .*project; not fixed \(--follow-symlinks allows it\)\n$/,
    );
  });

  it('a draft inside a symlinked folder that leads outside is refused too', async () => {
    const ws = projectBesideVictim();
    writeFileSync(join(ws, 'outside/x.msg.md'), 'pls\n');
    symlinkSync('../outside', join(ws, 'project/linked'));
    const r = await runCli(['--fix', 'linked/x.msg.md'], { cwd: join(ws, 'project') });
    expect(readFileSync(join(ws, 'outside/x.msg.md'), 'utf8')).toBe('pls\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/linked\/x\.msg\.md: resolves to .*outside/);
  });

  it('--follow-symlinks writes through the link, and the link stays a link', async () => {
    const ws = projectBesideVictim();
    writeFileSync(join(ws, 'outside/x.msg.md'), 'pls\n');
    symlinkSync('../outside/x.msg.md', join(ws, 'project/x.msg.md'));
    const r = await runCli(['--fix', '--follow-symlinks', 'x.msg.md'], { cwd: join(ws, 'project') });
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'outside/x.msg.md'), 'utf8')).toBe('please\n');
  });

  it('a symlink to a file inside the project is fixed without the flag', async () => {
    const ws = workspace({ 'real/a.msg.md': 'pls\n' });
    symlinkSync('real/a.msg.md', join(ws, 'link.msg.md'));
    const r = await runCli(['--fix', 'link.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'real/a.msg.md'), 'utf8')).toBe('please\n');
  });
});
