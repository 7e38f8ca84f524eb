import MarkdownIt from 'markdown-it';
import type { LineIndex } from '../text/lineIndex.js';
import type { Span } from '../text/sentences.js';

/** The Markdown structure the rules need; offsets are into the whole draft. */
export interface MarkdownStructure {
  /** Counterpart text: blockquotes (`>` lines). */
  quotes: Span[];
  /** Fenced and indented code blocks. */
  codeBlocks: Span[];
  /** Inline code spans. */
  codeSpans: Span[];
  /** HTML comments, block or inline (suppression directives live here). */
  comments: Span[];
  /** List items (each a whole item, all its lines). */
  listItems: Span[];
  /** Paragraphs outside quotes. */
  paragraphs: Span[];
}

// Block structure only: a full inline tokenization costs more than every rule together and
// inline positions are not kept by markdown-it anyway. Inline code and comments are found by
// cheap scans of the paragraph text below.
const md = new MarkdownIt('commonmark', { html: true });
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

// markdown-it's published Token sets its eight fields through a Babel helper (one
// Object.defineProperty call each): on the benchmark corpus that helper was the engine's single
// hottest function (~17% of all lint time). Block parsing here pushes plain tokens instead: same
// fields in the same order, same prototype (so the same methods), same `push` logic.
type BlockState = InstanceType<typeof md.block.State>;
type Token = ReturnType<BlockState['push']>;
// The Token class is not exported; a core state carries it.
const TokenPrototype = new md.core.State('', md, {}).Token.prototype;

function leanToken(type: string, tag: string, nesting: Token['nesting']): Token {
  const token = Object.create(TokenPrototype) as Token;
  token.map = null;
  token.level = 0;
  token.children = null;
  token.content = '';
  token.markup = '';
  token.info = '';
  token.block = false;
  token.hidden = false;
  token.type = type;
  token.tag = tag;
  token.attrs = null;
  token.nesting = nesting;
  token.meta = null;
  return token;
}

class LeanStateBlock extends md.block.State {
  override push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = leanToken(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
md.block.State = LeanStateBlock;

/** markdown-it's block tokens for `source` (exported for the test that compares them with stock markdown-it's). */
export function blockTokens(source: string): Token[] {
  return md.parse(source, {});
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;

/**
 * @param source the draft with its front matter blanked (same length and lines as the draft),
 *   so that markdown-it's line numbers are the document's.
 */
export function parseMarkdownStructure(source: string, lines: LineIndex): MarkdownStructure {
  const out: MarkdownStructure = { quotes: [], codeBlocks: [], codeSpans: [], comments: [], listItems: [], paragraphs: [] };
  const lineSpan = (map: [number, number]): Span => ({ start: lines.lineStart(map[0]), end: lines.lineEnd(map[1] - 1) });
  let quoteDepth = 0;
  for (const token of blockTokens(source)) {
    if (token.type === 'blockquote_open') {
      if (quoteDepth++ === 0 && token.map) out.quotes.push(lineSpan(token.map));
    } else if (token.type === 'blockquote_close') {
      quoteDepth--;
    } else if (!token.map || quoteDepth > 0) {
    } else if (token.type === 'fence' || token.type === 'code_block') {
      out.codeBlocks.push(lineSpan(token.map));
    } else if (token.type === 'list_item_open') {
      out.listItems.push(lineSpan(token.map));
    } else if (token.type === 'paragraph_open') {
      out.paragraphs.push(lineSpan(token.map));
    } else if (token.type === 'heading_open') {
      // Headings have inline content too (`# Re: \`PO-7781\``): their code spans and comments count.
      collectInline(source, lineSpan(token.map), out);
    } else if (token.type === 'html_block') {
      const span = lineSpan(token.map);
      collect(COMMENT, source, span, out.comments);
    }
  }
  for (const paragraph of out.paragraphs) collectInline(source, paragraph, out);
  return out;
}

// Inline, whichever starts first wins (as in CommonMark): `<!-- -->` inside a code span is code,
// not a comment (and not a suppression directive); backticks inside a comment are the comment's.
const INLINE = new RegExp(`(${COMMENT.source})|(${CODE_SPAN.source.replace('\\1', '\\3')})`, 'g');

function collectInline(source: string, within: Span, out: MarkdownStructure): void {
  const slice = source.slice(within.start, within.end);
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(slice); m; m = INLINE.exec(slice)) {
    if (m[0].length === 0) {
      INLINE.lastIndex++;
      continue;
    }
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length };
    (m[1] !== undefined ? out.comments : out.codeSpans).push(span);
  }
}

function collect(pattern: RegExp, source: string, within: Span, into: Span[]): void {
  const slice = source.slice(within.start, within.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    into.push({ start: within.start + m.index, end: within.start + m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
