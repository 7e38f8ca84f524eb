import type { Channel, DeclaredLang, Lang, Stage } from '../types.js';
import { LineIndex } from '../text/lineIndex.js';
import { maskSpans } from '../text/mask.js';
import { sentenceSpans, type Span } from '../text/sentences.js';
import { detectLanguage } from './detectLanguage.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { parseMarkdownStructure, type MarkdownStructure } from './markdownStructure.js';
import { DraftMemory } from './draftMemory.js';

/** Values used when the front matter does not set them (from `.msglintrc.yaml` or the editor). */
export interface DraftDefaults {
  channel?: Channel;
  stage?: Stage;
  lang?: DeclaredLang;
}

/** A parsed draft: everything rules read. All offsets are UTF-16 offsets into `text`. */
export interface Draft {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter;
  bodyStart: number;
  channel?: Channel;
  stage?: Stage;
  /** Where channel and stage came from, for the editor's one-line summary. */
  channelSource: 'front-matter' | 'default' | 'none';
  lang: Lang;
  markdown: MarkdownStructure;
  /** The rep's own words: front matter, quotes, comments and code blanked out. */
  prose: string;
  /** What the counterpart will see from the rep: like `prose`, but code is kept. */
  visible: string;
  /** The counterpart's quoted messages, `>` markers and all. */
  quotedText: string;
  /** Sentence spans over `prose`. */
  sentences: Span[];
  /** What rules work out once about this draft and share, kept with it (draftMemory.ts). */
  readonly memory: DraftMemory;
}

export function parseDraft(text: string, defaults: DraftDefaults = {}): Draft {
  const lines = new LineIndex(text);
  // Everything below reads lines through `\n` (the YAML parser, Markdown, the rules' patterns). A
  // lone CR is a line break too (as in LSP and LineIndex): read it as `\n`. Same length, so every
  // offset still points into `text`, which keeps the writer's own line endings for fixes.
  const lf = lfOnly(text);
  const frontMatter = parseFrontMatter(lf);
  const frontMatterSpan: Span[] = frontMatter.present
    ? [{ start: 0, end: frontMatter.end }]
    : frontMatter.problems.length > 0
      ? [{ start: 0, end: lines.lineEnd(0) }]
      : [];
  const bodyStart = frontMatterSpan[0]?.end ?? 0;
  const source = maskSpans(lf, frontMatterSpan);
  const markdown = parseMarkdownStructure(source, lines);
  const visible = maskSpans(source, [...markdown.quotes, ...markdown.comments]);
  const prose = maskSpans(visible, [...markdown.codeBlocks, ...markdown.codeSpans]);
  const quotedText = markdown.quotes.map((q) => lf.slice(q.start, q.end)).join('\n');

  const fmChannel = frontMatter.data.channel;
  const channel = fmChannel ?? defaults.channel;
  const declaredLang = frontMatter.data.lang ?? defaults.lang ?? 'auto';
  return {
    text,
    lines,
    frontMatter,
    bodyStart,
    channel,
    stage: frontMatter.data.stage ?? defaults.stage,
    channelSource: fmChannel ? 'front-matter' : channel ? 'default' : 'none',
    lang: declaredLang === 'auto' ? detectLanguage(visible) : declaredLang,
    markdown,
    prose,
    visible,
    quotedText,
    sentences: sentenceSpans(prose),
    memory: new DraftMemory(),
  };
}

/** `text` with each lone CR (not followed by LF) read as LF; CRLF stays, so lengths and offsets are unchanged. */
export function lfOnly(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r(?!\n)/g, '\n');
}
