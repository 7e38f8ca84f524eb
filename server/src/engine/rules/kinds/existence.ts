import type { Draft } from '../../draft/parseDraft.js';
import { clauseBreaks, clauseIn, RULE_CLAUSE, spanContaining, type Span } from '../../text/sentences.js';
import { alreadyHas } from '../../fixes/placement.js';
import type { RawFinding } from '../../types.js';
import type { CompiledRule } from '../compiledRule.js';
import { matchView, type MatchView } from '../matchView.js';
import { compilePatterns, matchSpans, test } from '../patterns.js';
import type { ExistenceRule } from '../ruleSchema.js';

/** A text to match with its sentences and the way back to the draft's offsets. */
interface Surface {
  text: string;
  sentences: Span[];
  toOriginal(start: number, end: number): Span;
}

/**
 * Reports every match of the rule's patterns, unless its sentence or the counterpart's words say
 * otherwise. Patterns are matched on the draft's normalized view (raw patterns on the text as
 * written), each on its own, so back-references and group names stay inside their pattern.
 */
export function compileExistence(rule: ExistenceRule): CompiledRule['run'] {
  const patterns = (rule.patterns ?? []).map((p) => compilePatterns([p], rule.caseSensitive));
  const rawPatterns = (rule.rawPatterns ?? []).map((p) => compilePatterns([p], rule.caseSensitive));
  const unless = rule.unless && compilePatterns(rule.unless);
  const unlessClause = rule.unlessClause && compilePatterns(rule.unlessClause);
  const unlessQuoted = rule.unlessQuoted && compilePatterns(rule.unlessQuoted);
  const scope = rule.scope === 'visible' ? 'visible' : 'prose';
  // One scan for the phrases every match needs: a draft that mentions none of them costs one pass.
  const prefilter = rule.prefilter ? compilePatterns([rule.prefilter], rule.caseSensitive) : undefined;

  /** Matches of several patterns on one surface, leftmost first, overlaps dropped (as one alternation would). */
  function matches(surface: Surface, list: RegExp[]): Span[] {
    const found: Span[] = [];
    for (const pattern of list) matchSpans(pattern, surface.text, found);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Span[] = [];
    for (const span of found) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
    return kept;
  }

  /** Whether a match is vetoed; each sentence and clause is tested once, however many matches it holds. */
  function vetoes(surface: Surface) {
    const bySentence = new Map<number, boolean>();
    const byClause = new Map<string, boolean>();
    const breaksOf = new Map<number, Span[]>();
    return (span: Span): boolean => {
      if (!unless && !unlessClause) return false;
      const sentence = spanContaining(surface.sentences, span.start);
      if (!sentence) return false;
      if (unless) {
        let vetoed = bySentence.get(sentence.start);
        if (vetoed === undefined) bySentence.set(sentence.start, (vetoed = test(unless, surface.text, sentence.start, sentence.end)));
        if (vetoed) return true;
      }
      if (unlessClause) {
        let breaks = breaksOf.get(sentence.start);
        if (!breaks) breaksOf.set(sentence.start, (breaks = clauseBreaks(surface.text, sentence, RULE_CLAUSE)));
        const clause = clauseIn(breaks, sentence, span.start, span.end);
        const key = `${clause.start}:${clause.end}`;
        let vetoed = byClause.get(key);
        if (vetoed === undefined) byClause.set(key, (vetoed = test(unlessClause, surface.text, clause.start, clause.end)));
        if (vetoed) return true;
      }
      return false;
    };
  }

  function report(draft: Draft, surface: Surface, list: RegExp[], findings: RawFinding[]): void {
    if (list.length === 0) return;
    const vetoed = vetoes(surface);
    for (const span of matches(surface, list)) {
      if (vetoed(span)) continue;
      const { start, end } = surface.toOriginal(span.start, span.end);
      const match = draft.text.slice(start, end);
      const finding: RawFinding = { start, end, params: { match } };
      if (rule.fix) {
        const sentence = spanContaining(surface.sentences, span.start);
        const target = rule.fix.target === 'sentence' && sentence ? surface.toOriginal(sentence.start, sentence.end) : { start, end };
        const newText = rule.fix.replace[draft.lang].replaceAll('{match}', match);
        // The draft already says it (a second sentence with the same problem): never the same sentence twice.
        const said = newText.trim().length >= 12 && alreadyHas(draft.text, newText); // a sentence, not a mark like “!”
        if (!said || rule.fix.target === 'sentence') {
          const endWithSpace = said ? target.end + (/^[ \t]*/.exec(draft.text.slice(target.end))?.[0].length ?? 0) : target.end;
          finding.fix = {
            title: rule.fix.title[draft.lang],
            edits: [{ start: target.start, end: endWithSpace, newText: said ? '' : newText }],
            safe: rule.fix.safe && !said,
          };
        }
      }
      findings.push(finding);
    }
  }

  return (draft) => {
    if (unlessQuoted && draft.quotedText && test(unlessQuoted, matchView(draft, 'quoted').text)) return [];
    const findings: RawFinding[] = [];
    const view: MatchView = matchView(draft, scope);
    if (!prefilter || test(prefilter, view.text)) report(draft, view, patterns, findings);
    if (rawPatterns.length > 0) {
      const text = scope === 'visible' ? draft.visible : draft.prose;
      report(draft, { text, sentences: draft.sentences, toOriginal: (start, end) => ({ start, end }) }, rawPatterns, findings);
    }
    return findings;
  };
}
