// Issue 9's table: drafts that `--fix` once rewrote into something the rep never meant. Run through
// the real CLI: each comes back byte-identical and none gets a warning; the front-matter rows get
// the one certain correction (lang: cn → zh, never en) or none at all (cc: stays cc:).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, workspace as tempWorkspace } from '../cli/harness.js';

// The test CLI bundle carries only the front-matter pack: the project's packs are named in its config.
const PACKS = readdirSync(join(ROOT, 'rules'))
  .filter((f) => f.endsWith('.yaml') && f !== 'front-matter.yaml')
  .map((f) => join(ROOT, 'rules', f));
const workspace = (files: Record<string, string>) => tempWorkspace(files, `rulePacks: ${JSON.stringify(PACKS)}\n`);

const chat = (body: string, lang: 'en' | 'zh') => `---\nchannel: ${lang === 'zh' ? 'wechat' : 'whatsapp'}\nlang: ${lang}\n---\n${body}\n`;

const UNCHANGED: Record<string, string> = {
  'rice.msg.md': chat('大米有现货，五吨起订。', 'zh'),
  'rosewood.msg.md': chat('红木有限公司的订单已经排产。', 'zh'),
  'fertilizer.msg.md': chat('玉米有机肥每袋四十公斤。', 'zh'),
  'agents.msg.md': chat('本厂直销，中介个人勿扰。', 'zh'),
  'zoom.msg.md': chat('The camera has a 3x optical zoom.', 'en'),
  'bolts.msg.md': chat('We can supply 3X bolts in stainless steel.', 'en'),
  'vitamin.msg.md': chat('Each tablet contains vitamin K, zinc and iron.', 'en'),
  'thermocouple.msg.md': chat('The thermocouple is type K.', 'en'),
  'ty.msg.md': chat('Dear Ty, thank you for visiting our booth.', 'en'),
  'paper.msg.md': chat('The A4 and B4 sizes are both in stock.', 'en'),
  'box.msg.md': chat('The spare screws are in box u.', 'en'),
  'temple.msg.md': chat('We visited Wat Arun on Sunday.', 'en'),
  'dolls.msg.md': chat('The LOL Surprise dolls are back in stock.', 'en'),
  'cc.msg.md': '---\nchannel: email\ncc: anna@buyer.example\n---\nDear Peter, the invoice is attached.\n',
};

describe('issue 9: the drafts --fix used to rewrite', () => {
  it('come back from --fix byte-identical, with no finding at all', async () => {
    const ws = workspace(UNCHANGED);
    const names = Object.keys(UNCHANGED);
    const fixed = await runCli(['--fix', ...names], { cwd: ws });
    expect(fixed.stderr).toBe('');
    for (const name of names) expect(readFileSync(join(ws, name), 'utf8'), name).toBe(UNCHANGED[name]);
    const report = await runCli(['--format', 'json', ...names], { cwd: ws });
    const findings = JSON.parse(report.stdout).files.flatMap((f: { path: string; diagnostics: { ruleId: string }[] }) =>
      f.diagnostics.map((d) => `${f.path}: ${d.ruleId}`),
    );
    expect(findings).toEqual([]);
    expect(report.code).toBe(0);
  });

  it('lang: cn, zh-CN and chinese become zh (never en), and the draft is then clean', async () => {
    const files = Object.fromEntries(
      ['cn', 'zh-CN', 'chinese'].map((v) => [`${v}.msg.md`, `---\nchannel: wechat\nlang: ${v}\n---\n刘总您好，样品已经寄出。\n`]),
    );
    const ws = workspace(files);
    const r = await runCli(['--fix', ...Object.keys(files)], { cwd: ws });
    expect(r.stderr).toBe(
      Object.keys(files)
        .map((f) => `msglint: ${f}: 1 fix applied\n`)
        .join(''),
    );
    for (const name of Object.keys(files))
      expect(readFileSync(join(ws, name), 'utf8')).toBe('---\nchannel: wechat\nlang: zh\n---\n刘总您好，样品已经寄出。\n');
    expect((await runCli(Object.keys(files), { cwd: ws })).code).toBe(0);
  });

  it('two mistyped keys that would both become channel are left for the writer (no duplicate key)', async () => {
    const text = '---\nchanel: email\nchannl: wechat\n---\nDear Peter, the invoice is attached.\n';
    const ws = workspace({ 'two.msg.md': text });
    await runCli(['--fix', 'two.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'two.msg.md'), 'utf8')).toBe(text);
  });

  it('a shorthand finding names exactly the word, and a deletion says so', async () => {
    const ws = workspace({ 'lol.msg.md': chat('The photo came out upside down lol, will resend.', 'en') });
    const r = await runCli(['--format', 'json', 'lol.msg.md'], { cwd: ws });
    const [d] = JSON.parse(r.stdout).files[0].diagnostics;
    expect(d.message).toBe('Texting shorthand “lol”: leave it out.');
    expect(d.range).toEqual({ start: { line: 4, character: 31 }, end: { line: 4, character: 34 } });
    expect(d.fix.safe).toBe(false);
    expect(d.fix.edits[0].newText).toBe('');
  });
});
