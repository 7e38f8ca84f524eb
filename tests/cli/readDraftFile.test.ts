// readDraftFile decodes in one native call and re-reads bytes only when a NUL shows early; it must
// decide exactly as decoding the file's bytes does (binary, BOM, invalid UTF-8, NUL near 8,000 bytes).
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDraft, readDraftFile } from '../../server/src/cli/readDraftFile.js';

const dir = mkdtempSync(join(tmpdir(), 'msglint-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pieces = [
  Buffer.from('a'),
  Buffer.from('中文'),
  Buffer.from('😀'),
  Buffer.from([0]),
  Buffer.from([0xff]),
  Buffer.from([0xe4, 0xb8]),
  Buffer.from('\r\n'),
  Buffer.from([0xef, 0xbb, 0xbf]),
];
const filler = (n: number, unit: string) => Buffer.from(unit.repeat(n));

describe('readDraftFile', () => {
  it('decides like decodeDraft on the bytes, for random files', () => {
    let i = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('', 'a', '中', '😀'),
        fc.integer({ min: 0, max: 4200 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
        (unit, n, tail) => {
          const bytes = Buffer.concat([filler(n, unit), ...tail]);
          const path = join(dir, `f${i++}.msg.md`);
          writeFileSync(path, bytes);
          expect(readDraftFile(path)).toEqual(decodeDraft(readFileSync(path)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('treats a NUL at byte 7,999 as binary and one at byte 8,000 as text, whatever the characters before', () => {
    for (const unit of ['a', '中']) {
      const width = Buffer.byteLength(unit);
      for (const at of [7999, 8000]) {
        const head = filler(Math.floor(at / width), unit);
        const bytes = Buffer.concat([head, filler(at - head.length, 'a'), Buffer.from([0]), Buffer.from('tail')]);
        const path = join(dir, `nul-${width}-${at}.msg.md`);
        writeFileSync(path, bytes);
        expect(readDraftFile(path).kind).toBe(at < 8000 ? 'binary' : 'text');
      }
    }
  });

  it('strips a BOM and reports a folder or a missing file as unreadable', () => {
    const path = join(dir, 'bom.msg.md');
    writeFileSync(path, '\uFEFFhello');
    expect(readDraftFile(path)).toEqual({ kind: 'text', text: 'hello', bom: true, encoding: 'utf8' });
    expect(readDraftFile(dir)).toEqual({ kind: 'error', reason: 'is a folder' });
    expect(readDraftFile(join(dir, 'missing.msg.md'))).toEqual({ kind: 'error', reason: 'ENOENT' });
  });
});
