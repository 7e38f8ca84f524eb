// Item 20 of issue 16: UTF-16 drafts with a BOM (what Windows tools write) are decoded and linted,
// not "binary, skipped" with exit 0; --fix writes them back in UTF-16 with the same BOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace, type JsonOutput } from '../cli/harness.js';

const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('UTF-16 drafts', () => {
  for (const [name, encode] of [
    ['LE', le],
    ['BE', be],
  ] as const) {
    it(`UTF-16 ${name} with a BOM is linted like its UTF-8 twin`, async () => {
      const text = '---\nchannel: emial\n---\npls 你好\n';
      const ws = workspace({ 'a.msg.md': encode(text), 'twin.msg.md': text });
      const r = await runCli(['--format', 'json', 'a.msg.md', 'twin.msg.md'], { cwd: ws });
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as JsonOutput;
      const strip = (f: JsonOutput['files'][number]) => f.diagnostics.map((d) => [d.ruleId, d.range]);
      expect(out.files[0].diagnostics.length).toBeGreaterThan(0);
      expect(strip(out.files[0])).toEqual(strip(out.files[1]));
    });

    it(`--fix writes a UTF-16 ${name} draft back in UTF-16 ${name}, BOM kept`, async () => {
      const ws = workspace({ 'a.msg.md': encode('pls 你好\r\n') });
      const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws });
      expect(r.stderr).toMatch(/^(?:msglint: .+: \d+ fix(?:es)? applied\n)+$/); // the per-file fix report, nothing else
      expect(readFileSync(join(ws, 'a.msg.md'))).toEqual(encode('please 你好\r\n'));
    });
  }
});
