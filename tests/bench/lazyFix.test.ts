// Fix ranges are computed when first read (server/src/engine/lint/lazyFix.ts). They must be exactly
// the ranges built eagerly from the rules' offsets, and look like plain data to JSON, structured
// clone (worker replies) and deep equality.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applySafeFixes, parseDraft, type Diagnostic, type Fix, type FixOffsets } from '../../server/src/engine/index.js';
import { ruleApplies } from '../../server/src/engine/rules/compiledRule.js';
import { builtinRules, lint } from '../helpers/engine.js';
import { denseDraft } from '../../bench/dense.mjs';

const labelled = join(import.meta.dirname, '..', 'corpus', 'regression.yaml');

function groups(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const c of (parse(readFileSync(labelled, 'utf8')) as { cases: { channel: string; text: string }[] }).cases) {
    if (!['email', 'whatsapp', 'wechat', 'telegram', 'linkedin', 'sms', 'alibaba', 'marketplace', 'phone'].includes(c.channel)) continue;
    map.set(c.channel, [...(map.get(c.channel) ?? []), c.text.trimEnd()]);
  }
  return map;
}

/** What the linter built before fixes were lazy: every edit's range from its offsets, text with the draft's line breaks. */
function eagerFix(fix: FixOffsets, text: string): Fix {
  const lines = parseDraft(text).lines;
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  return {
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((e) => ({
      range: lines.rangeOf(e.start, e.end),
      newText: eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol),
    })),
  };
}

function eagerFixes(text: string): string[] {
  const draft = parseDraft(text);
  const out: string[] = [];
  for (const rule of builtinRules().rules) {
    if (!ruleApplies(rule.definition, draft)) continue;
    for (const f of rule.run(draft)) if (f.fix) out.push(`${rule.definition.id} ${JSON.stringify(eagerFix(f.fix, text))}`);
  }
  return out.sort();
}

const drafts = (() => {
  const g = groups();
  const out: string[] = [];
  for (let i = 0; i < 300; i++) {
    const d = denseDraft(g, 7, i) as string;
    out.push(i % 3 === 1 ? d.replace(/\n/g, '\r\n') : i % 3 === 2 ? d.replace(/\n/g, '\r') : d);
  }
  return out;
})();

describe('lazy fix ranges', () => {
  it('equal the eagerly computed ranges on violation-dense drafts (LF, CRLF and CR)', () => {
    let fixes = 0;
    for (const text of drafts) {
      if (text.includes('msglint-disable')) continue;
      const lazy = lint(text)
        .diagnostics.filter((d) => d.fix)
        .map((d) => `${d.ruleId} ${JSON.stringify(d.fix)}`)
        .sort();
      expect(lazy).toEqual(eagerFixes(text));
      fixes += lazy.length;
    }
    expect(fixes).toBeGreaterThan(100);
  });

  it('read as plain data: JSON, structured clone, spread and deep equality', () => {
    const withFix = drafts.flatMap((t) => lint(t).diagnostics).filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined);
    expect(withFix.length).toBeGreaterThan(0);
    for (const d of withFix.slice(0, 200)) {
      const cloned = structuredClone(d);
      expect(cloned.fix!.edits.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(d))).toEqual(cloned);
      expect({ ...d.fix }.edits).toBe(d.fix.edits);
      expect(Object.keys(d.fix)).toEqual(['title', 'safe', 'edits']);
    }
  });

  it('keep the first computed edits, and can be replaced', () => {
    const d = drafts.flatMap((t) => lint(t).diagnostics).find((x) => x.fix)!;
    const first = d.fix!.edits;
    expect(d.fix!.edits).toBe(first);
    d.fix!.edits = [];
    expect(d.fix!.edits).toEqual([]);
  });

  it('give the same --fix result as before: safe fixes applied through their ranges', () => {
    for (const text of drafts.slice(0, 60)) {
      const result = lint(text);
      const { text: fixed } = applySafeFixes(result);
      const eager = lint(text).diagnostics.map((d) => (d.fix ? { ...d, fix: JSON.parse(JSON.stringify(d.fix)) as Fix } : d));
      expect(applySafeFixes({ draft: result.draft, diagnostics: eager }).text).toBe(fixed);
    }
  });
});
