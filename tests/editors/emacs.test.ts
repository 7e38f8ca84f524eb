// A second real LSP client: Emacs with eglot (Debian `emacs-nox elpa-eglot`) attaches the server to
// a draft, applies the preferred quick fix and saves; the test checks the saved file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../lsp/helpers/build.js';
import { houseWorkspace } from '../lsp/helpers/workspace.js';

const here = dirname(fileURLToPath(import.meta.url));
const emacs = spawnSync('emacs', ['--batch', '-q', '--eval', '(progn (package-initialize) (require \'eglot) (princ "eglot-ok"))'], {
  encoding: 'utf8',
});
const available = emacs.status === 0 && emacs.stdout.includes('eglot-ok');
if (!available && process.env.CI)
  throw new Error('emacs with eglot is not installed: CI must install the Debian packages `emacs-nox elpa-eglot` (see .ci/run)');

describe.skipIf(!available)('Emacs + eglot (batch) as the LSP client', () => {
  let server: string;
  beforeAll(async () => {
    server = await buildServer();
  }, 60_000);

  it('applies the quick fix for a front matter typo and saves the file', () => {
    const ws = houseWorkspace();
    const draft = ws.path('drafts/typo.msg.md');
    ws.write('drafts/typo.msg.md', '---\nchannel: emial\nstage: inquiry\n---\n您好 Peter，kindly revert by Friday.\n');
    const home = mkdtempSync(join(tmpdir(), 'msglint-emacs-'));
    const run = spawnSync('emacs', ['--batch', '-q', '-l', join(here, 'emacs', 'quickfix.el')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: home, MSGLINT_SERVER: server, MSGLINT_DRAFT: draft, MSGLINT_RULE: 'front-matter/invalid-value' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('OK');
    expect(readFileSync(draft, 'utf8')).toBe('---\nchannel: email\nstage: inquiry\n---\n您好 Peter，kindly revert by Friday.\n');
  }, 90_000);

  it('fixes a finding after non-ASCII text on the same line', () => {
    const ws = houseWorkspace();
    const draft = ws.path('drafts/cjk.msg.md');
    ws.write('drafts/cjk.msg.md', '---\nchannel: email\n---\n您好 Peter，kindly revert by Friday.\n');
    const home = mkdtempSync(join(tmpdir(), 'msglint-emacs-'));
    const run = spawnSync('emacs', ['--batch', '-q', '-l', join(here, 'emacs', 'quickfix.el')], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, HOME: home, MSGLINT_SERVER: server, MSGLINT_DRAFT: draft, MSGLINT_RULE: 'house/kindly-revert' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(readFileSync(draft, 'utf8')).toBe('---\nchannel: email\n---\n您好 Peter，please reply by Friday.\n');
  }, 90_000);
});
