// What rules work out once about a draft and share is kept on the draft itself (draft/draftMemory.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../server/src/engine/index.js';
import { memorySlot } from '../../server/src/engine/draft/draftMemory.js';
import { scanOf } from '../../server/src/engine/detectors/scan.js';
import { matchView } from '../../server/src/engine/rules/matchView.js';
import { nonProseSpans } from '../../server/src/engine/text/spans.js';

const ENGINE = join(import.meta.dirname, '../../server/src/engine');

describe('draft memory', () => {
  const text = 'Hi Peter, the price is USD 4.60/pc FOB Ningbo. My WhatsApp: +86 139 1234 5678.\n';

  it('answers each question once per draft; another draft of the same text asks again', () => {
    const draft = parseDraft(text);
    expect(matchView(draft, 'prose')).toBe(matchView(draft, 'prose'));
    expect(scanOf(draft, 'visible')).toBe(scanOf(draft, 'visible'));
    expect(nonProseSpans(draft)).toBe(nonProseSpans(draft));
    const again = parseDraft(text);
    expect(matchView(again, 'prose')).not.toBe(matchView(draft, 'prose'));
    expect(matchView(again, 'prose').text).toBe(matchView(draft, 'prose').text);
  });

  it('keeps an answer only once it is complete: a computation that throws is asked again', () => {
    const draft = parseDraft(text);
    const slot = memorySlot<number>('test');
    let calls = 0;
    expect(() =>
      draft.memory.get(slot, () => {
        calls++;
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(draft.memory.get(slot, () => ++calls)).toBe(2);
    expect(draft.memory.get(slot, () => ++calls)).toBe(2);
  });

  it('no engine module keeps per-draft answers in a WeakMap keyed by the draft', () => {
    // V8's young-generation collection keeps a WeakMap value alive while its key is young, and with
    // it everything the value reaches: typing in a 10 KB draft paid 6–17 ms pauses for it.
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    })(ENGINE);
    const offenders = files.filter((f) => /WeakMap<\s*Draft\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ENGINE, f));
    expect(offenders).toEqual([]);
  });
});
