// Fix-all in the language server equals `msglint --fix` (issue 16, item 22): both run the engine's
// fixDraft, with the same passes. Driven over the real protocol, and through the real CLI.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace } from '../cli/harness.js';
import { buildServer } from '../lsp/helpers/build.js';
import { applyEdits, editsFor, startClient, type TestClient } from '../lsp/helpers/client.js';
import { corpora, fixAll } from './helpers.js';

const PACKS = readdirSync(join(ROOT, 'rules'))
  .filter((f) => f.endsWith('.yaml') && f !== 'front-matter.yaml')
  .map((f) => join(ROOT, 'rules', f));

const { clean, violating } = corpora();
const DRAFTS = [
  // Two passes: the key is renamed, then its value corrected; the shorthand is only a suggestion.
  '---\nchanel: whatsap\n---\nHello pls check the drawing.\n',
  '---\nchannle: email\nstage: ordr\nlang: cn\n---\n刘总您好，样品已经寄出。\n',
  '---\r\nchannel: emial\r\n---\r\nDear Peter,\r\nthe invoice is attached.\r\n',
  '---\nchanel: email\nchannl: wechat\n---\nDear Peter, the invoice is attached.\n',
  ...violating.map((d) => d.text).filter((t) => fixAll(t) !== t),
  ...clean.slice(0, 10).map((d) => d.text),
];

beforeAll(async () => {
  await buildServer();
}, 60_000);

describe('fix-all in the editor equals msglint --fix', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ settings: { debounceMs: 0 }, rootDir: workspace({}, false) });
  });
  afterAll(() => client.stop());

  it('on every draft with safe fixes, and on clean drafts', async () => {
    expect(DRAFTS.length).toBeGreaterThan(15);
    const cwd = workspace({}, `rulePacks: ${JSON.stringify(PACKS)}\n`);
    const mismatches: string[] = [];
    for (const [i, text] of DRAFTS.entries()) {
      const uri = `file:///tmp/msglint-fixall/d${i}.msg.md`;
      client.open(uri, text);
      await client.waitForDiagnostics(uri, (p) => p.version === client.version(uri));
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const editor = actions.length > 0 ? applyEdits(text, editsFor(actions[0].edit, uri)) : text;
      const cli = await runCli(['--stdin', '--fix', '--stdin-filename', `d${i}.msg.md`], { cwd, stdin: text });
      if (editor !== cli.stdout || editor !== fixAll(text)) mismatches.push(JSON.stringify({ text, editor, cli: cli.stdout }));
      client.close(uri);
    }
    expect(mismatches).toEqual([]);
    // The two-pass draft really took two passes in both.
    expect(fixAll(DRAFTS[0])).toBe('---\nchannel: whatsapp\n---\nHello pls check the drawing.\n');
  }, 120_000);
});
