import { z } from 'zod';
import type { Draft } from '../../draft/parseDraft.js';
import { JOINED_CLAUSE, LIST_ITEM_CLAUSE, sentenceSpans, splitClauses, type Span } from '../../text/sentences.js';
import type { RawFinding } from '../../types.js';
import { defineDetector } from '../detector.js';
import { normalizeText } from '../../text/normalize.js';
import { isWhiteSpaceCode } from '../../text/whiteSpace.js';

/** The topics of a quote or spec (as the rule defines it: price, MOQ, lead time, samples, packing). */
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'price',
    /\b(?:unit\s+)?prices?\b|\bpriced\b|\bcosts?\b|(?<![A-Za-z])(?:USD|US\$|EUR|RMB|CNY|GBP)\s?\d|[$€£¥￥]\s?\d|\d\s?(?:美元|美金|欧元|元)|单价|价格|价钱|报价|\b(?:FOB|CIF|EXW|DDP|CFR|DAP)\b/i,
  ],
  ['moq', /\bMOQ\b|\bmin(?:imum|\.)?\s+order|起订|最小订|最低订|起批|最少订/i],
  [
    'lead-time',
    /\blead\s?times?\b|\bdeliver(?:y|ed)?\b|\bproduction\s+(?:time|takes)|\bready\s+in\b|\bship(?:ped|ping)?\s+(?:in|within)\b|\bETD\b|\b\d+\s?(?:working\s+|business\s+)?days\b|交期|交货期|交货时间|\d+\s?天(?:内|左右)?交货|货期|生产周期|出货|发货|\d+\s?(?:个工作日|天)/i,
  ],
  ['samples', /\bsamples?\b|样品|样板|打样/i],
  [
    'packing',
    /\bpack(?:ing|aging|ed)\b|\bcartons?\b|\bctns?\b|\bpallets?\b|\bgift\s+box|\bpolybag|包装|装箱|纸箱|外箱|内箱|彩盒|托盘|[每一]箱|箱装|袋装|[每一]袋|[每一]包/i,
  ],
];

/** Further subjects that deserve their own line when a run-on is turned into a list. */
const LIST_TOPICS: readonly RegExp[] = [
  ...TOPICS.map(([, pattern]) => pattern),
  /\bpayment\b|\bT\/T\b|\bdeposit\b|\bL\/C\b|\bbalance\b|付款|定金|订金|尾款|信用证|预付/i,
  /\blogo\b|\bOEM\b|\bODM\b|\bcustomi[sz]|\bprint(?:ing|ed)?\b|定制|印刷|丝印|贴牌|印logo/i,
];

function hasListTopic(text: string): boolean {
  return LIST_TOPICS.some((pattern) => pattern.test(text));
}

const options = z
  .object({
    /** One sentence covering this many topics (price, MOQ, lead time, samples, packing)… */
    minTopics: z.number().int().min(2).default(3),
    /** …and this long (Latin words + Han characters ÷ 1.5) is a run-on. */
    minWords: z.number().int().min(1).default(25),
    /** A shorter sentence is still one when it packs this many topics… */
    denseTopics: z.number().int().min(2).default(4),
    /** …and is at least this long (a spec line such as "Price…, MOQ…, lead time…, samples…, packing…"). */
    denseMinWords: z.number().int().min(1).default(15),
    /** A paragraph of short sentences is a crammed quote when it covers this many topics… */
    paragraphTopics: z.number().int().min(2).default(4),
    /** …and is at least this long. */
    paragraphMinWords: z.number().int().min(1).default(30),
  })
  .strict();

type Options = z.infer<typeof options>;

export const runOnDetector = defineDetector({
  name: 'im-run-on',
  optionsSchema: options,
  fixes: { when: 'sometimes', why: 'a numbered list, when the message splits cleanly into two or more items' },
  run(draft, opts) {
    const findings: RawFinding[] = [];
    const sentences = draft.sentences;
    let si = 0;
    for (const paragraph of proseParagraphs(draft)) {
      const text = draft.prose.slice(paragraph.start, paragraph.end);
      const length = size(text);
      if (length < Math.min(opts.minWords, opts.denseMinWords, opts.paragraphMinWords)) continue;
      // Topics are counted on the normalized text, so 起訂量 and 交貨期 count as 起订量 and 交货期.
      const topics = topicsOf(normalizeText(text).text).size;
      if (topics < Math.min(opts.minTopics, opts.denseTopics, opts.paragraphTopics)) continue;
      while (si < sentences.length && sentences[si].end <= paragraph.start) si++;
      let runOn = topics >= opts.paragraphTopics && length >= opts.paragraphMinWords;
      for (let i = si; !runOn && i < sentences.length && sentences[i].start < paragraph.end; i++) {
        runOn = isRunOnSentence(draft.prose.slice(sentences[i].start, sentences[i].end), opts);
      }
      if (!runOn) continue;
      const list = asNumberedList(text, draft.lang);
      const trimmed = trim(draft.prose, paragraph);
      findings.push({
        start: trimmed.start,
        end: trimmed.end,
        params: { topics: String(topics) },
        fix: list
          ? {
              title: draft.lang === 'zh' ? '改成编号列表' : 'Turn into a numbered list',
              edits: [{ start: trimmed.start, end: trimmed.end, newText: list }],
              safe: false,
            }
          : undefined,
      });
    }
    return findings;
  },
});

