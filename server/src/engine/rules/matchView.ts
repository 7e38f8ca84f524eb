import type { Draft } from '../draft/parseDraft.js';
import { memorySlot } from '../draft/draftMemory.js';
import { keywordView, type NormalizedText } from '../text/normalize.js';
import { sentenceSpans, type Span } from '../text/sentences.js';

/**
 * What rules match: the draft's text in scope, normalized once per draft (full width folded,
 * traditional Chinese simplified, invisible characters dropped, disguised watched words written
 * plainly), with its sentences. Every rule kind matches `text` and reports `toOriginal` ranges,
 * so the underline covers what the rep typed.
 */
export interface MatchView extends NormalizedText {
  readonly sentences: Span[];
  /** The original span of a span of `text`. */
  toOriginal(start: number, end: number): Span;
}

type Scope = 'prose' | 'visible' | 'quoted';

const VIEWS = memorySlot<Partial<Record<Scope, MatchView>>>('match views');

/** The normalized view of one part of the draft, built on first use and shared by every rule. */
export function matchView(draft: Draft, scope: Scope): MatchView {
  const cached = draft.memory.get(VIEWS, () => ({}));
  let view = cached[scope];
  if (!view) {
    const source = scope === 'prose' ? draft.prose : scope === 'visible' ? draft.visible : draft.quotedText;
    // A draft without code has the same prose and visible text (most drafts): one view serves both.
    const twin = scope === 'prose' ? 'visible' : scope === 'visible' ? 'prose' : undefined;
    const shared = twin && source === (twin === 'prose' ? draft.prose : draft.visible) ? cached[twin] : undefined;
    if (shared) return (cached[scope] = shared);
    const normalized = keywordView(source);
    // Normalization never changes line breaks or sentence punctuation, so unchanged text keeps the draft's sentences.
    const sentences = normalized.text === source && scope === 'prose' ? draft.sentences : sentenceSpans(normalized.text);
    view = {
      text: normalized.text,
      original: source,
      sentences,
      toOriginal: (start, end) => normalized.toOriginal(start, end),
      originalStart: (i) => normalized.originalStart(i),
    };
    cached[scope] = view;
  }
  return view;
}
