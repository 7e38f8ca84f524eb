import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lint } from './engine.js';

export interface LabelledCase {
  id: string;
  channel?: string;
  stage?: string;
  lang?: string;
  expect: string[];
  text: string;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Builds the draft exactly as ../shared/score does: front matter from channel/stage/lang, then the text. */
export function caseDraft(c: LabelledCase): string {
  const keys = (['channel', 'stage', 'lang'] as const).filter((k) => c[k] !== undefined).map((k) => `${k}: ${c[k]}`);
  return `---\n${keys.join('\n')}${keys.length ? '\n' : ''}---\n${c.text}`;
}

/** The categories flagged at error or warning on a case, among `categories`, sorted. */
export function flaggedCategories(c: Omit<LabelledCase, 'expect' | 'id'>, categories: readonly string[]): string[] {
  const found = new Set<string>();
  for (const d of lint(caseDraft({ ...c, id: '', expect: [] })).diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue;
    const category = d.ruleId.split('/')[0];
    if (categories.includes(category)) found.add(category);
  }
  return [...found].sort();
}

export function readCases(path: string): LabelledCase[] {
  return (parse(readFileSync(path, 'utf8')) as { cases: LabelledCase[] }).cases;
}

/** Scores the built-in rules on labelled cases the way ../shared/score scores the CLI. */
export function scoreCases(cases: LabelledCase[]) {
  const categories = [...new Set(cases.flatMap((c) => c.expect))].sort();
  const counts = new Map(categories.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const c of cases) {
    const flagged = new Set(flaggedCategories(c, categories));
    const expected = new Set(c.expect);
    for (const k of flagged) {
      if (expected.has(k)) counts.get(k)!.tp++;
      else {
        counts.get(k)!.fp++;
        misses.push(`FP ${c.id}: ${k}`);
      }
    }
    for (const k of expected) {
      if (!flagged.has(k)) {
        counts.get(k)!.fn++;
        misses.push(`FN ${c.id}: ${k}`);
      }
    }
  }
  const ratio = (a: number, b: number) => (a + b === 0 ? 1 : a / (a + b));
  const byCategory = Object.fromEntries(
    [...counts].map(([k, n]) => [k, { ...n, precision: ratio(n.tp, n.fp), recall: ratio(n.tp, n.fn) } satisfies CategoryScore]),
  );
  const total = [...counts.values()].reduce((s, n) => ({ tp: s.tp + n.tp, fp: s.fp + n.fp, fn: s.fn + n.fn }), { tp: 0, fp: 0, fn: 0 });
  return { byCategory, precision: ratio(total.tp, total.fp), recall: ratio(total.tp, total.fn), misses };
}
