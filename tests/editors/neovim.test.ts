// A real third-party LSP client: headless Neovim attaches the server to a draft, reads the
// diagnostics, applies the preferred quick fix and saves; the test checks the saved file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../lsp/helpers/build.js';
import { houseWorkspace } from '../lsp/helpers/workspace.js';

const here = dirname(fileURLToPath(import.meta.url));
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
if (!available && process.env.CI) throw new Error('nvim is not installed: CI must install the Debian package `neovim` (see .ci/run)');

const version = available ? /NVIM (v\S+)/.exec(nvim.stdout)?.[1] : 'not installed';

describe.skipIf(!available)(`Neovim ${version} (headless) as the LSP client, with the 0.7–0.9 recipe`, () => {
  let server: string;
  beforeAll(async () => {
    server = await buildServer();
  }, 60_000);

  function runNvim(draft: string, rule: string) {
    const cache = mkdtempSync(join(tmpdir(), 'msglint-nvim-'));
    return spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'neovim', 'quickfix.lua')}`], {
      encoding: 'utf8',
      timeout: 40_000,
      env: {
        ...process.env,
        XDG_CACHE_HOME: cache,
        XDG_STATE_HOME: cache,
        XDG_DATA_HOME: cache,
        XDG_CONFIG_HOME: cache,
        MSGLINT_SERVER: server,
        MSGLINT_DRAFT: draft,
        MSGLINT_RULE: rule,
      },
    });
  }

  it('applies the quick fix for a front matter typo and saves the file', () => {
    const ws = houseWorkspace();
    const draft = ws.path('drafts/typo.msg.md');
    ws.write('drafts/typo.msg.md', '---\nchannel: emial\nstage: inquiry\n---\nDear Peter,\n\nThank you for your visit.\n\nAmy\n');
    const run = runNvim(draft, 'front-matter/invalid-value');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('hover: ok');
    expect(run.stdout).toContain('summary: msglint: email · inquiry · English\n');
    expect(run.stdout).toContain('OK');
    expect(readFileSync(draft, 'utf8')).toBe('---\nchannel: email\nstage: inquiry\n---\nDear Peter,\n\nThank you for your visit.\n\nAmy\n');
  }, 60_000);

  it('converts columns after non-ASCII text correctly (UTF-16 vs bytes)', () => {
    const ws = houseWorkspace();
    const draft = ws.path('drafts/cjk.msg.md');
    ws.write('drafts/cjk.msg.md', '---\nchannel: email\n---\n您好 Peter，kindly revert by Friday.\n');
    const run = runNvim(draft, 'house/kindly-revert');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(readFileSync(draft, 'utf8')).toBe('---\nchannel: email\n---\n您好 Peter，please reply by Friday.\n');
  }, 60_000);

  it('takes its settings from init_options (defaultChannel) and shows the summary on hover', () => {
    const ws = houseWorkspace();
    const draft = ws.path('drafts/chat.msg.md');
    // No front matter: the channel comes from the recipe's settings, and WhatsApp shorthand is flagged.
    ws.write('drafts/chat.msg.md', 'Hi Peter, pls send the samples.\n');
    const run = runNvim(draft, 'im-style/shorthand');
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('summary: msglint: whatsapp · no stage · English (channel from settings)\n');
    expect(readFileSync(draft, 'utf8')).toBe('Hi Peter, please send the samples.\n');
  }, 60_000);
});
