// Shared by the fix-safety suites: the corpora, and the checks a fixed draft must pass.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixDraft, LineIndex, type Diagnostic } from '../../server/src/engine/index.js';
import { caseDraft, readCases } from '../helpers/corpusScore.js';
import { builtinRules, exampleText, lint } from '../helpers/engine.js';

export const rules = () => builtinRules().rules;
export const fixAll = (text: string) => fixDraft(text, rules()).text;

const ROOT = join(import.meta.dirname, '..', '..');
const DEV = join(ROOT, '..', 'shared', 'corpus', 'dev.yaml');

export interface Draft {
  name: string;
  text: string;
}

/** Honest and violating drafts: our labelled corpus, ../shared's dev corpus (when present), and every rule example. */
export function corpora(): { clean: Draft[]; violating: Draft[] } {
  const clean: Draft[] = [];
  const violating: Draft[] = [];
  const cases = [
    ...readCases(join(ROOT, 'tests/corpus/regression.yaml')),
    ...(existsSync(DEV) ? readCases(DEV).map((c) => ({ ...c, id: `dev:${c.id}` })) : []),
  ];
  for (const c of cases) (c.expect.length === 0 ? clean : violating).push({ name: c.id, text: caseDraft(c) });
  for (const rule of rules()) {
    const { definition } = rule;
    definition.examples.pass.forEach((e, i) => {
      clean.push({ name: `${definition.id} pass ${i + 1}`, text: exampleText(e, definition) });
    });
    definition.examples.fail.forEach((e, i) => {
      violating.push({ name: `${definition.id} fail ${i + 1}`, text: exampleText(e, definition) });
    });
  }
  return { clean, violating };
}

/** A finding's fix as offsets into the text it was found in. */
export function fixEdits(text: string, d: Diagnostic) {
  const lines = new LineIndex(text);
  return d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
}

/** Quick fixes of a lint, each offered once (two findings with one edit are one action). */
export function quickFixes(text: string): Diagnostic[] {
  const seen = new Set<string>();
  return lint(text).diagnostics.filter((d) => {
    if (!d.fix) return false;
    const key = JSON.stringify(d.fix.edits);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function applyOne(text: string, d: Diagnostic): string {
  return applyFixes(text, [{ edits: fixEdits(text, d) }]).text;
}

/** Sentences (at least 8 characters) that occur more than once. */
export function repeatedSentences(text: string): string[] {
  const counts = new Map<string, number>();
  for (const raw of text.split(/(?<=[.!?。！？\n])/u)) {
    const s = raw.trim().replace(/\s+/g, ' ');
    if (s.length >= 8) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([s]) => s);
}

/** Rules flagging the text at warning or error. */
export function warnings(text: string): Set<string> {
  return new Set(
    lint(text)
      .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
      .map((d) => d.ruleId),
  );
}

/** What is wrong with `after`, a fix of `before`: repeated sentences or warnings it did not have. */
export function madeWorse(before: string, after: string): string[] {
  const problems: string[] = [];
  const repeatedBefore = new Set(repeatedSentences(before));
  for (const s of repeatedSentences(after)) if (!repeatedBefore.has(s)) problems.push(`repeated sentence: ${s}`);
  const warnedBefore = warnings(before);
  for (const id of warnings(after)) if (!warnedBefore.has(id)) problems.push(`new warning: ${id}`);
  return problems;
}
