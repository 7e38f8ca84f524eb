// Words as a reader sees them, for rules that swap one word for another: a swap may only ever
// replace a whole word, never the inside of a word, a URL, a path, a model number or a name.

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

/**
 * A whitespace-delimited chunk holding any of these is a URL, path, e-mail address, handle,
 * markup or identifier, not prose: none of its words is ever swapped (`?q=pls+thx`, `C:\Users\u`).
 */
const CODE_LIKE = /[/\\@=&#_~|<>{}[\]^`*+%$]|[\p{L}\p{N}][.:,][\p{L}\p{N}]/u;
/** Latin-script words (letters and digits, inner apostrophes and hyphens); Han text is segmented apart. */
const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:['’-](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*/gu;

/**
 * The Latin-script words of `text` outside code-like chunks, in order (those of the chunks that
 * begin in [from, to) when given: pass whole lines, chunks never cross a line break). Linear in the text.
 */
export function latinWords(text: string, from = 0, to = text.length): WordToken[] {
  const words: WordToken[] = [];
  const chunks = /\S+/g;
  chunks.lastIndex = from;
  for (let chunk = chunks.exec(text); chunk && chunk.index < to; chunk = chunks.exec(text)) {
    if (CODE_LIKE.test(chunk[0])) continue;
    for (const w of chunk[0].matchAll(WORD)) {
      const start = chunk.index + w.index;
      words.push({ start, end: start + w[0].length, text: w[0] });
    }
  }
  return words;
}

/** Spans of the whitespace-delimited chunks that are URLs, paths, addresses or markup. */
export function codeLikeChunks(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const chunk of text.matchAll(/\S+/g))
    if (CODE_LIKE.test(chunk[0])) spans.push({ start: chunk.index, end: chunk.index + chunk[0].length });
  return spans;
}

/** Whether the word mixes letters and digits (3x, 4K, B4, A4, M8): model numbers, sizes and units, never shorthand. */
export function mixesLettersAndDigits(word: string): boolean {
  return /\p{N}/u.test(word) && /\p{L}/u.test(word);
}

export function isNumber(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/** First letter upper case, the rest not all upper case: "Ty", "Wat", "Pls". */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() && word.length > 0;
}

const OPENING_QUOTES = '"“‘\'«「『';
const CLOSING_QUOTES = '"”’\'»」』';

/** The word stands alone in quotes: a mention or a name ("pls", “LOL”), not shorthand. */
export function isQuoted(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.includes(text[start - 1] ?? ' ') && CLOSING_QUOTES.includes(text[end] ?? ' ');
}

/** Whether the word begins a sentence: nothing but spaces, quotes, list and quote markers before it since a line or sentence end. */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[ \t"“‘'(\-*>#•]/.test(text[i])) i--;
  // A numbered list marker ("1. ") also begins a line.
  const before = text.slice(Math.max(0, i - 3), i + 1);
  if (/(?:^|[\r\n])\s*\d{1,2}[.)]$/.test(before)) return true;
  if (i >= 0 && text[i] === '.' && /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|No|Co|Jr|Sr|vs|etc)$/u.test(text.slice(Math.max(0, i - 6), i)))
    return false; // "Mr. Abt"
  return i < 0 || /[\r\n.!?。！？]/.test(text[i]);
}

/** Only spaces or tabs between two words (no punctuation, no line break): they read as one phrase. */
export function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  return b.start > a.end && /^[ \t]+$/.test(text.slice(a.end, b.start));
}

const HAN = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * Whether [start, end) of Chinese text begins and ends on word boundaries of ICU's dictionary
 * segmenter: 木有 in 我木有收到 (我/木/有/收到) does, in 红木有限公司 (红/木/有限公司) or
 * 大米有现货 (大米/有/现货) it does not. Only the run of Han characters around the span is segmented.
 */
export function onChineseWordBoundaries(text: string, start: number, end: number): boolean {
  const WINDOW = 32;
  let from = start;
  while (from > 0 && start - from < WINDOW && HAN.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && HAN.test(text[to])) to++;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let startOk = false;
  for (const s of segmenter.segment(text.slice(from, to))) {
    const at = from + s.index;
    if (at === start) startOk = true;
    if (at === end) return startOk;
    if (at > end) return false;
  }
  return startOk && to === end;
}

/**
 * Whether a Chinese swap at [start, end) stands where a word surely begins and ends: after
 * punctuation, a space or a pronoun or adverb (我木有, 还木有), never glued to a noun the
 * segmenter may not know (实木有, 椰木有), and not the start of a name (神马集团, 神马公司).
 */
export function chineseSwapStandsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  if (HAN.test(before) && !/[我你他她它们咱您都也还就并可又再真却]/u.test(before)) return false;
  if (/^[集公牌厂店科股控网商]/u.test(text.slice(end, end + 1))) return false;
  return onChineseWordBoundaries(text, start, end);
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