function isRunOnSentence(sentence: string, opts: Options): boolean {
  const length = size(sentence);
  if (length < Math.min(opts.minWords, opts.denseMinWords)) return false;
  const topics = topicsOf(normalizeText(sentence).text).size;
  return (topics >= opts.minTopics && length >= opts.minWords) || (topics >= opts.denseTopics && length >= opts.denseMinWords);
}

/** Paragraphs of the rep's prose that are not inside a list item. */
function proseParagraphs(draft: Draft): Span[] {
  // Both lists are in document order: one pass (list items can nest, so keep the widest open one).
  const items = draft.markdown.listItems;
  const out: Span[] = [];
  let i = 0;
  let openEnd = -1;
  for (const p of draft.markdown.paragraphs) {
    while (i < items.length && items[i].start <= p.start) openEnd = Math.max(openEnd, items[i++].end);
    if (p.end <= openEnd) continue;
    if (/\S/.test(draft.prose.slice(p.start, p.end))) out.push(p);
  }
  return out;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function topicsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const [name, pattern] of TOPICS) if (pattern.test(text)) found.add(name);
  return found;
}

/** Words of Latin script or digits, plus Han characters ÷ 1.5 (about what one English word carries). */
function size(text: string): number {
  let words = 0;
  let han = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
    if (wordChar && !inWord) words++;
    inWord = wordChar;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
  }
  return words + han / 1.5;
}

const words = size;

/**
 * Rebuilds a run-on paragraph as: what comes before the first topic (the greeting), a numbered
 * list with one clause per item, and what comes after the last topic (the thanks).
 */
export function asNumberedList(original: string, lang: 'en' | 'zh'): string | undefined {
  // "Dear Mr. Patel," is one greeting, not a sentence ending after "Mr.": hide the abbreviation's dot.
  const text = original.replace(/\b(Mr|Mrs|Ms|Dr|Prof|St|No)\. /g, '$1\u0000 ');
  const list = numberedList(text, lang);
  return list?.replaceAll('\u0000', '.');
}

function numberedList(text: string, lang: 'en' | 'zh'): string | undefined {
  // Pieces of a paragraph: sentences (a semicolon does not end one here: it separates list items),
  // then clauses (never inside numbers such as 4.60 or 20,000). Titles are masked by the caller.
  const sentences = sentenceSpans(text, { semicolons: false, titles: false }).map((s) => text.slice(s.start, s.end));
  const pieces: string[] = [];
  const sentenceOf: number[] = [];
  const joiner = lang === 'zh' ? '，' : ', ';
  sentences.forEach((sentence, si) => {
    const clauses = splitClauses(sentence, LIST_ITEM_CLAUSE)
      .map((c) => c.trim())
      .filter(Boolean);
    clauses.forEach((clause, i) => {
      // A fragment ("in red", "and white") rejoins the clause before it.
      if (i > 0 && words(clause) < 2 && pieces.length > 0) pieces[pieces.length - 1] += joiner + clause;
      else
        for (const part of splitJoins(clause)) {
          pieces.push(part);
          sentenceOf.push(si);
        }
    });
  });
  const topical = pieces.map(hasListTopic);
  const first = topical.indexOf(true);
  let last = topical.lastIndexOf(true);
  if (first < 0) return undefined;
  // The rest of the last topical sentence belongs to the list; whole sentences after it do not.
  while (last + 1 < pieces.length && sentenceOf[last + 1] === sentenceOf[last]) last++;
  const head = pieces.slice(0, first);
  const tail = pieces.slice(last + 1);
  const items: string[] = [];
  for (let i = first; i <= last; i++) {
    if (topical[i] || items.length === 0) items.push(pieces[i]);
    else items[items.length - 1] += joiner + pieces[i];
  }
  if (items.length < 2) return undefined;
  const clean = (s: string) => s.replace(/[\s,;.，。；、]+$/u, '');
  const cap = (s: string) => (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  const lines: string[] = [];
  if (head.length > 0) {
    const lead = head.join(joiner).replace(/[\s,;，；、]+$/u, '');
    lines.push(/[.!?。！？:：]$/u.test(lead) ? lead : lead + (lang === 'zh' ? '：' : ':'));
  }
  items.forEach((item, i) => {
    lines.push(`${i + 1}. ${cap(clean(item))}`);
  });
  if (tail.length > 0) lines.push(cap(tail.join(' ')));
  return lines.join('\n');
}

/** Joins inside a clause ("and", "also", 并且): split there only when both sides are clauses of their own (3+ words). */
function splitJoins(clause: string): string[] {
  const parts = splitClauses(clause, JOINED_CLAUSE)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => words(p) < 3)) return [clause];
  return parts;
}
